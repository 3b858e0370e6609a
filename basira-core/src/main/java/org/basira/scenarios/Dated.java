package org.basira.scenarios;

import java.time.YearMonth;
import java.util.Objects;

/** An item of evidence with the month it became known. */
public record Dated(YearMonth month, RatedEvidence evidence) {

  public Dated {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(evidence, "evidence");
  }
}
