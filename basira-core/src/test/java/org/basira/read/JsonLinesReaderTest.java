package org.basira.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.basira.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

  @TempDir
  Path dir;

  private final JsonLinesReader reader = new JsonLinesReader();

  private List<ReadResult> read(byte[] bytes) throws Exception {
    Path file = dir.resolve("feed.jsonl");
    Files.write(file, bytes);
    try (Stream<ReadResult> results = reader.read(Input.of(file))) {
      return results.toList();
    }
  }

  private List<ReadResult> read(String content) throws Exception {
    return read(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEachLineAsOneArticleWithItsFields() throws Exception {
    List<ReadResult> results = read("""
        {"text":"First story.","title":"One","published":"2021-10-05T09:00:00Z","source":"Wire","url":"https://x.example/1","language":"en-US"}
        {"text":"Second story."}
        """);

    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Success);
    Article first = ((ReadResult.Success) results.get(0)).article();
    assertThat(first.text()).isEqualTo("First story.");
    assertThat(first.title()).isEqualTo("One");
    assertThat(first.published()).hasToString("2021-10-05");
    assertThat(first.source()).isEqualTo("Wire");
    assertThat(first.url()).isEqualTo("https://x.example/1");
    assertThat(first.language()).isEqualTo("en");
    Article second = ((ReadResult.Success) results.get(1)).article();
    assertThat(second.source()).isEqualTo("feed.jsonl");
    assertThat(second.published()).isNull();
    assertThat(results.get(1).input()).endsWith("feed.jsonl:2");
  }

  @Test
  void skipsAMalformedLineReportingItsNumberAndReadsTheRest() throws Exception {
    List<ReadResult> results = read("""
        {"text":"Good one."}
        {"text": "Broken, no closing brace"
        
        [1, 2]
        {"title":"no text"}
        {"text":"Bad date.","published":"last week"}
        {"text":"Good two."}
        """);

    assertThat(results).extracting(ReadResult::input)
        .allMatch(s -> s.contains("feed.jsonl:"))
        .extracting(s -> s.substring(s.lastIndexOf(':') + 1))
        .containsExactly("1", "2", "4", "5", "6", "7");
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("not valid JSON").contains("fix or remove the line"));
    assertThat(results.get(2)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("not a JSON object"));
    assertThat(results.get(3)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("no \"text\" field"));
    assertThat(results.get(4)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("'last week' that is not a date"));
    assertThat(results.get(5)).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void skipsALineThatIsNotUtf8AndKeepsTheOthers() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write("{\"text\":\"ok\"}\n{\"text\":\"caf".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9);
    bytes.write("\"}\n{\"text\":\"ok too\"}".getBytes(StandardCharsets.UTF_8));

    List<ReadResult> results = read(bytes.toByteArray());

    assertThat(results).hasSize(3);
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("not valid UTF-8"));
    assertThat(results.get(2)).isInstanceOf(ReadResult.Success.class);
  }

  @Test
  void acceptsAByteOrderMarkAndWindowsLineEnds() throws Exception {
    List<ReadResult> results = read("\uFEFF{\"text\":\"One.\"}\r\n{\"text\":\"Two.\"}\r\n");

    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Success);
  }

  @Test
  void reportsAnEmptyFile() throws Exception {
    assertThat(read("")).singleElement().isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("is empty"));
    assertThat(read("\n  \n")).singleElement().isInstanceOfSatisfying(ReadResult.Failure.class,
        f -> assertThat(f.problem()).contains("is empty"));
  }

  @Test
  void readsALineOfFiftyMegabytes() throws Exception {
    int size = 50 * 1024 * 1024;
    StringBuilder line = new StringBuilder(size + 64).append("{\"text\":\"");
    String chunk = "Rockets hit the base again. ";
    while (line.length() < size) {
      line.append(chunk);
    }
    line.append("\"}\n{\"text\":\"After the big one.\"}\n");

    List<ReadResult> results = read(line.toString());

    assertThat(results).hasSize(2).allMatch(r -> r instanceof ReadResult.Success);
    assertThat(((ReadResult.Success) results.get(0)).article().text().length()).isGreaterThan(50_000_000);
  }

  @Test
  void readsLazilySoAnArchiveNeedNotFitInMemory() throws Exception {
    Path file = dir.resolve("lazy.jsonl");
    Files.writeString(file, "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n");

    try (Stream<ReadResult> results = reader.read(Input.of(file))) {
      assertThat(results.findFirst()).get().isInstanceOf(ReadResult.Success.class);
    }
  }
}
