package org.basira.geo.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms a place name is looked up by. A key folds what spellings of one name differ in
 * (accents, case, punctuation, an Arabic article, a final "h": "al-Fallūjah" and "Falluja" share
 * one); a skeleton keeps only the consonants that transliterations of Arabic, Persian or Slavic
 * names agree on, so that "Mosul" meets "al-Mawsil" and "Nineveh" meets "Ninawa".
 */
public final class PlaceKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern ARTICLE = Pattern.compile("^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|et|ez|ud|ur)[-\\s'’]+");
  /** An article inside a name: "Salah al-Din" is "Salah ad Din", "Deir ez-Zor" "Dayr az Zawr". */
  private static final Pattern INNER_ARTICLE = Pattern.compile("(?<=[\\s-])(?:al|el|ad|ed|ar|as|ash|at|az|ez|ud|ur)[-\\s]+");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private PlaceKeys() {
  }

  /** The lookup key of a name: folded to plain lower-case letters, without article or final "h". */
  public static String key(String name) {
    String folded = fold(name).strip();
    if (folded.startsWith("the ")) {
      folded = folded.substring(4);
    }
    String withoutArticle = ARTICLE.matcher(folded).replaceFirst("");
    if (withoutArticle.length() >= 4) {
      folded = withoutArticle;
    }
    String key = NOT_LETTER_OR_DIGIT.matcher(INNER_ARTICLE.matcher(folded).replaceAll("")).replaceAll("");
    if (key.length() > 4 && key.endsWith("h") && isVowel(key.charAt(key.length() - 2))) {
      key = key.substring(0, key.length() - 1); // "Raqqah" = "Raqqa", "Fallujah" = "Falluja"
    }
    return key;
  }

  /**
   * The consonant skeleton of a key: vowels dropped, "h" dropped (kh, sh, dh, gh, th fold onto
   * their base letter), q and c read as k, doubled letters once, and "w" kept as a consonant (v)
   * only between vowels, where transliterations write it as one ("Ninawa", "Nineveh").
   */
  public static String skeleton(String key) {
    StringBuilder out = new StringBuilder(key.length());
    char previous = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char letter;
      if (c == 'w' || c == 'v') {
        boolean between = i > 0 && i + 1 < key.length() && isVowel(key.charAt(i - 1)) && isVowel(key.charAt(i + 1));
        if (c == 'w' && !between) {
          previous = c;
          continue;
        }
        letter = 'v';
      } else if (isVowel(c) || c == 'h' || c == 'y') {
        previous = c;
        continue;
      } else if (c == 'q' || c == 'c') {
        letter = 'k';
      } else {
        letter = c;
      }
      if (previous != c) {
        out.append(letter); // a doubled letter once: "Raqqa", "Falluja"
      }
      previous = c;
    }
    return out.toString();
  }

  /** Whether a name is written in Latin letters, the only ones a news article in English uses for it. */
  public static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String name) {
    if (name.chars().allMatch(c -> c < 128)) {
      return name.toLowerCase(Locale.ROOT).replace("'", "").replace("`", ""); // most names: no accents to take off
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case 'ı' -> out.append('i');
        case 'ø' -> out.append('o');
        case 'ß' -> out.append("ss");
        case 'đ', 'ð' -> out.append('d');
        case 'ł' -> out.append('l');
        case 'æ' -> out.append("ae");
        case 'ʿ', 'ʾ', 'ʻ', 'ʼ', '‘', '’', '\'', '`' -> {
          // ayn and hamza marks are left out by most transliterations
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
