package org.basira.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.basira.model.Article;

/**
 * Web archives: WARC/1.0 and WARC/1.1 files as crawlers write them, plain or gzip-compressed (told
 * by the bytes, not the name). Each archived HTML page becomes an article read as {@link HtmlReader}
 * reads a page, with the archived address as its URL; text resources are read as
 * {@link PlainTextReader} reads text. Records that are not pages (requests, crawl metadata, images,
 * redirects, error pages) are passed over without a word. The archive is read a record at a time,
 * so one of any size streams; each result names its record ({@code crawl.warc.gz#7}), and damage
 * is reported at the record where it starts, keeping every article before it.
 *
 * <p>The crawl date (WARC-Date) is not the publication date and is never used as one.
 */
public final class WarcReader implements ArticleReader {

  /** A page larger than this is not an article; the cap keeps one odd record from filling memory. */
  static final int MAX_PAGE = 32 << 20;

  private static final Pattern HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?(\\[[^\\]/]*\\]|[^/?#:]+)");

  private final HtmlReader html = new HtmlReader();
  private final PlainTextReader text = new PlainTextReader();

  @Override
  public Stream<ReadResult> read(Input input) {
    WarcRecords records;
    try {
      records = new WarcRecords(open(input));
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failure(input.displayName(), Messages.cannotRead(e)));
    }
    Iterator<ReadResult> results = new RecordResults(input, records);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED), false)
        .onClose(() -> {
          try {
            records.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The archive's bytes, decompressed when they start as gzip does. */
  private static InputStream open(Input input) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(input.open(), 1 << 16);
    try {
      raw.mark(2);
      byte[] magic = raw.readNBytes(2);
      raw.reset();
      return GzipMembers.isGzip(magic) ? new BufferedInputStream(new GzipMembers(raw), 1 << 16) : raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  static String tooLarge() {
    return "holds a page of more than " + (MAX_PAGE >> 20) + " MB, more than Basira reads as one article; skipped";
  }

  /** The host of an address, for the source of a page that names no site; null when there is none. */
  static String host(String uri) {
    if (uri == null) {
      return null;
    }
    Matcher m = HOST.matcher(uri.strip());
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }

  /** Reads record after record on demand, like {@link JsonLinesReader} reads lines. */
  private final class RecordResults extends OnDemand {
    private final Input input;
    private final WarcRecords records;
    private int number;
    private boolean skipToNextRecord;
    private boolean sawResult;

    RecordResults(Input input, WarcRecords records) {
      this.input = input;
      this.records = records;
    }

    /** The result of the next record, null for a record that is not a page, or an end-of-archive note. */
    @Override
    protected ReadResult readNext() {
      number++;
      try {
        if (skipToNextRecord) {
          skipToNextRecord = false;
          if (!records.skipToNextRecord()) {
            end();
            return null;
          }
        }
        WarcRecords.Header header = records.next();
        if (header == null) {
          number--;
          end();
          return atEnd();
        }
        ReadResult result = read(header);
        records.finishBlock(); // A page whose record is cut off is reported as cut off, not read.
        if (result != null) {
          sawResult = true;
        }
        return result;
      } catch (WarcRecords.Damaged e) {
        sawResult = true;
        if (e.resumable()) {
          skipToNextRecord = true;
        } else {
          end();
        }
        // Damage before the first record began means the file as a whole is not a readable archive.
        return new ReadResult.Failure(records.started() ? where() : input.displayName(), e.getMessage());
      } catch (IOException e) {
        end();
        return new ReadResult.Failure(where(), Messages.cannotRead(e));
      }
    }

    private ReadResult atEnd() {
      if (sawResult) {
        return null;
      }
      if (number == 0) {
        return new ReadResult.Failure(input.displayName(), "is empty; there is nothing to analyse");
      }
      return new ReadResult.Failure(input.displayName(), "holds no HTML or text pages; there is nothing to analyse");
    }

    private ReadResult read(WarcRecords.Header header) throws IOException {
      return switch (header.type()) {
        case "response" -> response(header);
        case "resource" -> resource(header);
        default -> null; // warcinfo, request, metadata, revisit, conversion, continuation.
      };
    }

    /** An HTTP response: a page when it succeeded and is HTML, else nothing. */
    private ReadResult response(WarcRecords.Header header) throws IOException {
      InputStream block = records.block();
      HttpResponse.Head head;
      try {
        head = HttpResponse.readHead(block);
      } catch (HttpResponse.Unreadable e) {
        return new ReadResult.Failure(where(), e.getMessage());
      }
      if (head == null || !head.ok()) {
        return null; // Not HTTP (a DNS record), a redirect or an error page.
      }
      String contentType = head.header("Content-Type");
      String type = HttpResponse.mediaType(contentType);
      if (type != null && !HttpResponse.isHtml(type)) {
        return null;
      }
      byte[] body = block.readNBytes(MAX_PAGE + 1);
      if (body.length > MAX_PAGE) {
        return new ReadResult.Failure(where(), tooLarge());
      }
      try {
        body = HttpResponse.decode(head, body, MAX_PAGE);
      } catch (HttpResponse.Unreadable e) {
        return new ReadResult.Failure(where(), e.getMessage());
      }
      if (body.length == 0 || type == null && !HttpResponse.looksLikeHtml(body)) {
        return null;
      }
      return page(header, body, HttpResponse.charset(contentType));
    }

    /**
     * A resource stored as it is, typed by the record's own Content-Type. Resources under
     * {@code metadata:} addresses are the crawler's own notes (wget stores its arguments and log
     * there), not pages.
     */
    private ReadResult resource(WarcRecords.Header header) throws IOException {
      String uri = header.targetUri();
      if (uri != null && uri.regionMatches(true, 0, "metadata:", 0, "metadata:".length())) {
        return null;
      }
      String contentType = header.field("Content-Type");
      String type = HttpResponse.mediaType(contentType);
      boolean plain = "text/plain".equals(type) || "text/markdown".equals(type);
      if (type != null && !plain && !HttpResponse.isHtml(type)) {
        return null;
      }
      byte[] body = records.block().readNBytes(MAX_PAGE + 1);
      if (body.length > MAX_PAGE) {
        return new ReadResult.Failure(where(), tooLarge());
      }
      if (body.length == 0) {
        return null;
      }
      if (plain) {
        return plainText(header, body, HttpResponse.charset(contentType));
      }
      if (type == null && !HttpResponse.looksLikeHtml(body)) {
        return null;
      }
      return page(header, body, HttpResponse.charset(contentType));
    }

    private ReadResult page(WarcRecords.Header header, byte[] body, Charset charset) {
      return relabel(html.readOne(inputOf(header, body), charset), header.targetUri());
    }

    /** Text in another charset than UTF-8 is converted, since Basira's text is UTF-8. */
    private ReadResult plainText(WarcRecords.Header header, byte[] body, Charset charset) {
      byte[] utf8 = charset == null || charset.equals(StandardCharsets.UTF_8) ? body
          : new String(body, charset).getBytes(StandardCharsets.UTF_8);
      try (Stream<ReadResult> results = text.read(inputOf(header, utf8))) {
        return relabel(results.findFirst().orElseThrow(), header.targetUri());
      }
    }

    /** The record's content as an input named after the archived site, which becomes the default source. */
    private Input inputOf(WarcRecords.Header header, byte[] body) {
      String host = host(header.targetUri());
      return new Input(host != null ? host : input.name(), null, () -> new ByteArrayInputStream(body));
    }

    /** The result named after its record, the article's URL the archived address. */
    private ReadResult relabel(ReadResult result, String uri) {
      if (result instanceof ReadResult.Success success) {
        Article a = success.article();
        if (uri != null) {
          a = new Article(a.id(), a.title(), a.source(), uri, a.published(), a.language(), a.text());
        }
        return new ReadResult.Success(where(), a);
      }
      return new ReadResult.Failure(where(), ((ReadResult.Failure) result).problem());
    }

    private String where() {
      return input.displayName() + "#" + number;
    }
  }
}
