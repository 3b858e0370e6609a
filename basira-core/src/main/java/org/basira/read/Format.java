package org.basira.read;

import java.util.Locale;
import java.util.Optional;

/** The input formats Basira reads, and the file extensions that select them. */
public enum Format {
  TEXT("txt", "text"),
  MARKDOWN("md", "markdown"),
  HTML("html", "htm", "xhtml"),
  JSONL("jsonl", "ndjson");

  private final String[] extensions;

  Format(String... extensions) {
    this.extensions = extensions;
  }

  /** The format a file name's extension selects, if any. */
  public static Optional<Format> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      for (String e : format.extensions) {
        if (e.equals(extension)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The format of content with no telling name (standard input, a file without extension): an
   * opening brace is JSON Lines, an opening angle bracket HTML, anything else text.
   */
  public static Format sniff(byte[] head) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i < head.length && head[i] == '{') {
      return JSONL;
    }
    if (i < head.length && head[i] == '<') {
      return HTML;
    }
    return TEXT;
  }

  /** The extensions, for messages: ".txt, .text, .md, …". */
  public static String knownExtensions() {
    StringBuilder s = new StringBuilder();
    for (Format format : values()) {
      for (String e : format.extensions) {
        s.append(s.length() == 0 ? "" : ", ").append('.').append(e);
      }
    }
    return s.toString();
  }

  public String lowerName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
