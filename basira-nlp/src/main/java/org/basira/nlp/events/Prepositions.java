package org.basira.nlp.events;

import java.util.Locale;
import org.basira.nlp.Tokens;

/**
 * The preposition of an argument phrase, a preposition of several words read as the one it means
 * ({@code grammar.yaml}'s complex prepositions: "in front of" is "before").
 */
final class Prepositions {

  private final EventLexicon lexicon;

  Prepositions(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A phrase that is an argument: its preposition and its head word. */
  record Phrase(String preposition, int head) {
  }

  /**
   * The preposition and head of the phrase headed by {@code c}, reading a preposition of several
   * words as the one it means: in "in front of ISIS" the preposition is "before" and the head "ISIS".
   */
  Phrase phrase(Tokens tokens, int c) {
    String complex = complexPreposition(tokens, c);
    if (complex != null) {
      for (int g : tokens.children(c)) {
        if (tokens.relation(g).startsWith("nmod") && tokens.caseMarker(g).equals("of")) {
          return new Phrase(complex, g);
        }
      }
    }
    return new Phrase(tokens.caseMarker(c), c);
  }

  /**
   * The one preposition that noun {@code c} with its own preposition and an "of" after it stands
   * for ("in front of": before), or null where they make none.
   */
  String complexPreposition(Tokens tokens, int c) {
    return lexicon.complexPrepositions.get(tokens.caseMarker(c) + " " + tokens.lemma(c).toLowerCase(Locale.ROOT) + " of");
  }
}
