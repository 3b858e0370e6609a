package org.basira.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.basira.analysis.Outcome;
import org.basira.gazetteer.Gazetteer;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import org.basira.store.Stored;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basira ingest}: analyse articles and keep them in a workspace. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyses articles and stores them in a workspace folder: a DuckDB database and a Lucene index.",
      "Reads what 'basira extract' reads. The same text again is skipped without analysis; a changed",
      "text from the same source replaces the old one. A bad input is reported and skipped; the rest",
      "are stored. Each article is stored whole or not at all, so an interrupted run can simply be rerun.",
      "--again analyses every stored article once more from its stored text, with this run's casebook",
      "and actors: after a new casebook, or a Basira that finds more."
    },
    footer = {
      "",
      "Exit codes: 0 all fine, 1 some inputs failed, 2 usage error or the workspace cannot be used.",
      "",
      "Examples:",
      "  basira ingest samples/",
      "  basira ingest archive.jsonl --workspace ~/iraq-case --threads 2",
      "  basira ingest news/ --casebook my-case.yaml",
      "  basira ingest --again --casebook my-case.yaml"
    })
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to read, as for 'basira extract'.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--again", description = "Also analyse every article already stored again, from its stored text.")
  boolean again;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  private final Readers readers;
  private final Analyzers analyzers;
  private final Casebooks casebooks;
  private final Supplier<Gazetteer> gazetteer;

  IngestCommand(Readers readers, Analyzers analyzers, Casebooks casebooks, Supplier<Gazetteer> gazetteer) {
    this.readers = readers;
    this.analyzers = analyzers;
    this.casebooks = casebooks;
    this.gazetteer = gazetteer;
  }

  @Override
  public Integer call() {
    analysis.check("ingest");
    if (paths.isEmpty() && !again) {
      throw new UserError("give the files or folders to ingest, or --again to analyse the stored articles again. "
          + "See 'basira ingest --help'.", ExitCodes.USAGE);
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    // A bar needs the total: on a terminal the inputs are read once more to count them first.
    long total = 0;
    if (terminal) {
      try (Stream<ReadResult> counted = readers.read(paths, ReadOptions.DEFAULTS)) {
        total = counted.count();
      }
    }
    Progress progress = new Progress(err, terminal, total);
    List<String> failures = new ArrayList<>();
    int[] counts = new int[Stored.values().length];
    WorkspaceAnalysis setup = WorkspaceAnalysis.of(analysis, workspace.folder, analyzers, casebooks, gazetteer);
    Batch batch = setup.batch();
    try (Workspace store = setup.open(workspace.folder)) {
      List<String> stored = again ? store.articleIds() : List.of();
      try (Stream<ReadResult> read = readers.read(paths, ReadOptions.DEFAULTS)) {
        // The same text is known by its id before any analysis: skip it cheaply.
        Stream<ReadResult> fresh = read.filter(r -> {
          if (r instanceof ReadResult.Success s && store.contains(s.article().id())) {
            counts[Stored.UNCHANGED.ordinal()]++;
            progress.tick();
            return false;
          }
          return true;
        });
        batch.run(fresh, outcome -> {
          if (outcome instanceof Outcome.Analysed a) {
            counts[store.put(a.analysis()).ordinal()]++;
          } else if (outcome instanceof Outcome.Failed f) {
            failures.add(f.sentence());
          }
          progress.tick();
        });
      }
      if (again) {
        Stream<ReadResult> old = stored.stream().map(id -> store.article(id)
            .<ReadResult>map(a -> new ReadResult.Success("stored article " + id, a)).orElse(null))
            .filter(java.util.Objects::nonNull);
        batch.run(old, outcome -> {
          if (outcome instanceof Outcome.Analysed a) {
            counts[store.putAgain(a.analysis()).ordinal()]++;
          } else if (outcome instanceof Outcome.Failed f) {
            failures.add(f.sentence());
          }
          progress.tick();
        });
      }
      store.commit();
      progress.done();
      err.printf("basira: %s: %d new, %d updated, %d unchanged, %d failed; the workspace holds %d articles.%n",
          workspace.folder, counts[Stored.NEW.ordinal()], counts[Stored.UPDATED.ordinal()],
          counts[Stored.UNCHANGED.ordinal()], failures.size(), store.articles());
    }
    failures.forEach(f -> err.println("basira: failed: " + f));
    err.flush();
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  /**
   * Progress: on a terminal a bar that redraws itself, with the rate and the time left; elsewhere
   * (a log, CI) a plain line every hundred articles.
   */
  static final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintWriter err, boolean terminal, long total) {
      this.err = err;
      this.terminal = terminal;
      this.total = total;
    }

    synchronized void tick() {
      done++;
      if (terminal) {
        err.print("\r" + line(done, total, (System.nanoTime() - start) / 1e9));
        err.flush();
      } else if (done % 100 == 0) {
        err.println("basira: " + done + " articles read");
        err.flush();
      }
    }

    /** The bar for {@code done} of {@code total} articles after {@code seconds}. */
    static String line(int done, long total, double seconds) {
      double rate = seconds > 0 ? done / seconds : 0;
      if (total <= 0) {
        return String.format(Locale.ROOT, "basira: %d articles read, %.1f/s", done, rate);
      }
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      long left = rate > 0 ? Math.round((total - done) / rate) : -1;
      return String.format(Locale.ROOT, "basira: [%s%s] %d/%d articles, %.1f/s%s", "#".repeat(filled),
          "-".repeat(WIDTH - filled), done, total, rate,
          left < 0 || done >= total ? "          " : left >= 60 ? ", about " + (left + 59) / 60 + " min left  "
              : ", about " + left + " s left  ");
    }

    void done() {
      if (terminal && done > 0) {
        err.println();
      }
    }
  }
}
