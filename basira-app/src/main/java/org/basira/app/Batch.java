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
import org.basira.analysis.Analyzer;
import org.basira.analysis.ArticleAnalysis;
import org.basira.analysis.Outcome;
import org.basira.read.ReadResult;

/**
 * Analyses a stream of read articles on N threads and hands the outcomes on in input order, so
 * output is the same whatever the thread count. At most 2N articles are in flight, so memory stays
 * bounded on archives of any size. One article's failure is an outcome, never an exception.
 */
public final class Batch {

  /** Longer inputs are refused unless the user raises the limit: they are data errors, not articles. */
  public static final int DEFAULT_MAX_CHARS = ArticleAnalysis.DEFAULT_MAX_CHARS;

  private final ArticleAnalysis analysis;
  private final int threads;

  /** A batch that runs {@code analyzer} on {@code threads} threads, refusing texts over {@code maxChars}. */
  public Batch(Analyzer analyzer, int threads, int maxChars) {
    this.analysis = new ArticleAnalysis(analyzer, maxChars);
    this.threads = threads;
  }

  /** Analyses {@code articles} and hands each outcome to {@code sink}, in input order. */
  public void run(Stream<ReadResult> articles, Consumer<Outcome> sink) {
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
    return analysis.of(read);
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
