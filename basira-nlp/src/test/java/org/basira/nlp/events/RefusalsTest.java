package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.basira.model.EventStatus;
import org.basira.model.PloverCategory;
import org.junit.jupiter.api.Test;

/** PLOVER's reading of refusals. */
class RefusalsTest {

  @Test
  void aCooperativeActDeniedIsAReportedRefusal() {
    assertThat(Refusals.of(PloverCategory.AGREE, PloverCategory.AGREE, EventStatus.NEGATED, true))
        .isEqualTo(new Refusals.Coded(PloverCategory.REJECT, EventStatus.REPORTED));
    assertThat(Refusals.of(PloverCategory.RETREAT, null, EventStatus.NEGATED, true).category()).isEqualTo(PloverCategory.REJECT);
  }

  @Test
  void aConflictualActDeniedAndAFutureActKeepWhatTheyAre() {
    assertThat(Refusals.of(PloverCategory.ASSAULT, PloverCategory.ASSAULT, EventStatus.NEGATED, true))
        .isEqualTo(new Refusals.Coded(PloverCategory.ASSAULT, EventStatus.NEGATED));
    assertThat(Refusals.of(PloverCategory.AID, PloverCategory.AID, EventStatus.FUTURE, true))
        .isEqualTo(new Refusals.Coded(PloverCategory.AID, EventStatus.FUTURE));
  }

  @Test
  void aDeniedAgreementTheModelAlreadyCodesAsARejectionIsReportedToo() {
    assertThat(Refusals.of(PloverCategory.REJECT, PloverCategory.AGREE, EventStatus.NEGATED, true))
        .isEqualTo(new Refusals.Coded(PloverCategory.REJECT, EventStatus.REPORTED));
    assertThat(Refusals.of(PloverCategory.REJECT, PloverCategory.REJECT, EventStatus.NEGATED, true))
        .as("\"did not reject\" is no refusal").isEqualTo(new Refusals.Coded(PloverCategory.REJECT, EventStatus.NEGATED));
  }

  @Test
  void aDenialWithNoOneWhoRefusesIsNoRefusal() {
    assertThat(Refusals.of(PloverCategory.AGREE, PloverCategory.AGREE, EventStatus.NEGATED, false))
        .isEqualTo(new Refusals.Coded(PloverCategory.AGREE, EventStatus.NEGATED));
  }
}
