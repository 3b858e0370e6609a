package org.basira.nlp.events;

import java.util.List;
import java.util.Locale;

/**
 * Whether a candidate's words stand for a gold side as an annotator wrote it: they lie inside one
 * of its forms or hold one, compared word by word in lower case without punctuation. Annotators
 * write whole phrases ("Iran, Libya and Sudan", "militant targets in the Gaza Strip"), the actor
 * stage names the parts.
 */
final class SideLabels {

  private SideLabels() {
  }

  static boolean matches(String words, List<String> forms) {
    String candidate = normal(words);
    if (candidate.isBlank()) {
      return false;
    }
    for (String form : forms) {
      String gold = normal(form);
      if (!gold.isBlank() && (gold.contains(candidate) || candidate.contains(gold))) {
        return true;
      }
    }
    return false;
  }

  /** " words like these " : lower case, runs of anything but letters and digits as one space, padded. */
  static String normal(String text) {
    return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
  }
}
