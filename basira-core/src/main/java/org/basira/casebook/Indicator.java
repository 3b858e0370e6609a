package org.basira.casebook;

import java.util.Objects;
import org.basira.model.Stance;

/**
 * A trend in the events that bears on one scenario: when at least {@code threshold} matching events
 * fall within the last {@code windowMonths} months, the indicator is met.
 *
 * @param bears whether a met indicator supports or rejects its scenario (never neutral)
 */
public record Indicator(String id, String name, String scenario, Stance bears, EventFilter events, int windowMonths,
    int threshold) {

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(events, "events");
    if (bears == Stance.NEUTRAL) {
      throw new IllegalArgumentException("an indicator supports or rejects its scenario");
    }
    if (windowMonths < 1 || threshold < 1) {
      throw new IllegalArgumentException("window and threshold are at least 1");
    }
  }
}
