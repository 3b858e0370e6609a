package org.basira.read;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The framing of a WARC file: records one after another, each a {@code WARC/1.x} line, header
 * fields, a blank line, a block of exactly Content-Length bytes and a blank line. A record's block
 * is handed out as a bounded stream, so a record of any size is never held in memory.
 */
final class WarcRecords implements Closeable {

  /** Longer header lines are damage, not headers; the cap keeps garbage from filling memory. */
  static final int MAX_LINE = 64 * 1024;

  /** WARC/1.0 and WARC/1.1 share their framing; a later 1.x is read the same way. */
  private static final Pattern VERSION = Pattern.compile("WARC/1\\.\\d+");

  /** One record's header. Field names are compared without case, as the standard says. */
  record Header(String version, Map<String, String> fields, long contentLength) {

    /** The field's value, or null when the record does not have it. */
    String field(String name) {
      return fields.get(name.toLowerCase(Locale.ROOT));
    }

    /** WARC-Type in lower case, or an empty string. */
    String type() {
      String type = field("WARC-Type");
      return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * WARC-Target-URI, or null. WARC/1.0 printed it in angle brackets by mistake and some
     * writers copied that, so brackets are dropped.
     */
    String targetUri() {
      String uri = field("WARC-Target-URI");
      if (uri == null) {
        return null;
      }
      uri = uri.strip();
      if (uri.startsWith("<") && uri.endsWith(">")) {
        uri = uri.substring(1, uri.length() - 1).strip();
      }
      return uri.isEmpty() ? null : uri;
    }
  }

  /**
   * Damage in the archive, with a sentence saying what is wrong. Resumable damage (a bad header)
   * leaves the framing usable from the next {@code WARC/} line on; other damage (the file ends early,
   * corrupt compression) ends the archive.
   */
  static final class Damaged extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean resumable;

    Damaged(boolean resumable, String problem) {
      super(problem);
      this.resumable = resumable;
    }

    boolean resumable() {
      return resumable;
    }
  }

  private final InputStream in;
  private Block block;
  private byte[] pendingVersionLine;
  private long headersRead;

  /** {@code in} is the uncompressed archive, buffered. */
  WarcRecords(InputStream in) {
    this.in = in;
  }

  /** The next record's header, or null at the end; the block of the previous record is skipped. */
  Header next() throws IOException {
    finishBlock();
    byte[] first = pendingVersionLine;
    pendingVersionLine = null;
    if (first == null) {
      do {
        first = readLine(in);
        if (first == null) {
          return null;
        }
      } while (first.length == 0);
    }
    String version = ascii(first).strip();
    if (!VERSION.matcher(version).matches()) {
      if (headersRead == 0 && version.startsWith("WARC/")) {
        throw new Damaged(false, "uses " + cut(version) + ", a WARC version Basira does not read; Basira reads WARC/1.0 and WARC/1.1");
      }
      if (headersRead == 0) {
        throw new Damaged(false, "is not a WARC file (it does not start with a WARC/1.0 or WARC/1.1 line); "
            + "check the file, or its --format");
      }
      throw new Damaged(true, "does not start with a WARC/1.0 or WARC/1.1 line where a record should begin "
          + "(the record before may give a wrong Content-Length); Basira skipped ahead to the next record");
    }
    headersRead++;
    Map<String, String> fields = new LinkedHashMap<>();
    String last = null;
    while (true) {
      byte[] line = readLine(in);
      if (line == null) {
        throw new Damaged(false, "is cut off inside its header; the file was probably not fully downloaded");
      }
      if (line.length > MAX_LINE) {
        throw new Damaged(true, "has a header line longer than 64 KiB, so its header is damaged; "
            + "Basira skipped ahead to the next record");
      }
      if (line.length == 0) {
        break;
      }
      String text = new String(line, StandardCharsets.UTF_8);
      if ((text.charAt(0) == ' ' || text.charAt(0) == '\t') && last != null) {
        fields.merge(last, " " + text.strip(), String::concat); // A folded continuation line.
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        throw new Damaged(true, "has a header line that is not 'Name: value' (" + cut(text)
            + "), so its header is damaged; Basira skipped ahead to the next record");
      }
      last = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      fields.put(last, text.substring(colon + 1).strip());
    }
    long length = contentLength(fields.get("content-length"));
    block = new Block(in, length);
    return new Header(version, Collections.unmodifiableMap(fields), length);
  }

