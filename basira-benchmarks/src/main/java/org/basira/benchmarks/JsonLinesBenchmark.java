package org.basira.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.basira.read.Input;
import org.basira.read.JsonLinesReader;
import org.basira.read.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading an archive of about 4 MB of JSON Lines, 1,000 articles of about 4 KB each, as
 * {@code basira extract archive.jsonl} does: line splitting, strict decoding, JSON parsing and
 * building each article with its id.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonLinesBenchmark {

  static final int ARTICLES = 1_000;

  private final JsonLinesReader reader = new JsonLinesReader();
  private byte[] archive;

  @Setup
  public void archive() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    String body = BenchText.ofBytes(4_000);
    for (int i = 0; i < ARTICLES; i++) {
      ObjectNode article = mapper.createObjectNode();
      article.put("title", "Rockets near the airport, report " + i);
      article.put("published", "2021-10-" + String.format("%02d", 1 + i % 28));
      article.put("source", "bench");
      article.put("text", "Report " + i + ". " + body); // Distinct texts, so distinct ids.
      lines.append(mapper.writeValueAsString(article)).append('\n');
    }
    archive = lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public void readAll(Blackhole sink) {
    Input input = new Input("archive.jsonl", null, () -> new ByteArrayInputStream(archive));
    int read = 0;
    try (Stream<ReadResult> results = reader.read(input)) {
      for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
        if (!(result instanceof ReadResult.Success)) {
          throw new IllegalStateException("a benchmark line did not read: " + result);
        }
        sink.consume(result);
        read++;
      }
    }
    if (read != ARTICLES) {
      throw new IllegalStateException("read " + read + " articles, expected " + ARTICLES);
    }
  }
}
