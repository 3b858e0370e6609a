package org.basira.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text into HTML. Article text and everything extracted from it is untrusted: every value written
 * into a page goes through {@link #text} or {@link #url}, never raw.
 */
final class Html {

  private Html() {
  }

  /** {@code value} escaped for element content and quoted attribute values; null as empty. */
  static String text(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code value} as one URL query or path component. */
  static String url(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
