package org.basira.scenarios;

import java.util.Locale;

/** How consistent one item of evidence is with one scenario: a cell of the ACH matrix. */
public enum Rating {
  CC("very consistent"),
  C("consistent"),
  N("neutral"),
  I("inconsistent"),
  II("very inconsistent");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  /** Score: CC = 2, C = 1, N = 0, I = -1, II = -2. */
  public int score() {
    return switch (this) {
      case CC -> 2;
      case C -> 1;
      case N -> 0;
      case I -> -1;
      case II -> -2;
    };
  }

  /**
   * Inconsistency: min(score, 0), so I = -1, II = -2 and every other rating 0. ACH counts only
   * evidence against a hypothesis, since consistent evidence often fits several at once.
   */
  public int inconsistency() {
    return Math.min(score(), 0);
  }

  /** The rating in words, e.g. "very inconsistent". */
  public String label() {
    return label;
  }

  /**
   * The rating named by {@code text}: one of CC, C, N, I, II, in any case, surrounding blanks ignored.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Rating parse(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Rating r : values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown rating '" + text + "': expected one of CC, C, N, I, II");
  }

  /** Rating from a net vote count: votes ≥ 2 → CC, 1 → C, 0 → N, -1 → I, ≤ -2 → II. */
  public static Rating fromVotes(int votes) {
    return switch (Math.max(-2, Math.min(2, votes))) {
      case 2 -> CC;
      case 1 -> C;
      case 0 -> N;
      case -1 -> I;
      default -> II;
    };
  }
}
