package org.basira.names;

/** Whether two names can denote the same actor. */
public enum Verdict {
  /** Spelling variants of one name. */
  SAME,
  /** Compatible, but too short or too different to join without other evidence. */
  POSSIBLE,
  DIFFERENT;

  boolean atLeast(Verdict other) {
    return ordinal() <= other.ordinal();
  }
}
