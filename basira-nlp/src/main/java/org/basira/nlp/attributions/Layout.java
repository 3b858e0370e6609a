package org.basira.nlp.attributions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.basira.nlp.Tokens;

/**
 * How an article is laid out: paragraphs, and which sentences are headings or the author's own
 * questions. Paragraphs are separated by blank lines where the text has any, else by line breaks.
 */
final class Layout {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n");
  private static final String TERMINAL = ".!?:;\"'\u201D\u2019\u00BB\u2026";

  private final Tokens tokens;
  private final int[] paragraphStarts;

  Layout(Tokens tokens) {
    this.tokens = tokens;
    String text = tokens.text();
    Matcher breaks = (BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK).matcher(text);
    List<Integer> starts = new ArrayList<>(List.of(0));
    while (breaks.find()) {
      starts.add(breaks.end());
    }
    paragraphStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The index of the paragraph that holds character {@code offset}. */
  int paragraph(int offset) {
    int lo = 0;
    int hi = paragraphStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (paragraphStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Whether character {@code offset} is the first non-space character of its paragraph. */
  boolean startsParagraph(int offset) {
    int from = paragraphStarts[paragraph(offset)];
    return tokens.text().substring(from, offset).isBlank();
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
