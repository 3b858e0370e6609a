package org.basira.scenarios;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An item of evidence with the month it became known and, for a reading that holds only for a
 * while (an indicator's count over the window ending that month), the last month it holds.
 *
 * @param until the last month the item holds, or null for one that holds from then on (a claim)
 */
public record Dated(YearMonth month, RatedEvidence evidence, YearMonth until) {

  public Dated {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(evidence, "evidence");
    if (until != null && until.isBefore(month)) {
      throw new IllegalArgumentException("an item cannot stop holding before it is known: " + month + " > " + until);
    }
  }

  /** An item that holds from {@code month} on. */
  public Dated(YearMonth month, RatedEvidence evidence) {
    this(month, evidence, null);
  }

  /** Whether the item is known and still holds at the end of {@code m}. */
  public boolean holdsAt(YearMonth m) {
    return !month.isAfter(m) && (until == null || !until.isBefore(m));
  }
}
