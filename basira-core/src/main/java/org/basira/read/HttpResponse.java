package org.basira.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The HTTP response a WARC response record stores: its status, its headers, and its body as a
 * browser would have seen it, after undoing chunked transfer coding and gzip or deflate content
 * coding. Crawlers differ in whether they store the body as sent or already decoded, so each
 * decoding is applied only when the bytes show they still need it.
 */
final class HttpResponse {

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/\\d+(?:\\.\\d+)?\\s+(\\d{3})(?:\\s.*)?");
  private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");

  private HttpResponse() {
  }

  /** A response's status code and headers; header names in lower case. */
  record Head(int status, Map<String, String> headers) {

    /** The header's value, or null; repeated headers are joined with commas. */
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A stored response that cannot be read as a page, with a sentence saying why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String problem) {
      super(problem);
    }
  }

  /**
   * The head at the start of a response record's block, the block left at the body; null when the
   * block is not an HTTP response (a DNS or FTP record). Interim 1xx responses are passed over.
   */
  static Head readHead(InputStream block) throws IOException, Unreadable {
    while (true) {
      byte[] first = WarcRecords.readLine(block);
      if (first == null) {
        return null;
      }
      String statusLine = new String(first, StandardCharsets.ISO_8859_1).strip();
      if (!statusLine.startsWith("HTTP/")) {
        return null;
      }
      Matcher m = STATUS_LINE.matcher(statusLine);
      if (!m.matches()) {
        throw new Unreadable("holds an HTTP response whose status line ('" + WarcRecords.cut(statusLine)
            + "') Basira cannot read; skipped");
      }
      Head head = new Head(Integer.parseInt(m.group(1)), readHeaders(block));
      if (head.status() >= 200 || head.status() == 101) {
        return head;
      }
    }
  }

  private static Map<String, String> readHeaders(InputStream block) throws IOException, Unreadable {
    Map<String, String> headers = new LinkedHashMap<>();
    String last = null;
    byte[] line;
    while ((line = WarcRecords.readLine(block)) != null && line.length > 0) {
      if (line.length > WarcRecords.MAX_LINE) {
        throw new Unreadable("holds an HTTP response with a header line longer than 64 KiB; skipped");
      }
      String text = new String(line, StandardCharsets.ISO_8859_1);
      if ((text.charAt(0) == ' ' || text.charAt(0) == '\t') && last != null) {
        headers.merge(last, " " + text.strip(), String::concat); // A folded continuation line.
        continue;
      }
      int colon = text.indexOf(':');
      if (colon <= 0) {
        continue; // Servers send odd lines; a browser ignores them too.
      }
      last = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = text.substring(colon + 1).strip();
      if (last.equals("content-type")) {
        headers.put(last, value); // The last one counts, as in browsers.
      } else {
        headers.merge(last, value, (a, b) -> a + ", " + b);
      }
    }
    return Collections.unmodifiableMap(headers);
  }

  /** The body as the browser saw it: chunked transfer coding and content coding undone. */
  static byte[] decode(Head head, byte[] body, int max) throws Unreadable {
    String transfer = head.header("Transfer-Encoding");
    if (transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
      body = dechunk(body);
    }
    String encoding = head.header("Content-Encoding");
    if (encoding == null) {
      return body;
    }
    List<String> codings = List.of(encoding.toLowerCase(Locale.ROOT).split(","));
    for (int i = codings.size() - 1; i >= 0; i--) { // The last coding applied is undone first.
      body = undo(codings.get(i).strip(), body, max);
    }
    return body;
  }

  private static byte[] undo(String coding, byte[] body, int max) throws Unreadable {
    switch (coding) {
      case "", "identity", "none":
        return body;
      case "gzip", "x-gzip":
        if (!GzipMembers.isGzip(body)) {
          return body; // Stored already decoded.
        }
        try {
          return inflate(new GZIPInputStream(new ByteArrayInputStream(body)), max);
        } catch (IOException e) {
          throw new Unreadable("holds a page whose gzip compression is damaged; skipped");
        }
      case "deflate":
        if (body.length == 0 || body[0] == '<' || Character.isWhitespace(body[0])) {
          return body; // Stored already decoded.
        }
        // Servers send either zlib-wrapped or raw deflate under this name; zlib starts with 0x78.
        boolean zlib = body.length >= 2 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) << 8 | body[1] & 0xff) % 31 == 0;
        try {
          return inflate(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlib)), max);
        } catch (IOException e) {
          throw new Unreadable("holds a page whose deflate compression is damaged; skipped");
        }
      case "br":
        throw new Unreadable("holds a page compressed with Brotli ('br'), which Basira cannot decode; skipped");
      default:
        throw new Unreadable("holds a page compressed as '" + WarcRecords.cut(coding)
            + "', which Basira cannot decode; skipped");
    }
  }

  /**
   * Decompressed bytes, at most {@code max}. A page cut off inside its compressed data (crawlers
   * cut long pages) keeps what was decompressed before the cut.
   */
  private static byte[] inflate(InputStream in, int max) throws IOException, Unreadable {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (in) {
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > max) {
          throw new Unreadable(WarcReader.tooLarge());
        }
      }
    } catch (EOFException e) {
      if (out.size() == 0) {
        throw e;
      }
    }
    return out.toByteArray();
  }

  /**
   * The data of a chunked body: hexadecimal size lines each followed by that many bytes, ending at
   * a size of 0. A body that does not start with a size line was stored already decoded and is
   * returned as it is; one cut off inside the chunks keeps the chunks before the cut.
   */
  static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    boolean first = true;
    while (pos < body.length) {
      int end = indexOf(body, (byte) '\n', pos);
      if (end < 0) {
        break;
      }
      String sizeLine = new String(body, pos, end - pos, StandardCharsets.ISO_8859_1);
      int semicolon = sizeLine.indexOf(';'); // Chunk extensions.
      String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
      long size;
      try {
        size = hex.length() <= 15 ? Long.parseLong(hex, 16) : -1;
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 0) {
        if (first) {
          return body;
        }
        break;
      }
      first = false;
      pos = end + 1;
      if (size == 0) {
        break; // Trailer headers may follow; they are not part of the page.
      }
      int take = (int) Math.min(size, body.length - pos);
      out.write(body, pos, take);
      pos += take;
      if (pos < body.length && body[pos] == '\r') {
        pos++;
      }
      if (pos < body.length && body[pos] == '\n') {
        pos++;
      }
    }
    return first ? body : out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The media type of a Content-Type value in lower case ("text/html"), or null. */
  static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    return type.isEmpty() ? null : type;
  }

  /** The charset a Content-Type value names, when Java knows it; null otherwise. */
  static Charset charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.isSupported(m.group(1)) ? Charset.forName(m.group(1)) : null;
    } catch (IllegalCharsetNameException e) {
      return null;
    }
  }

  static boolean isHtml(String mediaType) {
    return "text/html".equals(mediaType) || "application/xhtml+xml".equals(mediaType);
  }

  /** Whether bytes without a declared type start as an HTML page does. */
  static boolean looksLikeHtml(byte[] body) {
    int i = 0;
    if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < body.length && Character.isWhitespace(body[i])) {
      i++;
    }
    if (i >= body.length || body[i] != '<') {
      return false;
    }
    String head = new String(body, i, Math.min(body.length - i, 1024), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body");
  }
}
