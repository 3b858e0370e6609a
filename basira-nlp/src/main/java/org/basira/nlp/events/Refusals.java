package org.basira.nlp.events;

import org.basira.model.EventStatus;
import org.basira.model.PloverCategory;

/**
 * PLOVER's reading of refusals (manual, REJECT: "refuse to engage in or expand ... cooperation",
 * "decline to release", "refuse to meet"): a cooperative act denied is itself a reported refusal
 * ("will not lift the embargo", "failed to reach agreement" are REJECTs). A conflictual act denied
 * is no event ("fighting has not resumed").
 *
 * <p>PLOVER also reads every cooperative act in the future tense as an AGREE. Basira keeps such acts
 * as future, with the speaker's stated intent beside them: on the case study, whose annotators
 * coded no announced withdrawal as an event, reading them all as commitments cost precision (events
 * F1 0.603 to 0.583) for next to no gain on the PLOVER dev split (category F1 0.657 to 0.660).
 */
final class Refusals {

  private Refusals() {
  }

  /** The category and status an event of {@code category} with {@code status} is reported with. */
  record Coded(PloverCategory category, EventStatus status) {
  }

  /**
   * How an event the model codes as {@code category}, which the lexicon coded as {@code lexical}
   * (the same, or null where the lexicon found no trigger), is reported with {@code status}. The act
   * is cooperative if either reads it so: the model may already have coded a denied agreement as the
   * refusal it is. A refusal needs someone who refuses: "the disputes are not settled" is none.
   */
  static Coded of(PloverCategory category, PloverCategory lexical, EventStatus status, boolean hasSource) {
    if (status == EventStatus.NEGATED && hasSource && (cooperative(category) || lexical != null && cooperative(lexical))) {
      return new Coded(PloverCategory.REJECT, EventStatus.REPORTED);
    }
    return new Coded(category, status);
  }

  private static boolean cooperative(PloverCategory category) {
    return category.quadClass().isCooperation();
  }

}
