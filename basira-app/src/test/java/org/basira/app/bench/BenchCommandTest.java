package org.basira.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.basira.app.CommandLines;
import org.basira.model.Analysis;
import org.basira.read.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command with stand-in pipelines, so that no models load and a run takes well under a second. */
class BenchCommandTest {

  @TempDir
  Path dir;

  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicInteger loads = new AtomicInteger();
  private StringWriter out;
  private StringWriter err;

  /** Stand-ins that take a little time per article and count sentences as full stops, tokens as words. */
  private final BenchSubjects subjects = new BenchSubjects() {
    @Override
    public Subject loadBasira() {
      loads.incrementAndGet();
      pause(30);
      return new Subject() {
        @Override
        public Work process(org.basira.model.Article article) {
          pause(2);
          return new Work(article.text().chars().filter(c -> c == '.').count(), Work.UNCOUNTED);
        }

        @Override
        public Map<String, Duration> timeByStage() {
          Map<String, Duration> times = new LinkedHashMap<>();
          times.put("linguistic", Duration.ofMillis(900));
          times.put("actors", Duration.ofMillis(100));
          return times;
        }
      };
    }

    @Override
    public Subject loadPlain() {
      loads.incrementAndGet();
      pause(10);
      return article -> {
        pause(3);
        return new Work(1, article.text().split("\\s+").length);
      };
    }
  };

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Rockets struck the base. Nobody was hurt.");
    Files.writeString(dir.resolve("b.txt"), "The talks resumed in Muscat on Tuesday.");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"One more article. It has two sentences.\"}\n");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    return CommandLines.of(readers, () -> Analysis::empty, subjects, new PrintWriter(out, true),
        new PrintWriter(err, true)).execute(args);
  }

  @Test
  void writesEveryFigureForBothPipelinesAsOneJsonObject() throws Exception {
    int code = run("bench", "--json", "--threads", "2", "--runs", "2", dir.toString());

    assertThat(code).isZero();
    assertThat(loads).hasValue(2);
    JsonNode report = mapper.readTree(out.toString());
    assertThat(report.fieldNames()).toIterable()
        .containsExactly("machine", "inputs", "passes", "pipelines", "ratio", "notes");
    assertThat(report.at("/machine/cores").asInt()).isPositive();
    assertThat(report.at("/inputs/articles").asInt()).isEqualTo(3);
    assertThat(report.at("/inputs/tokens").isIntegralNumber()).isTrue();
    assertThat(report.at("/inputs/tokens").asLong()).isEqualTo(7 + 7 + 7);

    JsonNode basira = report.at("/pipelines/basira");
    assertThat(basira.at("/load_seconds").asDouble()).isGreaterThanOrEqualTo(0.03);
    assertThat(basira.at("/sentences").asLong()).isEqualTo(5);
    assertThat(basira.at("/by_threads")).hasSize(2);
    JsonNode twoThreads = basira.at("/by_threads/1");
    assertThat(twoThreads.at("/threads").asInt()).isEqualTo(2);
    assertThat(twoThreads.at("/pass_seconds")).hasSize(2);
    for (String rate : new String[] {"median_seconds", "articles_per_second", "sentences_per_second",
        "tokens_per_second", "sentences_per_second_per_thread", "tokens_per_second_per_thread", "scaling"}) {
      assertThat(twoThreads.get(rate).asDouble()).as(rate).isPositive();
    }
    assertThat(twoThreads.at("/memory").fieldNames()).toIterable()
        .containsExactly("peak_heap_bytes", "rss_bytes", "peak_rss_bytes");
    assertThat(twoThreads.at("/memory/peak_heap_bytes").isIntegralNumber()).isTrue();
    assertThat(twoThreads.at("/memory/peak_heap_bytes").asLong()).isPositive();
    assertThat(basira.at("/by_threads/0/scaling").asDouble()).isEqualTo(1.0);
    assertThat(basira.at("/percent_by_stage/linguistic").asDouble()).isEqualTo(90.0);

    assertThat(report.at("/pipelines/plain/by_threads/0/tokens_per_second").asDouble()).isPositive();
    assertThat(report.at("/pipelines/plain/percent_by_stage")).isEmpty();
    assertThat(report.at("/ratio/by_threads/0/throughput").asDouble()).isPositive();
    assertThat(report.at("/ratio/load_seconds").asDouble()).isPositive();
    assertThat(report.at("/notes/tokens").asText()).contains("tokens");
  }

  @Test
  void printsBothPipelinesSideBySideWithTheirRatio() {
    int code = run("bench", "--threads", "1", "--runs", "1", dir.toString());

    assertThat(code).isZero();
    String table = out.toString();
    assertThat(table.lines().filter(l -> l.contains("basira/plain")).findFirst()).get().asString()
        .contains("basira", "plain");
    assertThat(table).contains("model load (s)", "on 1 thread", "tokens/s per thread", "peak RSS",
        "basira's time by stage, over all passes: linguistic 90.0%, actors 10.0%", "tokens: ", "memory: both pipelines run in this one process");
  }

  @Test
  void leavesOutAnInputItCannotReadAndMeasuresTheRest() throws Exception {
    int code = run("bench", "--json", "--threads", "1", "--runs", "1", dir.resolve("a.txt").toString(),
        dir.resolve("nope.txt").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("basira bench: " + dir.resolve("nope.txt") + " does not exist");
    assertThat(mapper.readTree(out.toString()).at("/inputs/articles").asInt()).isEqualTo(1);
  }

  @Test
  void asksForFilesWhenThereAreNoSamplesHere() {
    assumeFalse(Files.isDirectory(Path.of("samples")), "runs where the working folder has no samples/");

    int code = run("bench");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("basira bench: there is no samples/ folder here to measure; name the "
        + "articles to measure or run bench from the Basira folder. See 'basira bench --help'.");
    assertThat(loads).hasValue(0);
  }

  @Test
  void refusesZeroThreadsOrRuns() {
    assertThat(run("bench", "--threads", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--threads must be at least 1");
    assertThat(run("bench", "--runs", "0", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--runs must be at least 1");
    assertThat(loads).hasValue(0);
  }
}
