package org.basira.read;

/**
 * A script-based guess at an article's language for inputs that do not declare one. Basira's
 * analysers exist for English and Arabic, so the guess only has to tell those apart.
 */
public final class Languages {

  private Languages() {
  }

  /** {@code ar} when most letters are Arabic script, else {@code en}. */
  public static String guess(CharSequence text) {
    int arabic = 0;
    int letters = 0;
    int limit = Math.min(text.length(), 20_000);
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
          arabic++;
        }
      }
    }
    return letters > 0 && arabic * 2 > letters ? "ar" : "en";
  }

  /** A declared language tag ("en-GB", "AR") cut to its lower-case primary subtag, or null. */
  static String normalise(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String primary = tag.strip().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }
}