  /** Whether a record has begun, so that damage is in a record rather than the whole file. */
  boolean started() {
    return headersRead > 0;
  }

  /** The block of the record {@link #next()} returned last. */
  InputStream block() {
    if (block == null) {
      throw new IllegalStateException("no record has been started");
    }
    return block;
  }

  /** Skips the rest of the current block; throws {@link Damaged} when the archive ends inside it. */
  void finishBlock() throws IOException {
    if (block != null) {
      block.drain();
      block = null;
    }
  }

  /**
   * After resumable damage: skips to the next line that starts a record, so that {@link #next()}
   * reads it. False when the archive ends first.
   */
  boolean skipToNextRecord() throws IOException {
    block = null;
    while (true) {
      byte[] line = readLine(in);
      if (line == null) {
        return false;
      }
      if (line.length <= MAX_LINE && VERSION.matcher(ascii(line).strip()).matches()) {
        pendingVersionLine = line;
        return true;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static long contentLength(String value) throws Damaged {
    if (value == null) {
      throw new Damaged(true, "has no Content-Length, so where it ends is unknown; Basira skipped ahead to the next record");
    }
    try {
      long length = Long.parseLong(value.strip());
      if (length >= 0) {
        return length;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new Damaged(true, "has a Content-Length '" + cut(value) + "' that is not a number of bytes; "
        + "Basira skipped ahead to the next record");
  }

  /**
   * One line without its line break (LF or CRLF), or null at the end of the input. Of a line
   * longer than {@link #MAX_LINE} only MAX_LINE + 1 bytes are kept, so callers can tell.
   */
  static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b = in.read();
    if (b == -1) {
      return null;
    }
    while (b != -1 && b != '\n') {
      if (line.size() <= MAX_LINE) {
        line.write(b);
      }
      b = in.read();
    }
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    if (n > 0 && n <= MAX_LINE && bytes[n - 1] == '\r') {
      return Arrays.copyOf(bytes, n - 1);
    }
    return bytes;
  }

  private static String ascii(byte[] line) {
    return new String(line, StandardCharsets.ISO_8859_1);
  }

  /** A value short enough to quote in a message. */
  static String cut(String value) {
    return value.length() <= 60 ? value : value.substring(0, 60) + "…";
  }

  /** A record's block: exactly its Content-Length bytes; the archive ending sooner is damage. */
  private static final class Block extends InputStream {
    private final InputStream in;
    private final long length;
    private long remaining;

    Block(InputStream in, long length) {
      this.in = in;
      this.length = length;
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      if (remaining == 0) {
        return -1;
      }
      int b = in.read();
      if (b == -1) {
        throw cutOff();
      }
      remaining--;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      if (count == 0) {
        return 0;
      }
      if (remaining == 0) {
        return -1;
      }
      int n = in.read(buffer, offset, (int) Math.min(count, remaining));
      if (n == -1) {
        throw cutOff();
      }
      remaining -= n;
      return n;
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), remaining);
    }

    /**
     * Reads past the rest of the block. Reads rather than skips: some streams skip beyond the end of
     * a file without a word, and a cut-off archive must be noticed.
     */
    void drain() throws IOException {
      byte[] scratch = new byte[8192];
      while (read(scratch, 0, scratch.length) != -1) {
        // Discarded.
      }
    }

    /** The stream under the block is shared with the next records; closing the block leaves it open. */
    @Override
    public void close() {
    }

    private Damaged cutOff() {
      return new Damaged(false, String.format(Locale.ROOT,
          "is cut off: its header promises %,d bytes but the archive ends after %,d of them; "
              + "the file was probably not fully downloaded", length, length - remaining));
    }
  }
}
