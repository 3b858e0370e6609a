package org.basira.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** The input formats Basira reads, and the file extensions that select them. */
public enum Format {
  TEXT("txt", "text"),
  MARKDOWN("md", "markdown"),
  HTML("html", "htm", "xhtml"),
  JSONL("jsonl", "ndjson"),
  WARC("warc", "warc.gz"),
  /** Read where a PDF reader is wired in (the {@code basira} command's composition root). */
  PDF("pdf");

  private final String[] extensions;

  Format(String... extensions) {
    this.extensions = extensions;
  }

  /**
   * The format a file name's extension selects, if any. An extension may have two parts
   * ({@code .warc.gz}); the longest one that ends the name wins.
   */
  public static Optional<Format> ofFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    Format best = null;
    int bestLength = 0;
    for (Format format : values()) {
      for (String e : format.extensions) {
        if (e.length() > bestLength && name.endsWith("." + e)) {
          best = format;
          bestLength = e.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The format of content with no telling name (standard input, a file without extension): a
   * {@code WARC/} line, plain or gzip-compressed, is a web archive, {@code %PDF-} a PDF, an opening
   * brace JSON Lines, an opening angle bracket HTML, anything else text.
   */
  public static Format sniff(byte[] head) {
    if (startsWithWarc(head)) {
      return WARC;
    }
    if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
      return PDF;
    }
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

  /**
   * Whether the head starts with a WARC version line, or is gzip data whose first bytes do: a
   * {@code .warc.gz} compresses record by record, so the head holds the start of the first record.
   */
  private static boolean startsWithWarc(byte[] head) {
    byte[] warc = "WARC/".getBytes(StandardCharsets.US_ASCII);
    if (GzipMembers.isGzip(head)) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
        return Arrays.equals(in.readNBytes(warc.length), warc);
      } catch (IOException e) {
        return false; // Too little of the data to tell, or not gzip after all.
      }
    }
    return head.length >= warc.length && Arrays.equals(head, 0, warc.length, warc, 0, warc.length);
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
