package org.basira.benchmarks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.basira.model.Article;
import org.basira.read.Input;
import org.basira.read.PlainTextReader;
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

/**
 * Reading a 1 MB UTF-8 text file as {@code basira extract} does: strict decoding, the article id
 * (SHA-256 of the text), the headline and language guesses. The id alone is measured beside it, to
 * show its share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlainTextBenchmark {

  private final PlainTextReader reader = new PlainTextReader();
  private byte[] bytes;
  private String text;

  @Setup
  public void text() {
    text = "Rockets near the airport\n\n" + BenchText.ofBytes(1 << 20);
    bytes = text.getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public ReadResult read() {
    Input input = new Input("article.txt", null, () -> new ByteArrayInputStream(bytes));
    try (Stream<ReadResult> results = reader.read(input)) {
      ReadResult result = results.findFirst().orElseThrow();
      if (!(result instanceof ReadResult.Success)) {
        throw new IllegalStateException("the benchmark text did not read: " + result);
      }
      return result;
    }
  }

  @Benchmark
  public String articleId() {
    return Article.idOf(text);
  }
}
