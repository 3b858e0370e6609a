package org.basira.names;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces personal and organisational names, in Latin or Arabic script, to keys that survive the
 * many ways Arabic names are written in English: al-/el- articles (Al-Kadhimi, al Kadhimi,
 * Kadhimi), dh/z/th (Kadhimi, Kazemi), q/k, ou/u/w and o/u (Moqtada, Muqtada), doubled letters
 * (Jaafar, Jafar; Safaa, Safa'), apostrophes and ayn marks, and Arabic script through ICU's
 * Arabic-Latin transliteration (الكاظمي).
 *
 * <p>Safe for concurrent use: the ICU transliterator, which is not, is guarded.
 */
public final class NameNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻʿʾ`´.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  // Compiled once: fold runs for every pair of names an actor lookup compares.
  private static final Pattern NOT_ASCII_ALNUM = Pattern.compile("[^a-z0-9]");
  private static final Pattern REPEATED = Pattern.compile("(.)\\1+");
  /** "al-", "el-", and the assimilated forms "ad-Din", "ash-Sharif", "as-Sadr" before their consonant. */
  private static final Pattern ARTICLE_PREFIX =
      Pattern.compile("(?i)\\b(?:[ae]l[-‐‑ ]|[aeu](sh|th|dh|[dlnrstz])[-‐‑](?=\\1))(?=\\p{L})");
  private static final Set<String> ARTICLES = Set.of("al", "el", "ul");
  /** Words that bind to the next one in a name: Abu Ragheef, Abd al-Mahdi, bin Salman. */
  private static final Set<String> PARTICLES = Set.of(
      "abu", "abi", "abou", "abd", "abdul", "abdel", "abdal", "bin", "ibn", "bint", "ben", "umm", "um");

  private final Transliterator arabicToLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");

  /** The name's parts, lower case, without articles, with particles bound to the word after them. */
  public List<String> parts(String name) {
    List<String> words = words(name);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (PARTICLES.contains(word) && i + 1 < words.size()) {
        parts.add(word + words.get(++i));
      } else {
        parts.add(word);
      }
    }
    return parts;
  }

  /** The key of the whole name, its parts joined, so "Qara Daghi" and "Qaradaghi" agree. */
  public NameKey key(String name) {
    return keyOfParts(parts(name), containsArabic(name));
  }

  NameKey keyOfParts(List<String> parts, boolean arabic) {
    return fold(String.join("", parts), arabic);
  }

  static boolean containsArabic(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  /** Lower-case ASCII words of a name, articles dropped. */
  List<String> words(String name) {
    String latin = containsArabic(name) ? arabicToLatin(name) : name;
    String plain = MARKS.matcher(Normalizer.normalize(latin, Normalizer.Form.NFKD)).replaceAll("");
    plain = ARTICLE_PREFIX.matcher(plain).replaceAll("");
    plain = APOSTROPHES.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(plain)) {
      if (!word.isEmpty() && !ARTICLES.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  private String arabicToLatin(String name) {
    StringBuilder prepared = new StringBuilder();
    for (String word : name.trim().split("\\s+")) {
      String w = word.replace("\u0640", ""); // tatweel
      if (w.startsWith("ال") && w.length() > 3) {
        w = w.substring(2); // the article, written joined to the word
      }
      if (w.endsWith("ى") || w.endsWith("ة")) {
        w = w.substring(0, w.length() - 1) + "ا"; // alif maqsura and ta marbuta read as a final -a
      }
      prepared.append(w).append(' ');
    }
    synchronized (arabicToLatin) {
      return arabicToLatin.transliterate(prepared.toString().trim());
    }
  }

  /** Folds one ASCII word, or several joined, into its folded spelling and consonant skeleton. */
  static NameKey fold(String word, boolean arabic) {
    String s = NOT_ASCII_ALNUM.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    s = s.replace("sh", "$").replace("ch", "$").replace("kh", "x").replace("gh", "g")
        .replace("dh", "z").replace("th", "z").replace("zh", "z").replace("ph", "f")
        .replace("ck", "k").replace('q', 'k').replace('c', 'k')
        .replace("ou", "u").replace("oo", "u").replace("ee", "i")
        .replace("ei", "ai").replace("ey", "ai").replace('o', 'u');
    s = semivowels(s);
    s = REPEATED.matcher(s).replaceAll("$1");
    if (s.length() > 2 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) {
      s = s.substring(0, s.length() - 1); // Hamzah, Hamza
    }
    StringBuilder skeleton = new StringBuilder();
    int consonants = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isVowel(c)) {
        skeleton.append(c);
        consonants++;
      }
    }
    if (s.length() > 1 && s.endsWith("i") && !isVowel(s.charAt(s.length() - 2))) {
      skeleton.append('Y');
    }
    return new NameKey(s, skeleton.toString(), consonants, arabic);
  }

  /** W and y are consonants before a vowel at the start of a word and vowels elsewhere. */
  private static String semivowels(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean consonantal = i == 0 && i + 1 < s.length() && isVowel(s.charAt(i + 1));
      if (c == 'w' && !consonantal) {
        out.append('u');
      } else if (c == 'y' && !consonantal) {
        out.append('i');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
