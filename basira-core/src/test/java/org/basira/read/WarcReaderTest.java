package org.basira.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.basira.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReaderTest {

  @TempDir
  Path dir;

  private final WarcReader reader = new WarcReader();

  // Fixtures: records built here, with their Content-Length computed from the block.

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] record(String type, String uri, String contentType, byte[] block) {
    String header = "WARC/1.1\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
        + "WARC-Date: 2024-05-06T07:08:09Z\r\n"
        + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + block.length + "\r\n\r\n";
    return concat(bytes(header), block, bytes("\r\n\r\n"));
  }

  private static byte[] response(String uri, String httpHead, byte[] body) {
    return record("response", uri, "application/http; msgtype=response",
        concat(bytes(httpHead.replace("\n", "\r\n") + "\r\n\r\n"), body));
  }

  private static byte[] htmlResponse(String uri, String html) {
    return response(uri, "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8", bytes(html));
  }

  private static byte[] warcinfo() {
    return record("warcinfo", null, "application/warc-fields", bytes("software: a test\r\nformat: WARC File Format 1.1\r\n"));
  }

  private static byte[] request(String uri) {
    return record("request", uri, "application/http; msgtype=request",
        bytes("GET / HTTP/1.1\r\nHost: " + WarcReader.host(uri) + "\r\n\r\n"));
  }

  /** Each part compressed as its own gzip member, as crawlers write .warc.gz. */
  private static byte[] gzipMembers(byte[]... records) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      out.writeBytes(gzip(record));
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static String page(String title, String... paragraphs) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article>");
    for (String p : paragraphs) {
      html.append("<p>").append(p).append("</p>");
    }
    return html.append("</article></body></html>").toString();
  }

  private List<ReadResult> read(String fileName, byte[] content) throws IOException {
    Path file = dir.resolve(fileName);
    Files.write(file, content);
    try (Stream<ReadResult> results = reader.read(Input.of(file))) {
      return results.toList();
    }
  }

  private static Article article(ReadResult result) {
    assertThat(result).isInstanceOf(ReadResult.Success.class);
    return ((ReadResult.Success) result).article();
  }

  private static List<String> texts(List<ReadResult> results) {
    return results.stream().map(r -> article(r).text()).toList();
  }

  @Test
  void anHtmlResponseBecomesAnArticleWithTitleTextAndTheArchivedAddress() throws Exception {
    byte[] warc = concat(warcinfo(), request("https://river.example/news/bridge"),
        htmlResponse("https://river.example/news/bridge", page("Bridge reopens",
            "The old bridge reopened on Monday after repairs.", "Traffic was light in the morning.")));

    List<ReadResult> results = read("crawl.warc", warc);

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.input()).endsWith("crawl.warc#3");
      Article a = article(r);
      assertThat(a.title()).isEqualTo("Bridge reopens");
      assertThat(a.text()).isEqualTo("The old bridge reopened on Monday after repairs.\n\nTraffic was light in the morning.");
      assertThat(a.url()).isEqualTo("https://river.example/news/bridge");
      assertThat(a.source()).isEqualTo("river.example");
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.published()).as("the crawl date is not the publication date").isNull();
    });
  }

  @Test
  void thePageKeepsTheSiteNameAndPublicationDateItGives() throws Exception {
    String html = "<html><head><meta property=\"og:site_name\" content=\"The Valley Herald\">"
        + "<meta property=\"article:published_time\" content=\"2023-11-02T10:00:00Z\">"
        + "<link rel=\"canonical\" href=\"https://valley.example/a/1\"></head>"
        + "<body><article><p>The market moved to the square.</p></article></body></html>";

    Article a = article(read("one.warc", htmlResponse("https://www.valley.example/a/1?ref=home", html)).get(0));

    assertThat(a.source()).isEqualTo("The Valley Herald");
    assertThat(a.published()).hasToString("2023-11-02");
    assertThat(a.url()).isEqualTo("https://www.valley.example/a/1?ref=home");
  }

  @Test
  void aGzippedArchiveOfOneMemberARecordReadsEveryRecord() throws Exception {
    byte[] warc = gzipMembers(warcinfo(),
        htmlResponse("https://a.example/1", page("One", "First page text.")),
        htmlResponse("https://a.example/2", page("Two", "Second page text.")),
        htmlResponse("https://a.example/3", page("Three", "Third page text.")));

    List<ReadResult> results = read("crawl.warc.gz", warc);

    assertThat(texts(results)).containsExactly("First page text.", "Second page text.", "Third page text.");
    assertThat(results).extracting(ReadResult::input)
        .allMatch(input -> input.contains("crawl.warc.gz#"))
        .last().asString().endsWith("#4");
  }

  @Test
  void gzipIsToldByItsBytesNotByTheName() throws Exception {
    byte[] warc = gzip(htmlResponse("https://a.example/1", page("One", "Compressed as a whole.")));

    assertThat(texts(read("misnamed.warc", warc))).containsExactly("Compressed as a whole.");
  }

  @Test
  void recordsThatAreNotPagesArePassedOverWithoutAWord() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    byte[] warc = concat(
        warcinfo(),
        request("https://b.example/"),
        record("metadata", "https://b.example/", "application/warc-fields", bytes("outlink: https://b.example/x\r\n")),
        response("https://b.example/logo.png", "HTTP/1.1 200 OK\nContent-Type: image/png", png),
        response("https://b.example/old", "HTTP/1.1 301 Moved Permanently\nLocation: https://b.example/new", bytes("")),
        response("https://b.example/gone", "HTTP/1.1 404 Not Found\nContent-Type: text/html",
            bytes(page("Not found", "There is no such page."))),
        response("https://b.example/robots.txt", "HTTP/1.1 200 OK\nContent-Type: text/plain", bytes("User-agent: *\n")),
        response("https://b.example/empty", "HTTP/1.1 200 OK\nContent-Type: text/html", new byte[0]),
        record("revisit", "https://b.example/new", "application/http; msgtype=response",
            bytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")),
        record("response", null, "text/dns", bytes("20240506070809\nb.example. 300 IN A 192.0.2.1\n")),
        htmlResponse("https://b.example/new", page("New home", "The page that counts.")));

    List<ReadResult> results = read("mixed.warc", warc);

    assertThat(texts(results)).containsExactly("The page that counts.");
    assertThat(results.get(0).input()).endsWith("mixed.warc#11");
  }

  @Test
  void aPageWithoutAContentTypeIsReadWhenItLooksLikeHtml() throws Exception {
    byte[] warc = concat(
        response("https://c.example/1", "HTTP/1.1 200 OK", bytes(page("Untyped", "Typed by its looks."))),
        response("https://c.example/2", "HTTP/1.1 200 OK", bytes("just some bytes")));

    assertThat(texts(read("untyped.warc", warc))).containsExactly("Typed by its looks.");
  }

  @Test
  void aTruncatedRecordIsReportedByNumberAfterTheArticlesBeforeIt() throws Exception {
    byte[] whole = concat(warcinfo(), htmlResponse("https://d.example/1", page("Kept", "This one is complete.")),
        htmlResponse("https://d.example/2", page("Lost", "This one is cut in the middle of its text.")));
    byte[] cut = Arrays.copyOf(whole, whole.length - 40);

    List<ReadResult> results = read("cut.warc", cut);

    assertThat(results).hasSize(2);
    assertThat(article(results.get(0)).text()).isEqualTo("This one is complete.");
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("cut.warc#3");
      assertThat(f.problem()).contains("cut off").contains("not fully downloaded");
    });
  }

  @Test
  void aTruncatedGzipArchiveIsReportedByNumberAfterTheArticlesBeforeIt() throws Exception {
    byte[] whole = gzipMembers(htmlResponse("https://d.example/1", page("Kept", "Complete and compressed.")),
        htmlResponse("https://d.example/2", page("Lost", "Cut inside the compressed data.")));
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);

    List<ReadResult> results = read("cut.warc.gz", cut);

    assertThat(results).hasSize(2);
    assertThat(article(results.get(0)).text()).isEqualTo("Complete and compressed.");
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("cut.warc.gz#2");
      assertThat(f.problem()).contains("cut off");
    });
  }

  @Test
  void bytesAfterTheLastGzipMemberAreReportedNotIgnored() throws Exception {
    byte[] warc = concat(gzipMembers(htmlResponse("https://d.example/1", page("Kept", "Before the damage."))),
        bytes("not gzip at all"));

    List<ReadResult> results = read("tail.warc.gz", warc);

    assertThat(article(results.get(0)).text()).isEqualTo("Before the damage.");
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("tail.warc.gz#2");
      assertThat(f.problem()).contains("not gzip data");
    });
  }

  @Test
  void aDamagedHeaderIsReportedAndTheRecordsAfterItAreStillRead() throws Exception {
    byte[] damaged = bytes("WARC/1.1\r\nWARC-Type: response\r\nthis line has no colon\r\nContent-Length: 10\r\n\r\n"
        + "0123456789\r\n\r\n");
    byte[] warc = concat(htmlResponse("https://e.example/1", page("Before", "Read before the damage.")), damaged,
        htmlResponse("https://e.example/2", page("After", "Read after the damage.")));

    List<ReadResult> results = read("damaged.warc", warc);

    assertThat(results).hasSize(3);
    assertThat(article(results.get(0)).text()).isEqualTo("Read before the damage.");
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("damaged.warc#2");
      assertThat(f.problem()).contains("'Name: value'").contains("skipped ahead");
    });
    assertThat(article(results.get(2)).text()).isEqualTo("Read after the damage.");
    assertThat(results.get(2).input()).endsWith("damaged.warc#3");
  }

  @Test
  void aWrongContentLengthIsNoticedAtTheNextRecord() throws Exception {
    byte[] good = htmlResponse("https://e.example/1", page("First", "A page with a short length."));
    String text = new String(good, StandardCharsets.UTF_8);
    String wrong = text.replaceFirst("Content-Length: (\\d+)", "Content-Length: 20");
    byte[] warc = concat(bytes(wrong), htmlResponse("https://e.example/2", page("Second", "Found again.")));

    List<ReadResult> results = read("short.warc", warc);

    assertThat(results).last().satisfies(r -> assertThat(article(r).text()).isEqualTo("Found again."));
    assertThat(results).filteredOn(r -> r instanceof ReadResult.Failure).singleElement()
        .satisfies(f -> assertThat(((ReadResult.Failure) f).problem()).contains("Content-Length"));
  }

  @Test
  void decodesChunkedTransferAndGzipContentCoding() throws Exception {
    String html = page("Chunked", "Sent in pieces by the server.");
    String chunked = Integer.toHexString(10) + ";note=first\r\n" + html.substring(0, 10) + "\r\n"
        + Integer.toHexString(html.length() - 10) + "\r\n" + html.substring(10) + "\r\n0\r\n\r\n";
    byte[] warc = concat(
        response("https://f.example/1", "HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked",
            bytes(chunked)),
        response("https://f.example/2", "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip",
            gzip(bytes(page("Zipped", "Compressed by the server.")))),
        response("https://f.example/3",
            "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\nTransfer-Encoding: chunked",
            bytes(page("Decoded", "Stored already decoded by the crawler."))));

    assertThat(texts(read("coded.warc", warc))).containsExactly("Sent in pieces by the server.",
        "Compressed by the server.", "Stored already decoded by the crawler.");
  }

  @Test
  void aContentCodingBasiraCannotUndoIsReportedForThatRecordOnly() throws Exception {
    byte[] warc = concat(
        response("https://f.example/1", "HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: br",
            new byte[] {0x1b, 0x03, 0x00, 0x00}),
        htmlResponse("https://f.example/2", page("Fine", "Still read.")));

    List<ReadResult> results = read("brotli.warc", warc);

    assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("Brotli"));
    assertThat(article(results.get(1)).text()).isEqualTo("Still read.");
  }

  @Test
  void honoursTheCharsetTheHttpHeaderDeclares() throws Exception {
    byte[] latin1 = page("Caf\u00e9", "Le caf\u00e9 ouvre \u00e0 midi.").getBytes(Charset.forName("ISO-8859-1"));
    byte[] warc = response("https://g.example/", "HTTP/1.1 200 OK\nContent-Type: text/html; charset=ISO-8859-1", latin1);

    assertThat(texts(read("latin.warc", warc))).containsExactly("Le caf\u00e9 ouvre \u00e0 midi.");
  }

  @Test
  void aTextResourceBecomesAPlainTextArticleButTheCrawlersOwnNotesDoNot() throws Exception {
    byte[] warc = concat(warcinfo(),
        record("resource", "file:///notes/harbour.txt", "text/plain; charset=utf-8",
            bytes("Harbour works\n\nThe harbour works finished early this year.\n")),
        record("resource", "https://h.example/page", "text/html", bytes(page("Stored", "A stored page."))),
        record("resource", "https://h.example/logo.png", "image/png", new byte[] {1, 2, 3}),
        record("resource", "<metadata://crawler.example/arguments.txt>", "text/plain", bytes("\"-r\" \"-l\" \"2\"\n")));

    List<ReadResult> results = read("resources.warc", warc);

    assertThat(results).hasSize(2);
    Article text = article(results.get(0));
    assertThat(text.title()).isEqualTo("Harbour works");
    assertThat(text.text()).isEqualTo("Harbour works\n\nThe harbour works finished early this year.\n");
    assertThat(text.url()).isEqualTo("file:///notes/harbour.txt");
    assertThat(text.source()).isEqualTo("resources.warc");
    assertThat(article(results.get(1)).text()).isEqualTo("A stored page.");
  }

  @Test
  void aPageWithNoTextIsReportedByItsRecord() throws Exception {
    byte[] warc = htmlResponse("https://i.example/app", "<html><body><script>start()</script></body></html>");

    assertThat(read("shell.warc", warc)).singleElement().isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("shell.warc#1");
      assertThat(f.problem()).contains("no article text");
    });
  }

  @Test
  void anArchiveWithNoPagesReportsThatThereIsNothingToAnalyse() throws Exception {
    byte[] warc = gzipMembers(warcinfo(), request("https://j.example/"));

    assertThat(read("nothing.warc.gz", warc)).singleElement().isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("nothing.warc.gz");
      assertThat(f.problem()).isEqualTo("holds no HTML or text pages; there is nothing to analyse");
    });
  }

  @Test
  void anEmptyFileAndAFileThatIsNotWarcAreReported() throws Exception {
    assertThat(read("empty.warc", new byte[0])).singleElement().isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("is empty"));
    assertThat(read("story.warc", bytes("Just a story, not an archive.\n"))).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
          assertThat(f.input()).endsWith("story.warc");
          assertThat(f.problem()).contains("not a WARC file");
        });
  }

  @Test
  void readsLazilyOneRecordAtATime() {
    byte[] first = htmlResponse("https://k.example/1", page("First", "Needed first."));
    AtomicBoolean touched = new AtomicBoolean();
    InputStream rest = new InputStream() {
      @Override
      public int read() throws IOException {
        touched.set(true);
        throw new IOException("read too far");
      }
    };
    Input input = new Input("big.warc", null, () -> new SequenceInputStream(new ByteArrayInputStream(first), rest));

    try (Stream<ReadResult> results = reader.read(input)) {
      assertThat(article(results.findFirst().orElseThrow()).text()).isEqualTo("Needed first.");
    }
    assertThat(touched).isFalse();
  }

  @Test
  void aWarcGzFileIsRoutedToTheWarcReaderByItsName() throws Exception {
    Path file = dir.resolve("Crawl.WARC.GZ");
    Files.write(file, gzipMembers(warcinfo(), htmlResponse("https://l.example/", page("Routed", "Found by its name."))));

    List<ReadResult> results;
    try (Stream<ReadResult> stream = Readers.standard().read(List.of(file.toString()), ReadOptions.DEFAULTS)) {
      results = stream.toList();
    }

    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.input()).endsWith("Crawl.WARC.GZ#2");
      assertThat(article(r).url()).isEqualTo("https://l.example/");
    });
  }

  @Test
  void aWarcWithoutExtensionOrOnStandardInputIsRecognisedByItsContent() throws Exception {
    byte[] warc = gzipMembers(htmlResponse("https://m.example/", page("Sniffed", "Known by its first bytes.")));
    Files.write(dir.resolve("crawl"), warc);
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(warc));

    try (Stream<ReadResult> fromFile = readers.read(List.of(dir.resolve("crawl").toString()), ReadOptions.DEFAULTS);
        Stream<ReadResult> fromStdin = readers.read(List.of(Readers.STDIN), ReadOptions.DEFAULTS)) {
      assertThat(texts(fromFile.toList())).containsExactly("Known by its first bytes.");
      assertThat(texts(fromStdin.toList())).containsExactly("Known by its first bytes.");
    }
  }
}
