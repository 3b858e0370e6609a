package org.basira.nlp.attributions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an article's paragraphs start. Paragraphs are separated by blank lines where the text has
 * any; then a single line break is a wrapped line. A text without blank lines breaks at every line.
 */
final class Paragraphs {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
  private static final Pattern LINE_BREAK = Pattern.compile("\\n");

  private final String text;
  private final int[] starts;

  Paragraphs(String text) {
    this.text = text;
    Matcher breaks = (BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE_BREAK).matcher(text);
    List<Integer> found = new ArrayList<>(List.of(0));
    while (breaks.find()) {
      found.add(breaks.end());
    }
    starts = found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The index of the paragraph that holds character {@code offset}. */
  int of(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Whether character {@code offset} is the first non-space character of its paragraph. */
  boolean startsParagraph(int offset) {
    return text.substring(starts[of(offset)], offset).isBlank();
  }

  /** Whether the line break at {@code offset} ends its paragraph. */
  boolean endsParagraph(int offset) {
    int next = offset;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    return next >= text.length() || of(next) != of(offset);
  }
}
