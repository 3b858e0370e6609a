package org.basira.nlp.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;

/**
 * A person's role as the text gives it: an apposition after the name ("Hamid Fartousi, a lecturer
 * at Basra University,") or a title before it ("Iraqi Prime Minister Mustafa al-Kadhimi").
 */
final class Descriptions {

  private static final int MAX_APPOSITION = 25;
  private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", "-RRB-", ")", "''", "\"", "”", "?", "!", "--");

  private final Set<String> titleWords = new HashSet<>();

  Descriptions(ActorLexicon lexicon) {
    for (String title : lexicon.titles()) {
      titleWords.addAll(Set.of(title.split(" ")));
    }
  }

  /** The apposition after a name ending at token {@code last}, or null. */
  String apposition(Tokens tokens, int last) {
    int comma = last + 1;
    if (comma < tokens.size() && isQuote(tokens.word(comma))) {
      comma++;
    }
    if (comma >= tokens.size() || !tokens.word(comma).equals(",") || tokens.sentence(comma) != tokens.sentence(last)) {
      return null;
    }
    int first = comma + 1;
    if (first >= tokens.size() || !startsApposition(tokens, first)) {
      return null;
    }
    int end = first;
    boolean noun = false;
    while (end < tokens.size() && tokens.sentence(end) == tokens.sentence(last) && !CLOSERS.contains(tokens.word(end))) {
      String tag = tokens.tag(end);
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")
          || tag.equals("WDT") || tag.equals("WP")) {
        return null; // a clause, not a role
      }
      noun |= tokens.isNoun(end);
      end++;
      if (end - first > MAX_APPOSITION) {
        return null;
      }
    }
    if (!noun || end == first || end >= tokens.size() || tokens.sentence(end) != tokens.sentence(last)) {
      return null;
    }
    return tokens.span(first, end - 1);
  }

  /** The title right before a name starting at token {@code first}, or null. */
  String title(Tokens tokens, int first) {
    int start = first;
    boolean title = false;
    for (int t = first - 1; t >= 0 && tokens.sentence(t) == tokens.sentence(first); t--) {
      String lower = tokens.word(t).toLowerCase(Locale.ROOT);
      if (titleWords.contains(lower) && (tokens.isNoun(t) || tokens.isCapitalised(t))) {
        title = true;
        start = t;
      } else if (tokens.isCapitalised(t) && (tokens.isProperNoun(t) || tokens.isAdjective(t)) && start == t + 1) {
        start = t; // "US", "Iraqi"
      } else {
        break;
      }
    }
    while (start < first && !titleWords.contains(tokens.word(start).toLowerCase(Locale.ROOT)) && !title) {
      start++;
    }
    return title && start < first ? tokens.span(start, first - 1) : null;
  }

  private boolean startsApposition(Tokens tokens, int first) {
    String tag = tokens.tag(first);
    String lower = tokens.word(first).toLowerCase(Locale.ROOT);
    if (tag.equals("DT")) {
      return lower.equals("a") || lower.equals("an") || lower.equals("the");
    }
    String ner = tokens.ner(first);
    if (ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("NUMBER")) {
      return false; // "Kadhimi, last November, ..."
    }
    if (ner.equals("PERSON") || tag.startsWith("VB") || tag.startsWith("PRP") || tag.equals("CC")
        || tag.equals("IN") || tag.startsWith("W") || tag.equals("CD")) {
      return false;
    }
    return tag.startsWith("JJ") || tag.startsWith("NN") && (titleWords.contains(lower) || !tokens.isProperNoun(first)
        || titleWords.contains(tokens.word(Math.min(first + 1, tokens.size() - 1)).toLowerCase(Locale.ROOT)));
  }

  private static boolean isQuote(String word) {
    return word.equals("''") || word.equals("\"") || word.equals("”") || word.equals("’");
  }
}
