package org.basira.scenarios;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's rating of one cell, as the audit trail keeps it.
 *
 * @param rating the rating, or null to return the cell to Basira's proposal
 */
public record AnalystRating(long seq, Instant madeAt, String evidence, String scenario, Rating rating, String byWhom,
    String why) {

  public AnalystRating {
    Objects.requireNonNull(madeAt, "madeAt");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(byWhom, "byWhom");
    Objects.requireNonNull(why, "why");
  }
}
