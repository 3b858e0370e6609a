package org.basira.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.basira.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

  @TempDir
  Path dir;

  private List<ReadResult> read(Readers readers, ReadOptions options, String... paths) {
    try (Stream<ReadResult> results = readers.read(List.of(paths), options)) {
      return results.toList();
    }
  }

  private List<ReadResult> read(String... paths) {
    return read(Readers.standard(), ReadOptions.DEFAULTS, paths);
  }

  @Test
  void readsAFolderRecursivelyInNameOrderByExtensionSkippingHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("a.txt"), "Alpha.");
    Files.writeString(dir.resolve("b/deeper/c.md"), "Gamma.");
    Files.writeString(dir.resolve("b/b.html"), "<p>Beta.</p>");
    Files.writeString(dir.resolve("b/d.jsonl"), "{\"text\":\"Delta.\"}\n{\"text\":\"Epsilon.\"}");
    Files.writeString(dir.resolve("notes.docx"), "not read");
    Files.writeString(dir.resolve(".hidden.txt"), "Hidden.");
    Files.writeString(dir.resolve(".git/HEAD.txt"), "Hidden too.");

    List<ReadResult> results = read(dir.toString());

    assertThat(results).allMatch(r -> r instanceof ReadResult.Success)
        .extracting(r -> ((ReadResult.Success) r).article().text())
        .containsExactly("Alpha.", "Beta.", "Delta.", "Epsilon.", "Gamma.");
  }

  @Test
  void aPdfWithNoPdfReaderWiredInIsOneFailureThatSaysSo() throws Exception {
    Files.writeString(dir.resolve("report.pdf"), "%PDF-1.7");
    Files.writeString(dir.resolve("ok.txt"), "Fine.");

    List<ReadResult> results = read(dir.toString());

    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("does not read"));
    assertThat(results.get(0)).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void reportsAMissingPathAndGoesOnWithTheNextOne() throws Exception {
    Files.writeString(dir.resolve("ok.txt"), "Fine.");

    List<ReadResult> results = read(dir.resolve("missing.txt").toString(), dir.resolve("ok.txt").toString());

    assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
      assertThat(f.input()).endsWith("missing.txt");
      assertThat(f.problem()).contains("does not exist");
    });
    assertThat(results.get(1)).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void namesTheSupportedTypesForAnUnsupportedFile() throws Exception {
    Files.writeString(dir.resolve("report.docx"), "x");

    assertThat(read(dir.resolve("report.docx").toString())).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class,
            f -> assertThat(f.problem()).contains(".txt").contains(".jsonl").contains("--format"));
  }

  @Test
  void reportsAnEmptyFolder() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    assertThat(read(dir.resolve("empty").toString())).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem()).contains("no files Basira reads"));
  }

  @Test
  void readsStandardInputRecognisingItsFormat() {
    Readers json = Readers.standard(() -> new ByteArrayInputStream("{\"text\":\"From a pipe.\"}\n".getBytes(StandardCharsets.UTF_8)));
    Readers html = Readers.standard(() -> new ByteArrayInputStream("<html><p>Page.</p>".getBytes(StandardCharsets.UTF_8)));
    Readers text = Readers.standard(() -> new ByteArrayInputStream("Plain words.".getBytes(StandardCharsets.UTF_8)));

    assertThat(((ReadResult.Success) read(json, ReadOptions.DEFAULTS, "-").get(0)).article().text()).isEqualTo("From a pipe.");
    assertThat(((ReadResult.Success) read(html, ReadOptions.DEFAULTS, "-").get(0)).article().text()).isEqualTo("Page.");
    ReadResult.Success plain = (ReadResult.Success) read(text, ReadOptions.DEFAULTS, "-").get(0);
    assertThat(plain.article().text()).isEqualTo("Plain words.");
    assertThat(plain.article().source()).isEqualTo("stdin");
  }

  @Test
  void aForcedFormatWinsOverTheExtension() throws Exception {
    Files.writeString(dir.resolve("page.txt"), "<p>Tagged <b>text</b></p>");

    ReadResult.Success result = (ReadResult.Success) read(Readers.standard(),
        new ReadOptions(Format.HTML, null, null, null), dir.resolve("page.txt").toString()).get(0);

    assertThat(result.article().text()).isEqualTo("Tagged text");
  }

  @Test
  void commandLineTitleSourceAndDateApplyAndADateInTheInputWins() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Body.");
    Files.writeString(dir.resolve("b.jsonl"), "{\"text\":\"Dated.\",\"published\":\"2020-01-02\"}");
    ReadOptions options = new ReadOptions(null, "Given title", "Given source", PartialDate.parse("2021-10"));

    ReadResult.Success a = (ReadResult.Success) read(Readers.standard(), options, dir.resolve("a.txt").toString()).get(0);
    ReadResult.Success b = (ReadResult.Success) read(Readers.standard(), options, dir.resolve("b.jsonl").toString()).get(0);

    assertThat(a.article().title()).isEqualTo("Given title");
    assertThat(a.article().source()).isEqualTo("Given source");
    assertThat(a.article().published()).hasToString("2021-10");
    assertThat(b.article().published()).hasToString("2020-01-02");
  }

  @Test
  void sniffsTheFormatOfAFileWithoutExtension() throws Exception {
    Files.writeString(dir.resolve("feed"), "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");

    assertThat(read(dir.resolve("feed").toString())).hasSize(2);
  }

  private static ReadResult served(byte[] body, String mediaType, String charset) {
    Input input = Input.at("news.example", "https://news.example/a", () -> new ByteArrayInputStream(body));
    try (Stream<ReadResult> results = Readers.standard().readServed(input, mediaType, charset)) {
      return results.findFirst().orElseThrow();
    }
  }

  @Test
  void aServedPageIsReadByItsMediaTypeWithTheServersCharsetWinningOverTheMetaTag() {
    byte[] latin1 = "<html><head><meta charset=\"utf-8\"><title>Caf\u00e9</title></head><body><p>Talks in the caf\u00e9 resumed.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    ReadResult html = served(latin1, "text/html", "ISO-8859-1");
    assertThat(html).isInstanceOfSatisfying(ReadResult.Success.class,
        s -> assertThat(s.article().text()).isEqualTo("Talks in the caf\u00e9 resumed."));
    ReadResult text = served("Talks resumed.".getBytes(StandardCharsets.UTF_8), "text/plain", null);
    assertThat(text).isInstanceOfSatisfying(ReadResult.Success.class,
        s -> assertThat(s.article().text()).isEqualTo("Talks resumed."));
    ReadResult untyped = served("<html><body><p>Talks resumed.</p></body></html>".getBytes(StandardCharsets.UTF_8), "", null);
    assertThat(untyped).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void aServedImageIsAFailureThatNamesItsType() {
    assertThat(served(new byte[] {1, 2, 3}, "image/png", null)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("is served as image/png").contains("HTML, PDF and plain text"));
  }
}
