package org.basira.app;

/** How the query commands fit text into the columns of their tables. */
final class Columns {

  private Columns() {
  }

  /** {@code s} cut to {@code width} characters, the last an ellipsis when anything was cut. */
  static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
