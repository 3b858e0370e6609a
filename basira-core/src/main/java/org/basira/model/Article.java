package org.basira.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One article as read, before analysis. {@code text} is exactly what is analysed and what every
 * offset indexes; {@code id} is the SHA-256 of its UTF-8 bytes, so reading the same text twice
 * gives the same article.
 *
 * @param published the publication date at day or month precision, or null when unknown
 * @param language an ISO 639-1 code such as {@code en} or {@code ar}
 */
public record Article(
    String id,
    String title,
    String source,
    String url,
    PartialDate published,
    String language,
    @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  public Article {
    Objects.requireNonNull(id, "id");
    if (!SHA256_HEX.matcher(id).matches()) {
      throw new IllegalArgumentException("article id must be a lower-case SHA-256 hex digest: " + id);
    }
    if (published != null && !published.hasMonth()) {
      throw new IllegalArgumentException("a publication date needs at least a month: " + published);
    }
    Objects.requireNonNull(language, "language");
  }

  /** An article whose id is computed from its text. */
  public static Article of(String text, String title, String source, String url,
      PartialDate published, String language) {
    Objects.requireNonNull(text, "text");
    return new Article(idOf(text), title, source, url, published, language, text);
  }

  /** The article id of a text: SHA-256 of its UTF-8 bytes, lower-case hex. */
  public static String idOf(String text) {
    return idOf(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The article id of a text given as UTF-8 bytes; for a plain-text file read byte for byte, the
   * id of the article read from it.
   */
  public static String idOf(byte[] utf8) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(utf8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The same article with its text left out, for output where the text is not wanted. */
  public Article withoutText() {
    return new Article(id, title, source, url, published, language, null);
  }

  public Article withTitle(String newTitle) {
    return new Article(id, newTitle, source, url, published, language, text);
  }

  public Article withSource(String newSource) {
    return new Article(id, title, newSource, url, published, language, text);
  }

  public Article withPublished(PartialDate newPublished) {
    return new Article(id, title, source, url, newPublished, language, text);
  }
}
