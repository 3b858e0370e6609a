package org.basira.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.basira.app.ExitCodes;
import org.basira.app.UserError;
import org.basira.app.bench.BenchSubjects.Subject;
import org.basira.app.bench.BenchSubjects.Work;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code basira bench}: how fast and how big the full extraction is, beside plain CoreNLP on the same
 * texts in the same run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures the full extraction and, on the same texts in the same run, a plain",
      "CoreNLP pipeline (tokenize,ssplit,pos,lemma,ner,depparse, default settings):",
      "model load time; articles, sentences and tokens per second, in total and per",
      "thread, on 1 to N threads; scaling with threads; peak heap and process RSS;",
      "and the ratio basira/plain. Each thread count gets a warm-up pass over all",
      "texts, then timed passes; rates are taken at the median pass. It loads both",
      "pipelines' models, so expect a few minutes."
    },
    footer = {
      "",
      "Without FILE it measures samples/ in the current folder, and ../shared/seeds",
      "when that folder exists.",
      "",
      "Exit codes: 0 all fine, 1 some inputs failed (the rest were measured),",
      "2 usage error.",
      "",
      "Examples:",
      "  basira bench",
      "  basira bench --threads 2 --runs 1",
      "  basira bench archive.jsonl --json > bench.json",
      "  BASIRA_HEAP=8g basira bench --threads 8 articles/"
    })
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Files or folders to measure, as for 'basira extract'. Default: samples/ and ../shared/seeds.")
  List<String> files = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Measure on 1, 2, ... up to N threads (default: ${DEFAULT-VALUE}, the processors).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--runs", paramLabel = "N", description = "Timed passes per thread count (default: ${DEFAULT-VALUE}).")
  int runs = 3;

  @Option(names = "--json", negatable = false, description = "Print one JSON object instead of the table.")
  boolean json;

  private final Readers readers;
  private final BenchSubjects subjects;

  /** The command, reading with {@code readers} and measuring the pipelines {@code subjects} loads. */
  public BenchCommand(Readers readers, BenchSubjects subjects) {
    this.readers = readers;
    this.subjects = subjects;
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw usage("--threads must be at least 1");
    }
    if (runs < 1) {
      throw usage("--runs must be at least 1");
    }
    List<String> sources = files.isEmpty() ? defaultSources() : files;
    PrintWriter err = spec.commandLine().getErr();
    List<ReadResult.Success> articles = new ArrayList<>();
    int failed = 0;
    try (Stream<ReadResult> read = readers.read(sources, ReadOptions.DEFAULTS)) {
      for (ReadResult r : (Iterable<ReadResult>) read::iterator) {
        if (r instanceof ReadResult.Success s) {
          articles.add(s);
        } else if (r instanceof ReadResult.Failure f) {
          err.println("basira bench: " + f.input() + " " + f.problem() + "; left out.");
          failed++;
        }
      }
    }
    if (articles.isEmpty()) {
      throw new UserError("no input gave an article to measure (see above); name files Basira reads.",
          ExitCodes.SOME_FAILED);
    }

    MemoryGauge gauge = new MemoryGauge();
    PipelineFigures basira = measure("basira", subjects::loadBasira, articles, gauge, err);
    PipelineFigures plain = measure("plain", subjects::loadPlain, articles, gauge, err);
    // Tokens are a property of the texts: take the count from whichever pipeline exposes them.
    long tokens = Stream.of(plain, basira).map(p -> p.oneThread().tokens())
        .filter(n -> n != Work.UNCOUNTED).findFirst().orElse(Work.UNCOUNTED);
    basira = basira.withThroughputs(t -> t.withTokens(tokens));
    plain = plain.withThroughputs(t -> t.withTokens(tokens));

    long characters = articles.stream().mapToLong(s -> s.article().text().length()).sum();
    BenchReport report = new BenchReport(Machine.current(),
        new BenchReport.Workload(sources, articles.size(), failed, characters, tokens), runs, basira, plain,
        gauge.peakRssProblem());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report.json(mapper)));
    } else {
      out.print(report.table());
    }
    out.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /** The bundled samples, run from the Basira folder, and the shared seed articles beside it when present. */
  /** samples/ and, where it exists, ../shared/seeds: what bench measures when no file is named. */
  static List<String> defaultSources() {
    Path samples = Path.of("samples");
    if (!Files.isDirectory(samples)) {
      throw new UserError("there is no samples/ folder here to measure; name the articles to measure or run bench "
          + "from the Basira folder. See 'basira bench --help'.", ExitCodes.USAGE);
    }
    List<String> sources = new ArrayList<>(List.of(samples.toString()));
    Path seeds = Path.of("..", "shared", "seeds");
    if (Files.isDirectory(seeds)) {
      sources.add(seeds.toString());
    }
    return sources;
  }

  /**
   * Loads one pipeline and measures it on 1 to N threads. The pipeline is referenced only here, so
   * its models can be collected once this returns, before the next pipeline loads.
   */
  private PipelineFigures measure(String name, Supplier<Subject> load, List<ReadResult.Success> articles,
      MemoryGauge gauge, PrintWriter err) {
    progress(err, name + ": loading the models");
    gauge.startPhase();
    long start = System.nanoTime();
    Subject subject = load.get();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    MemoryGauge.Memory loading = gauge.read();

    List<PipelineFigures.Step> steps = new ArrayList<>();
    long heldAfterLoad = -1;
    for (int t = 1; t <= threads; t++) {
      long live = gauge.startPhase();
      if (t == 1) {
        heldAfterLoad = live;
      }
      progress(err, String.format("%s: %d %s, 1 warm-up and %d timed %s", name, t, t == 1 ? "thread" : "threads",
          runs, runs == 1 ? "pass" : "passes"));
      Throughput throughput = timePasses(name, subject, articles, t);
      steps.add(new PipelineFigures.Step(throughput, gauge.read()));
    }
    return new PipelineFigures(name, loadSeconds, loading, heldAfterLoad, steps,
        PipelineFigures.percentByStage(subject.timeByStage()));
  }

  private Throughput timePasses(String name, Subject subject, List<ReadResult.Success> articles, int t) {
    ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
      Thread thread = new Thread(r, "basira-bench");
      thread.setDaemon(true);
      return thread;
    });
    try {
      pass(name, subject, articles, pool); // Warm-up: JIT, caches and lazy model parts, on these threads.
      List<Double> seconds = new ArrayList<>();
      Work work = Work.NONE;
      for (int run = 0; run < runs; run++) {
        long start = System.nanoTime();
        work = pass(name, subject, articles, pool);
        seconds.add((System.nanoTime() - start) / 1e9);
      }
      return new Throughput(t, seconds, articles.size(), work.sentences(), work.tokens());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One pass over all texts, articles running concurrently on the pool's threads. */
  private static Work pass(String name, Subject subject, List<ReadResult.Success> articles, ExecutorService pool) {
    List<Future<Work>> running = new ArrayList<>();
    for (ReadResult.Success article : articles) {
      running.add(pool.submit(() -> subject.process(article.article())));
    }
    Work total = Work.NONE;
    for (int i = 0; i < running.size(); i++) {
      try {
        total = total.plus(running.get(i).get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while measuring", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        String why = cause instanceof OutOfMemoryError ? "the Java heap is too small; raise it with BASIRA_HEAP=8g"
            : cause.getMessage();
        throw new UserError("the " + name + " pipeline could not analyse " + articles.get(i).input() + " (" + why
            + "); leave that input out and run bench again.", ExitCodes.SOME_FAILED);
      }
    }
    return total;
  }

  private static void progress(PrintWriter err, String what) {
    err.println("basira bench: " + what + "...");
    err.flush();
  }

  private UserError usage(String sentence) {
    return new UserError(sentence + ". See 'basira bench --help'.", ExitCodes.USAGE);
  }
}
