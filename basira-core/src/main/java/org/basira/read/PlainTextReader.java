package org.basira.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.basira.model.Article;

/**
 * Plain text and Markdown, taken byte for byte: no trimming, no normalisation of quotes, white
 * space or a byte-order mark, so offsets into the article index the file and the article id is the
 * SHA-256 of the file's bytes. A headline standing alone on the first line becomes the title.
 */
public final class PlainTextReader implements ArticleReader {

  /** A first line followed by a blank line, short and without closing punctuation, reads as a headline. */
  private static final Pattern HEADLINE = Pattern.compile("\\A\\uFEFF?[ \\t]*(#{1,6}[ \\t]+)?([^\\r\\n]{1,200}?)[ \\t#]*\\r?\\n[ \\t]*\\r?\\n");

  @Override
  public Stream<ReadResult> read(Input input) {
    return Stream.of(readOne(input));
  }

  private ReadResult readOne(Input input) {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return new ReadResult.Failure(input.displayName(), Messages.cannotRead(e));
    }
    if (bytes.length == 0) {
      return new ReadResult.Failure(input.displayName(), "is empty; there is nothing to analyse");
    }
    String text;
    try {
      text = TextDecoding.decode(bytes);
    } catch (TextDecoding.NotText e) {
      return new ReadResult.Failure(input.displayName(), e.getMessage());
    }
    if (text.strip().isEmpty() || text.strip().equals("\uFEFF")) {
      return new ReadResult.Failure(input.displayName(), "holds only white space; there is nothing to analyse");
    }
    Article article = Article.of(text, headline(text), input.name(), null, null, Languages.guess(text));
    return new ReadResult.Success(input.displayName(), article);
  }

  /** The headline on the first line, or null when the text starts straight into its body. */
  static String headline(String text) {
    Matcher m = HEADLINE.matcher(text);
    if (!m.lookingAt()) {
      return null;
    }
    String line = m.group(2).strip();
    boolean markdownHeading = m.group(1) != null;
    if (!markdownHeading && (line.isEmpty() || line.matches(".*[.!?:;,\"”’»]$"))) {
      return null;
    }
    return line.isEmpty() ? null : line;
  }
}
