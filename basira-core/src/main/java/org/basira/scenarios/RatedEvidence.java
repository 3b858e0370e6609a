package org.basira.scenarios;

import java.util.Map;
import java.util.Objects;

/**
 * One row of the ACH matrix: an item of evidence, how far it is to be believed and how much it
 * bears on the question, and its rating against each scenario id. A scenario missing from
 * {@code ratings} counts as N, so that a row need not name every scenario.
 */
public record RatedEvidence(String id, Weight credibility, Weight relevance, Map<String, Rating> ratings) {

  public RatedEvidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(credibility, "credibility");
    Objects.requireNonNull(relevance, "relevance");
    // Map.copyOf also rejects null keys and ratings, and keeps the row immutable.
    ratings = Map.copyOf(Objects.requireNonNull(ratings, "ratings"));
  }

  /** R(e, s): the rating against {@code scenario}, N when the row does not rate it. */
  public Rating rating(String scenario) {
    return ratings.getOrDefault(scenario, Rating.N);
  }

  /** w_e = credibility.value() · relevance.value(). */
  public double weight() {
    return credibility.value() * relevance.value();
  }
}
