package org.basira.names;

/**
 * A name reduced to what survives transliteration: {@code folded} keeps the vowels as written
 * (after folding spelling variants), {@code skeleton} keeps only consonants, with {@code Y} for a
 * final -i/-y, the nisba ending that tells Hakimi from Hakim.
 *
 * @param consonants how many consonants the skeleton has; short skeletons collide, so they match
 *     only as "possible"
 * @param fromArabicScript whether the name was written in Arabic script, which leaves short vowels
 *     out, so only the skeleton means anything
 */
public record NameKey(String folded, String skeleton, int consonants, boolean fromArabicScript) {

  public boolean isEmpty() {
    return skeleton.isEmpty() && folded.isEmpty();
  }
}
