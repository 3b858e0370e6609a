package org.basira.scenarios;

import java.util.Locale;

/**
 * Credibility or relevance of an item of evidence. The values are powers of sqrt(2) so that a
 * low and a high factor cancel out to the weight of two medium ones.
 */
public enum Weight {
  LOW,
  MEDIUM,
  HIGH;

  /** Value: LOW = 1/sqrt(2), MEDIUM = 1, HIGH = sqrt(2). */
  public double value() {
    return switch (this) {
      case LOW -> 1 / Math.sqrt(2);
      case MEDIUM -> 1;
      case HIGH -> Math.sqrt(2);
    };
  }

  /** The weight in words: its name in lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The weight named by {@code text}: low, medium or high, in any case, surrounding blanks ignored.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Weight parse(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Weight w : values()) {
      if (w.name().equals(name)) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown weight '" + text + "': expected one of low, medium, high");
  }
}
