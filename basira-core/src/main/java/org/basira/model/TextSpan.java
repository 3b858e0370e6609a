package org.basira.model;

import java.util.Objects;

/**
 * A stretch of an article's text: {@code text} equals {@code article.text.substring(start, end)}.
 * Offsets are Java {@code String} indices (UTF-16 code units), end exclusive.
 */
public record TextSpan(String text, int start, int end) {

  public TextSpan {
    Objects.requireNonNull(text, "text");
    checkOffsets(start, end);
  }

  /** The span of {@code text} between {@code start} and {@code end}. */
  public static TextSpan of(String articleText, int start, int end) {
    return new TextSpan(articleText.substring(start, end), start, end);
  }

  static void checkOffsets(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }
}
