package org.basira.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.basira.analysis.AnalysisException;
import org.basira.analysis.Analyzer;
import org.basira.model.Analysis;
import org.basira.read.ReadResult;

/**
 * Analyses a stream of read articles on N threads and hands the outcomes on in input order, so
 * output is the same whatever the thread count. At most 2N articles are in flight, so memory stays
 * bounded on archives of any size. One article's failure is an outcome, never an exception.
 */
final class Batch {

  /** What became of one input. */
  sealed interface Outcome {
    String input();
  }

  record Analysed(String input, Analysis analysis) implements Outcome {
  }

  record Failed(String input, String problem) implements Outcome {
    /** The failure as the one sentence commands print after "basira: ". */
    String sentence() {
      return input + " " + problem + (problem.endsWith(".") ? "" : ".");
    }
  }

  /** Longer inputs are refused unless the user raises the limit: they are data errors, not articles. */
  static final int DEFAULT_MAX_CHARS = 1_000_000;

  private final Analyzer analyzer;
  private final int threads;
  private final int maxChars;

  Batch(Analyzer analyzer, int threads, int maxChars) {
    this.analyzer = analyzer;
    this.threads = threads;
    this.maxChars = maxChars;
  }

  void run(Stream<ReadResult> articles, Consumer<Outcome> sink) {
    if (threads <= 1) {
      articles.forEachOrdered(r -> sink.accept(analyse(r)));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "basira-analysis");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
      articles.forEachOrdered(r -> {
        inFlight.addLast(r instanceof ReadResult.Failure
            ? CompletableFuture.completedFuture(analyse(r))
            : pool.submit(() -> analyse(r)));
        while (inFlight.size() >= 2 * threads) {
          sink.accept(await(inFlight.removeFirst()));
        }
      });
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome analyse(ReadResult read) {
    if (read instanceof ReadResult.Failure f) {
      return new Failed(f.input(), f.problem());
    }
    ReadResult.Success s = (ReadResult.Success) read;
    int length = s.article().text().length();
    if (length > maxChars) {
      return new Failed(s.input(), String.format(
          "is %,d characters long, more than the limit of %,d; split it, or raise the limit with --max-chars",
          length, maxChars));
    }
    try {
      return new Analysed(s.input(), analyzer.analyze(s.article()));
    } catch (AnalysisException e) {
      if (System.getenv("BASIRA_DEBUG") != null) {
        e.printStackTrace(); // the where, for developers; users get the one sentence below
      }
      return new Failed(s.input(), "could not be analysed: " + e.getMessage()
          + (System.getenv("BASIRA_DEBUG") == null ? "; rerun with BASIRA_DEBUG=1 for the stack trace and report it" : ""));
    } catch (OutOfMemoryError e) {
      return new Failed(s.input(), "needed more memory than the Java heap has; raise it with BASIRA_HEAP=8g");
    }
  }

  private static Outcome await(Future<Outcome> outcome) {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("an analysis thread failed", e.getCause());
    }
  }
}
