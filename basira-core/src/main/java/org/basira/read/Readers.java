package org.basira.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.basira.model.Article;

/**
 * Turns what the user named (files, folders, {@code -} for standard input) into a stream of
 * articles and failures. Folders are read recursively in name order, by extension, skipping hidden
 * files. Nothing here throws for bad input: every problem is a {@link ReadResult.Failure}.
 */
public final class Readers {

  /** What stands for standard input among the paths. */
  public static final String STDIN = "-";

  private final Map<Format, ArticleReader> byFormat;
  private final Supplier<InputStream> stdin;

  public Readers(Map<Format, ArticleReader> byFormat, Supplier<InputStream> stdin) {
    this.byFormat = new EnumMap<>(byFormat);
    this.stdin = stdin;
  }

  /** The readers for every {@link Format}, with standard input from {@code System.in}. */
  public static Readers standard() {
    return standard(() -> System.in);
  }

  public static Readers standard(Supplier<InputStream> stdin) {
    PlainTextReader text = new PlainTextReader();
    return new Readers(Map.of(Format.TEXT, text, Format.MARKDOWN, text,
        Format.HTML, new HtmlReader(), Format.JSONL, new JsonLinesReader(), Format.WARC, new WarcReader()), stdin);
  }

  /** These readers and {@code reader} for {@code format} (a PDF reader, from its own module). */
  public Readers with(Format format, ArticleReader reader) {
    Map<Format, ArticleReader> all = new EnumMap<>(byFormat);
    all.put(format, reader);
    return new Readers(all, stdin);
  }

  /** The reader of a format, or one that says this build does not read it. */
  private ArticleReader reader(Format format) {
    ArticleReader reader = byFormat.get(format);
    return reader != null ? reader : input -> Stream.of(new ReadResult.Failure(input.displayName(),
        "is " + format.name() + ", which this build of Basira does not read; convert it to text or HTML first"));
  }

  /** All articles of all named inputs, in order; the stream must be closed. */
  public Stream<ReadResult> read(List<String> paths, ReadOptions options) {
    return paths.stream().flatMap(p -> readPath(p, options)).map(r -> override(r, options));
  }

  private Stream<ReadResult> readPath(String given, ReadOptions options) {
    if (given.equals(STDIN)) {
      return readStdin(options);
    }
    Path path = Path.of(given);
    if (Files.isDirectory(path)) {
      return readFolder(given, path, options);
    }
    if (!Files.exists(path)) {
      return Stream.of(new ReadResult.Failure(given, "does not exist; check the path"));
    }
    if (!Files.isRegularFile(path)) {
      return Stream.of(new ReadResult.Failure(given, "is not a file or folder Basira can read"));
    }
    return readFile(Input.of(path), options);
  }

  /**
   * The articles of one file, opened by whoever has it (the Spark job reads Hadoop file systems):
   * in the forced format, else the one its extension selects, else the one its content shows.
   * The stream must be closed.
   */
  public Stream<ReadResult> read(Input input, ReadOptions options) {
    return readFile(input, options).map(r -> override(r, options));
  }

  /**
   * The article in a body fetched from the web, read in the format its media type names: HTML
   * (with the charset the server declared, which wins over a meta tag as in browsers), PDF or
   * plain text; a body served without a type is read by its content. Any other type (an image,
   * a video, a feed) is a failure that names it.
   *
   * @param mediaType the Content-Type without parameters, in lower case, or "" when none was sent
   * @param charset the Content-Type's charset, or null
   */
  public Stream<ReadResult> readServed(Input input, String mediaType, String charset) {
    Format format = switch (mediaType) {
      case "text/html", "application/xhtml+xml" -> Format.HTML;
      case "application/pdf" -> Format.PDF;
      case "text/plain" -> Format.TEXT;
      default -> null;
    };
    if (format == null && !mediaType.isEmpty()) {
      return Stream.of(new ReadResult.Failure(input.displayName(), "is served as " + mediaType
          + ", which Basira does not read as an article (it reads HTML, PDF and plain text)"));
    }
    if (format == null) {
      return sniffed(input);
    }
    if (format == Format.HTML && charset != null && byFormat.get(Format.HTML) instanceof HtmlReader html) {
      return Stream.of(html.readOne(input, knownCharset(charset)));
    }
    return reader(format).read(input);
  }

  private static java.nio.charset.Charset knownCharset(String name) {
    try {
      return java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // an unknown charset leaves the choice to the page, as browsers do
    }
  }

  /** Whether a file met in a folder is read: one of a known type, or any when a format is forced. */
  public static boolean readsInFolder(String fileName, ReadOptions options) {
    return options.format() != null || Format.ofFileName(fileName).isPresent();
  }

  private Stream<ReadResult> readFile(Input input, ReadOptions options) {
    if (options.format() != null) {
      return reader(options.format()).read(input);
    }
    var format = Format.ofFileName(input.name());
    if (format.isPresent()) {
      return reader(format.get()).read(input);
    }
    if (input.name().contains(".")) {
      return Stream.of(new ReadResult.Failure(input.displayName(), "has a file type Basira does not read; use one of "
          + Format.knownExtensions() + ", or force one with --format"));
    }
    return sniffed(input);
  }

  private Stream<ReadResult> readFolder(String given, Path folder, ReadOptions options) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(folder.relativize(p)))
          .filter(p -> readsInFolder(p.getFileName().toString(), options))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(new ReadResult.Failure(given, "could not be listed (" + e.getMessage() + ")"));
    }
    if (files.isEmpty()) {
      return Stream.of(new ReadResult.Failure(given, "is a folder with no files Basira reads ("
          + Format.knownExtensions() + ")"));
    }
    return files.stream().flatMap(p -> readPath(p.toString(), options));
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private Stream<ReadResult> readStdin(ReadOptions options) {
    byte[] bytes;
    try {
      bytes = stdin.get().readAllBytes();
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failure("standard input", Messages.cannotRead(e)));
    }
    Input input = new Input("stdin", null, () -> new ByteArrayInputStream(bytes));
    Format format = options.format() != null ? options.format() : Format.sniff(bytes);
    return reader(format).read(input);
  }

  private Stream<ReadResult> sniffed(Input input) {
    byte[] head;
    try (InputStream in = new BufferedInputStream(input.open())) {
      head = in.readNBytes(512);
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failure(input.displayName(), Messages.cannotRead(e)));
    }
    return reader(Format.sniff(head)).read(input);
  }

  private static ReadResult override(ReadResult result, ReadOptions options) {
    if (!(result instanceof ReadResult.Success success)) {
      return result;
    }
    Article a = success.article();
    if (options.title() != null) {
      a = a.withTitle(options.title());
    }
    if (options.source() != null) {
      a = a.withSource(options.source());
    }
    if (a.published() == null && options.published() != null) {
      a = a.withPublished(options.published());
    }
    return new ReadResult.Success(success.input(), a);
  }
}
