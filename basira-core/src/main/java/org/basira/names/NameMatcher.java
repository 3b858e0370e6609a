package org.basira.names;

import java.util.List;

/**
 * Scored comparison of names across transliterations. Two spellings are the same name when they
 * fold to one spelling, or share a consonant skeleton of three or more consonants with at most a
 * vowel or so of difference; short skeletons (Amiri, Ameri) only "possibly" match, and need a
 * shared given name to join. Full names compare given name and family name separately, so
 * different given names never join.
 */
public final class NameMatcher {

  private final NameNormalizer normalizer;

  public NameMatcher(NameNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  public NameMatcher() {
    this(new NameNormalizer());
  }

  public NameNormalizer normalizer() {
    return normalizer;
  }

  /**
   * A name split into its parts and folded once, to compare with many others: looking an actor up
   * by name compares it with every name in a workspace, where folding both sides each time cost
   * tens of milliseconds.
   *
   * @param whole the key of all the parts; {@code given} of the first, {@code family} of the rest
   *     (null for a name of one part)
   */
  public record ParsedName(List<String> parts, boolean arabic, NameKey whole, NameKey given, NameKey family) {

    public ParsedName {
      parts = List.copyOf(parts);
    }
  }

  public ParsedName parse(String name) {
    List<String> parts = normalizer.parts(name);
    boolean arabic = NameNormalizer.containsArabic(name);
    if (parts.isEmpty()) {
      return new ParsedName(parts, arabic, null, null, null);
    }
    return new ParsedName(parts, arabic, normalizer.keyOfParts(parts, arabic),
        parts.size() < 2 ? null : NameNormalizer.fold(parts.get(0), arabic),
        parts.size() < 2 ? null : normalizer.keyOfParts(parts.subList(1, parts.size()), arabic));
  }

  /** Compares two names, each a full name or a single name. */
  public NameComparison compare(String a, String b) {
    return compare(parse(a), parse(b));
  }

  /** The same, for names parsed beforehand. */
  public NameComparison compare(ParsedName a, ParsedName b) {
    List<String> pa = a.parts();
    List<String> pb = b.parts();
    if (pa.isEmpty() || pb.isEmpty()) {
      return new NameComparison(Verdict.DIFFERENT, 0, "no letters to compare");
    }
    NameComparison whole = compareKeys(a.whole(), b.whole());
    if (pa.size() < 2 || pb.size() < 2 || whole.verdict() == Verdict.SAME && whole.score() == 1.0) {
      return whole;
    }
    NameComparison given = compareKeys(a.given(), b.given());
    NameComparison family = compareKeys(a.family(), b.family());
    double score = (given.score() + family.score()) / 2;
    if (given.same() && family.verdict().atLeast(Verdict.POSSIBLE)) {
      return new NameComparison(Verdict.SAME, score,
          family.same() ? "same given and family name" : "same given name, family name a possible variant");
    }
    if (given.verdict() == Verdict.POSSIBLE && family.same()) {
      return new NameComparison(Verdict.POSSIBLE, score, "same family name, given name only possibly the same");
    }
    return new NameComparison(Verdict.DIFFERENT, Math.min(score, 0.5),
        given.verdict() == Verdict.DIFFERENT ? "different given names" : "different family names");
  }

  /** Whether {@code shortForm} is how an article would go on to call {@code fullName}, and by which part. */
  public ShortForm shortFormOf(String shortForm, String fullName) {
    return shortFormOf(parse(shortForm), parse(fullName));
  }

  /** The same, for names parsed beforehand. */
  public ShortForm shortFormOf(ParsedName shortForm, ParsedName fullName) {
    if (isFamilyNameOf(shortForm, fullName)) {
      return ShortForm.FAMILY_NAME;
    }
    List<String> full = fullName.parts();
    List<String> part = shortForm.parts();
    if (full.size() < 2 || part.isEmpty() || part.size() >= full.size()) {
      return ShortForm.NONE;
    }
    boolean arabic = fullName.arabic() || shortForm.arabic();
    NameKey key = arabic == shortForm.arabic() ? shortForm.whole() : normalizer.keyOfParts(part, arabic);
    if (compareKeys(key, normalizer.keyOfParts(full.subList(0, part.size()), arabic)).same()) {
      return ShortForm.GIVEN_NAME;
    }
    return ShortForm.NONE;
  }

  /**
   * Whether {@code shortForm} is how an article would go on to call {@code fullName} by its family
   * name (its last parts, or all but the first): {@link #shortFormOf} is then {@code FAMILY_NAME}.
   * The keys folded when the names were parsed are used where the script flag they were folded
   * with is the pair's.
   */
  public boolean isFamilyNameOf(ParsedName shortForm, ParsedName fullName) {
    List<String> full = fullName.parts();
    List<String> part = shortForm.parts();
    if (full.size() < 2 || part.isEmpty() || part.size() >= full.size()) {
      return false;
    }
    boolean arabic = fullName.arabic() || shortForm.arabic();
    NameKey key = arabic == shortForm.arabic() ? shortForm.whole() : normalizer.keyOfParts(part, arabic);
    NameKey family = arabic == fullName.arabic() ? fullName.family()
        : normalizer.keyOfParts(full.subList(1, full.size()), arabic);
    if (compareKeys(key, family).same()) {
      return true;
    }
    int from = full.size() - part.size();
    return from > 1 && compareKeys(key, normalizer.keyOfParts(full.subList(from, full.size()), arabic)).same();
  }

  /**
   * Whether {@code shortForm} may be the family name of {@code fullName}, though not surely: the
   * article's own context (one introduced person fits) decides.
   */
  public boolean possibleFamilyNameOf(String shortForm, String fullName) {
    List<String> full = normalizer.parts(fullName);
    List<String> part = normalizer.parts(shortForm);
    if (full.size() < 2 || part.size() != 1) {
      return false;
    }
    boolean arabic = NameNormalizer.containsArabic(fullName) || NameNormalizer.containsArabic(shortForm);
    return compareKeys(normalizer.keyOfParts(part, arabic), normalizer.keyOfParts(full.subList(full.size() - 1, full.size()), arabic))
        .verdict().atLeast(Verdict.POSSIBLE);
  }

  /** How a short form relates to a full name. */
  public enum ShortForm { FAMILY_NAME, GIVEN_NAME, NONE }

  static NameComparison compareKeys(NameKey a, NameKey b) {
    if (a.isEmpty() || b.isEmpty()) {
      return new NameComparison(Verdict.DIFFERENT, 0, "no letters to compare");
    }
    boolean vowelsKnown = !a.fromArabicScript() && !b.fromArabicScript();
    if (vowelsKnown && a.folded().equals(b.folded())) {
      return new NameComparison(Verdict.SAME, 1.0, "same spelling once variants are folded");
    }
    if (a.skeleton().equals(b.skeleton())) {
      int consonants = Math.min(a.consonants(), b.consonants());
      boolean closeVowels = !vowelsKnown
          || levenshtein(a.folded(), b.folded()) <= Math.max(1, a.folded().length() / 4);
      if (consonants >= 3 && closeVowels) {
        return new NameComparison(Verdict.SAME, 0.9, "same consonants, vowels as transliterations vary");
      }
      return new NameComparison(Verdict.POSSIBLE, 0.7,
          consonants < 3 ? "same consonants, but too short to be sure" : "same consonants, different vowels");
    }
    if (velarVariants(a.skeleton(), b.skeleton()) && Math.min(a.consonants(), b.consonants()) >= 3) {
      return new NameComparison(Verdict.POSSIBLE, 0.65, "same consonants but g for q, as some dialects say it");
    }
    double similarity = 1.0 - (double) levenshtein(a.skeleton(), b.skeleton())
        / Math.max(a.skeleton().length(), b.skeleton().length());
    return new NameComparison(Verdict.DIFFERENT, 0.6 * similarity, "different consonants");
  }

  /** Whether two skeletons differ only where one has g and the other k (from q): Gobati, Qubati. */
  static boolean velarVariants(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    boolean differ = false;
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        if (!(x == 'g' && y == 'k' || x == 'k' && y == 'g')) {
          return false;
        }
        differ = true;
      }
    }
    return differ;
  }

  /** Edit distance: insertions, deletions and substitutions each cost 1. */
  static int levenshtein(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
