package org.basira.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.basira.model.Article;
import org.basira.model.PartialDate;

/**
 * JSON Lines: one article object a line, with {@code text} (required) and optionally {@code title},
 * {@code published}, {@code source}, {@code url}, {@code language}. Lines are read lazily, so a
 * file of millions of articles streams; a malformed line is reported with its line number and
 * skipped, and every other line is still read.
 */
public final class JsonLinesReader implements ArticleReader {

  /** Jackson caps strings at 20 M characters by default; an article may be longer than that. */
  private final ObjectMapper json = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
          .build())
      .build();

  @Override
  public Stream<ReadResult> read(Input input) {
    InputStream in;
    try {
      in = new BufferedInputStream(input.open(), 1 << 16);
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failure(input.displayName(), Messages.cannotRead(e)));
    }
    Iterator<ReadResult> lines = new LineResults(input, in);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Reads line by line at the byte level so that a line that is not UTF-8 fails alone. */
  private final class LineResults extends OnDemand {
    private final Input input;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNumber;
    private boolean sawArticleOrFailure;

    LineResults(Input input, InputStream in) {
      this.input = input;
      this.in = in;
    }

    /** The result of the next non-blank line, null for a blank one, or an end-of-input note. */
    @Override
    protected ReadResult readNext() {
      line.reset();
      int b;
      try {
        while ((b = in.read()) != -1 && b != '\n') {
          line.write(b);
        }
      } catch (IOException e) {
        end();
        return new ReadResult.Failure(where(), Messages.cannotRead(e));
      }
      if (b == -1) {
        end();
        if (line.size() == 0) {
          return sawArticleOrFailure ? null
              : new ReadResult.Failure(input.displayName(), "is empty; there is nothing to analyse");
        }
      }
      lineNumber++;
      ReadResult result = parse(line.toByteArray());
      if (result != null) {
        sawArticleOrFailure = true;
      }
      return result;
    }

    private ReadResult parse(byte[] bytes) {
      String text;
      try {
        text = TextDecoding.decode(bytes);
      } catch (TextDecoding.NotText e) {
        return new ReadResult.Failure(where(), "line " + e.getMessage() + "; fix or remove the line");
      }
      if (lineNumber == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1); // A byte-order mark before the first object is not part of it.
      }
      if (text.isBlank()) {
        return null;
      }
      JsonNode node;
      try {
        node = json.readTree(text);
      } catch (JsonProcessingException e) {
        String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        return new ReadResult.Failure(where(), "is not valid JSON (" + e.getOriginalMessage() + column
            + "); fix or remove the line");
      }
      return toArticle(node);
    }

    private ReadResult toArticle(JsonNode node) {
      if (!node.isObject()) {
        return new ReadResult.Failure(where(), "is not a JSON object; each line must be one article object");
      }
      JsonNode text = node.get("text");
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        return new ReadResult.Failure(where(), "has no \"text\" field with the article text; add it or remove the line");
      }
      PartialDate published = null;
      Optional<String> date = string(node, "published");
      if (date.isPresent()) {
        Optional<PartialDate> parsed = HtmlReader.leadingDate(date.get()).filter(PartialDate::hasMonth);
        if (parsed.isEmpty()) {
          return new ReadResult.Failure(where(), "has a \"published\" value '" + date.get()
              + "' that is not a date; write YYYY-MM-DD or YYYY-MM");
        }
        published = parsed.get();
      }
      String body = text.asText();
      String language = string(node, "language").map(Languages::normalise).orElseGet(() -> Languages.guess(body));
      Article article = Article.of(body, string(node, "title").orElse(null),
          string(node, "source").orElse(input.name()), string(node, "url").orElse(null), published, language);
      return new ReadResult.Success(where(), article);
    }

    private Optional<String> string(JsonNode node, String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
          : Optional.of(value.asText().strip());
    }

    private String where() {
      return input.displayName() + ":" + lineNumber;
    }
  }
}
