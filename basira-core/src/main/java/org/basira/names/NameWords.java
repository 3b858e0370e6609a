package org.basira.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits running text into the words that names are matched on, each with its offsets: lower
 * case, accents and apostrophes gone ("Kata'ib" is one word), hyphens splitting words, and the
 * Arabic article dropped whether written "al-", "al " or assimilated ("ad-Din"). Arabic-script
 * words are transliterated, so a gazetteer's Arabic names match Arabic text.
 */
public final class NameWords {

  /**
   * One word: its matching key, where it is, whether it was written in capitals, and whether the
   * Arabic article came before it ("Al-Monitor"), in which case {@code start} is the article's.
   */
  public record Word(String key, int start, int end, boolean capitalised, boolean allCapitals, boolean article) {
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final NameNormalizer normalizer;

  public NameWords(NameNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The words of {@code text}, articles dropped. */
  public List<Word> split(CharSequence text) {
    return split(text, 0, text.length());
  }

  /** The words of {@code text} between {@code from} and {@code to}, with offsets into {@code text}. */
  public List<Word> split(CharSequence text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int articleStart = -1;
    int i = from;
    while (i < to) {
      if (!isWordChar(text, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && (isWordChar(text, i) || isInnerApostrophe(text, i, to))) {
        i++;
      }
      String surface = text.subSequence(start, i).toString();
      String key = key(surface);
      if (key.isEmpty()) {
        continue;
      }
      if (isArticle(key, text, i, to)) {
        articleStart = start;
        continue;
      }
      boolean capitalised = Character.isUpperCase(surface.codePointAt(0));
      boolean article = articleStart >= 0 && start - articleStart <= 4;
      if (article) {
        // "Al-Kadhimi" is written with its article; the word keeps it in its offsets, not its key.
        capitalised = Character.isUpperCase(text.charAt(articleStart)) || capitalised;
        start = articleStart;
      }
      articleStart = -1;
      boolean allCapitals = surface.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
      words.add(new Word(key, start, i, capitalised, allCapitals, article));
    }
    return words;
  }

  private String key(String surface) {
    if (NameNormalizer.containsArabic(surface)) {
      return String.join("", normalizer.words(surface));
    }
    String plain = MARKS.matcher(Normalizer.normalize(surface, Normalizer.Form.NFKD)).replaceAll("");
    return plain.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }

  /** "al" and "el" alone or before a hyphen; "ad", "ash", "as" and the like before a hyphen and their own consonant. */
  private static boolean isArticle(String key, CharSequence text, int end, int to) {
    if (key.equals("al") || key.equals("el")) {
      return end < to && (text.charAt(end) == '-' || text.charAt(end) == ' ' || text.charAt(end) == '‑');
    }
    if (key.length() < 2 || key.length() > 3 || "aeu".indexOf(key.charAt(0)) < 0) {
      return false;
    }
    String consonant = key.substring(1);
    if (end + 1 >= to || text.charAt(end) != '-') {
      return false;
    }
    String next = text.subSequence(end + 1, Math.min(to, end + 1 + consonant.length())).toString();
    return next.equalsIgnoreCase(consonant) && consonant.matches("sh|th|dh|[dlnrstz]");
  }

  private static boolean isWordChar(CharSequence text, int i) {
    char c = text.charAt(i);
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /**
   * An apostrophe or ayn mark between two letters belongs to the word (Kata'ib, Ba'ath), except a
   * possessive 's; a full stop belongs to initials (U.S.).
   */
  private static boolean isInnerApostrophe(CharSequence text, int i, int to) {
    char c = text.charAt(i);
    if (i == 0 || i + 1 >= to || !Character.isLetter(text.charAt(i - 1)) || !Character.isLetter(text.charAt(i + 1))) {
      return false;
    }
    if (c == '.') {
      return Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
    }
    boolean mark = c == '\'' || c == '’' || c == 'ʿ' || c == 'ʾ' || c == '`';
    boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
        && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)));
    return mark && !possessive;
  }
}
