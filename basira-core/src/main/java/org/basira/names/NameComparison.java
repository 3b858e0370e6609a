package org.basira.names;

/**
 * The outcome of comparing two names.
 *
 * @param score 1 for the same folded spelling, 0.9 for the same consonant skeleton, 0.7 for a
 *     possible match, lower for different names
 * @param reason why, in words an analyst reads in {@code --explain} output
 */
public record NameComparison(Verdict verdict, double score, String reason) {

  public boolean same() {
    return verdict == Verdict.SAME;
  }
}
