package org.basira.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.basira.analysis.Outcome;
import org.basira.app.Analyzers;
import org.basira.app.Batch;
import org.basira.app.Casebooks;
import org.basira.app.ExitCodes;
import org.basira.app.UserError;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code basira bench workspace}: ingest throughput, query latency and size on disk of a workspace
 * built from many variants of the given articles.
 */
@Command(
    name = "workspace",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Builds a fresh workspace from --articles variants of the given articles (each variant's text, source",
      "and date differ, so each is a new article), as 'basira ingest' would on N threads, and measures:",
      "ingest throughput (with analysis, and the store's share alone); search, timeline and claims latency",
      "at that size, p50 and p99 over repeated queries drawn from the workspace's own actors and dates;",
      "and the workspace's size on disk. Expect minutes: every variant is analysed."
    },
    footer = {"", "Examples:", "  basira bench workspace --articles 1000 --threads 2",
      "  basira bench workspace samples/ --articles 200 --json"})
public final class WorkspaceBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles to vary. Default: samples/ and ../shared/seeds.")
  List<String> files = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "N", description = "How many articles to ingest (default: ${DEFAULT-VALUE}).")
  int articles = 1000;

  @Option(names = "--threads", paramLabel = "N", description = "Analyse on N threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--runs", paramLabel = "N", description = "Times each query is repeated (default: ${DEFAULT-VALUE}).")
  int runs = 20;

  @Option(names = "--keep", paramLabel = "DIR", description = "Build the workspace in DIR (a new folder) and keep it.")
  Path keep;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  private final Readers readers;
  private final Analyzers analyzers;
  private final Casebooks casebooks;
  private final Supplier<Gazetteer> gazetteer;

  /** The command over the app's readers, analyzers, casebooks and built-in gazetteer. */
  public WorkspaceBenchCommand(Readers readers, Analyzers analyzers, Casebooks casebooks, Supplier<Gazetteer> gazetteer) {
    this.casebooks = casebooks;
    this.readers = readers;
    this.analyzers = analyzers;
    this.gazetteer = gazetteer;
  }

  @Override
  public Integer call() throws Exception {
    if (articles < 1 || threads < 1 || runs < 1) {
      throw new UserError("--articles, --threads and --runs must each be at least 1. See 'basira bench workspace "
          + "--help'.", ExitCodes.USAGE);
    }
    if (keep != null && Files.exists(keep)) {
      throw new UserError(keep + " already exists; --keep needs a new folder.", ExitCodes.USAGE);
    }
    List<Article> originals = originals(files.isEmpty() ? BenchCommand.defaultSources() : files);
    PrintWriter err = spec.commandLine().getErr();
    Path folder = keep != null ? keep : Files.createTempDirectory("basira-bench-");
    Map<String, Object> figures = new LinkedHashMap<>();
    try {
      long loadStart = System.nanoTime();
      Batch batch = new Batch(analyzers.with(List.of(), casebooks.shipped()), threads, Batch.DEFAULT_MAX_CHARS);
      figures.put("model_load_seconds", seconds(System.nanoTime() - loadStart));
      Gazetteer curated = gazetteer.get();
      long[] storeNanos = {0};
      long[] chars = {0};
      int[] failed = {0};
      int[] done = {0};
      long start = System.nanoTime();
      try (Workspace store = Workspace.open(folder, id -> curated.entry(id).isPresent())) {
        Stream<ReadResult> variants = IntStream.range(0, articles)
            .mapToObj(i -> new ReadResult.Success("variant " + i, variant(originals.get(i % originals.size()),
                i / originals.size())));
        batch.run(variants, outcome -> {
          if (outcome instanceof Outcome.Analysed a) {
            long s = System.nanoTime();
            store.put(a.analysis());
            storeNanos[0] += System.nanoTime() - s;
            chars[0] += a.analysis().article().text().length();
          } else {
            failed[0]++;
          }
          if (++done[0] % Math.max(1, articles / 10) == 0) {
            err.printf("basira bench: %d of %d articles ingested%n", done[0], articles);
            err.flush();
          }
        });
        store.commit();
      }
      double ingestSeconds = seconds(System.nanoTime() - start);
      figures.put("articles", articles - failed[0]);
      figures.put("failed", failed[0]);
      figures.put("threads", threads);
      figures.put("ingest_seconds", ingestSeconds);
      figures.put("ingest_articles_per_second", (articles - failed[0]) / ingestSeconds);
      figures.put("ingest_chars_per_second", chars[0] / ingestSeconds);
      figures.put("store_ms_per_article", storeNanos[0] / 1e6 / Math.max(1, articles - failed[0]));
      figures.putAll(queries(folder));
      figures.put("disk_bytes_total", size(folder));
      figures.put("disk_bytes_database", size(folder.resolve("basira.duckdb")) + size(folder.resolve("basira.duckdb.wal")));
      figures.put("disk_bytes_index", size(folder.resolve("index")));
    } finally {
      if (keep == null) {
        delete(folder);
      }
    }
    report(figures);
    return failed(figures) == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static int failed(Map<String, Object> figures) {
    return (Integer) figures.get("failed");
  }

  private List<Article> originals(List<String> sources) {
    List<Article> read = new ArrayList<>();
    try (Stream<ReadResult> results = readers.read(sources, ReadOptions.DEFAULTS)) {
      results.forEach(r -> {
        if (r instanceof ReadResult.Success s) {
          read.add(s.article());
        }
      });
    }
    if (read.isEmpty()) {
      throw new UserError("no input gave an article to vary; name files Basira reads.", ExitCodes.USAGE);
    }
    return read;
  }

  /**
   * Copy {@code k} of an article: a closing line that names the copy, so its text and id differ;
   * its source marked with the copy; and its date moved on by {@code k} months, so the timeline
   * spreads as an archive's would.
   */
  static Article variant(Article original, int k) {
    if (k == 0) {
      return original;
    }
    PartialDate published = original.published();
    if (published != null) {
      java.time.YearMonth month = java.time.YearMonth.of(published.year(), published.month()).plusMonths(k % 36);
      published = new PartialDate(month.getYear(), month.getMonthValue(),
          published.hasDay() ? Math.min(published.day(), month.lengthOfMonth()) : null);
    }
    return Article.of(original.text() + "\n\nArchive copy " + k + ".", original.title(), original.source() + "#" + k,
        original.url(), published, original.language());
  }

  /** Query latencies at this size, over queries drawn from the workspace itself. */
  private Map<String, Object> queries(Path folder) {
    Map<String, Object> figures = new LinkedHashMap<>();
    long openStart = System.nanoTime();
    try (Workspace store = Workspace.openForReading(folder)) {
      figures.put("open_for_reading_ms", (System.nanoTime() - openStart) / 1e6);
      figures.putAll(new QueryLatency(runs).measure(store, casebooks.shipped()));
    }
    return figures;
  }

  private void report(Map<String, Object> figures) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode node = new ObjectMapper().valueToTree(figures);
      out.println(node.toString());
    } else {
      out.printf(Locale.ROOT, "workspace of %d articles (%d events), ingested on %d thread%s%n", figures.get("articles"),
          figures.get("events"), threads, threads == 1 ? "" : "s");
      out.printf(Locale.ROOT, "  model load            %8.1f s%n", figures.get("model_load_seconds"));
      out.printf(Locale.ROOT, "  ingest                %8.1f s   %.2f articles/s   %.0f chars/s%n",
          figures.get("ingest_seconds"), figures.get("ingest_articles_per_second"), figures.get("ingest_chars_per_second"));
      out.printf(Locale.ROOT, "  store's share         %8.2f ms per article%n", figures.get("store_ms_per_article"));
      out.printf(Locale.ROOT, "  open for reading      %8.1f ms%n", figures.get("open_for_reading_ms"));
      QueryLatency.print(out, figures, runs);
      out.printf(Locale.ROOT, "  on disk               %8.1f MB   (database %.1f MB, index %.1f MB)%n",
          mb(figures.get("disk_bytes_total")), mb(figures.get("disk_bytes_database")), mb(figures.get("disk_bytes_index")));
    }
    out.flush();
  }

  private static double mb(Object bytes) {
    return ((Long) bytes) / 1e6;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static long size(Path path) throws IOException {
    if (!Files.exists(path)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(path)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
