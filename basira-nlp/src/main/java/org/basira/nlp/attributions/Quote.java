package org.basira.nlp.attributions;

/**
 * A quotation in an article's text, possibly over several paragraphs.
 *
 * @param start offset of the opening mark
 * @param end offset just past the closing mark, or past the last character of the paragraph where
 *     an unclosed quotation stops
 * @param contentStart offset of the first character inside the marks
 * @param contentEnd offset just past the last character inside the marks
 */
record Quote(int start, int end, int contentStart, int contentEnd) {

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether the stretch {@code [from, to)} lies inside this quotation, marks included. */
  boolean covers(int from, int to) {
    return from >= start && to <= end;
  }

  /** The number of words inside. */
  int words(String text) {
    String inside = text.substring(contentStart, contentEnd).strip();
    return inside.isEmpty() ? 0 : inside.split("\\s+").length;
  }
}
