package org.basira.nlp.attributions;

import org.basira.nlp.Tokens;

/**
 * How an article is laid out for speech: its {@link Paragraphs}, and which sentences are headings
 * or the author's own questions.
 */
final class Layout {

  private static final String TERMINAL = ".!?:;\"'\u201D\u2019\u00BB\u2026";

  private final Tokens tokens;
  private final Paragraphs paragraphs;

  Layout(Tokens tokens) {
    this.tokens = tokens;
    this.paragraphs = new Paragraphs(tokens.text());
  }

  /** The index of the paragraph that holds character {@code offset}. */
  int paragraph(int offset) {
    return paragraphs.of(offset);
  }

  /** Whether character {@code offset} is the first non-space character of its paragraph. */
  boolean startsParagraph(int offset) {
    return paragraphs.startsParagraph(offset);
  }

  /**
   * Whether sentence {@code s} is a heading: alone in its paragraph, short, and without a final
   * punctuation mark. Speech verbs in headings are the headline's, not a report of speech.
   */
  boolean isHeading(int s) {
    int first = tokens.sentenceStart(s);
    int last = tokens.sentenceEnd(s) - 1;
    if (last < first || last - first > 25) {
      return false;
    }
    String word = tokens.word(last);
    if (TERMINAL.indexOf(word.charAt(word.length() - 1)) >= 0) {
      return false;
    }
    int paragraph = paragraph(tokens.start(first));
    return (first == 0 || paragraph(tokens.end(first - 1) - 1) != paragraph)
        && (last + 1 >= tokens.size() || paragraph(tokens.start(last + 1)) != paragraph);
  }

  /** Whether sentence {@code s} ends with a question mark outside any quotation. */
  boolean isQuestion(int s) {
    int last = tokens.sentenceEnd(s) - 1;
    return last >= tokens.sentenceStart(s) && tokens.word(last).equals("?");
  }
}
