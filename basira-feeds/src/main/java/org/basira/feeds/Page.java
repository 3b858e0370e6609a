package org.basira.feeds;

import java.net.URI;
import java.util.Locale;

/**
 * What an address served: its body and how the server described it.
 *
 * @param uri where the body came from, after redirects
 * @param contentType the Content-Type header as sent, or null
 * @param body the body, within the size limit
 */
public record Page(URI uri, String contentType, byte[] body) {

  /** The media type without parameters, in lower case, or "" when the server named none. */
  public String mediaType() {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of the Content-Type, or null. */
  public String charset() {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String value = p.substring("charset=".length()).strip();
        return value.replace("\"", "").replace("'", "");
      }
    }
    return null;
  }
}
