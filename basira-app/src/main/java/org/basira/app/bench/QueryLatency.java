package org.basira.app.bench;

import java.util.ArrayList;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.casebook.Casebook;
import org.basira.model.PartialDate;
import org.basira.store.ActorSummary;
import org.basira.store.ClaimQuery;
import org.basira.store.TimelineEntry;
import org.basira.store.TimelineQuery;
import org.basira.store.Workspace;

/**
 * Query latency of a workspace, over queries drawn from the workspace itself: searches for common
 * words and its most covered actors; timelines of everything, of each top actor, category and
 * month, and of an actor within a category and a year together; each top actor's claims; and,
 * given a casebook, the scenario board. Each query runs once to warm up, then {@code runs} times.
 */
final class QueryLatency {

  /** The kinds of query measured, in the order they are reported. */
  static final List<String> KINDS = List.of("search", "timeline", "claims", "board");

  private final int runs;

  QueryLatency(int runs) {
    this.runs = runs;
  }

  /**
   * Figures: {@code events}, and per kind {@code KIND_queries}, {@code KIND_p50_ms}, {@code KIND_p99_ms}
   * and {@code KIND_first_ms}, the slowest of the warm-up runs.
   */
  Map<String, Object> measure(Workspace store, Casebook casebook) {
    Map<String, Object> figures = new LinkedHashMap<>();
    List<ActorSummary> top = store.actors(10);
    List<TimelineEntry> sample = store.timeline(TimelineQuery.all(100_000));
    Set<String> categories = new LinkedHashSet<>();
    Set<PartialDate> months = new LinkedHashSet<>();
    for (TimelineEntry e : sample) {
      categories.add(e.category());
      if (e.start() != null) {
        months.add(new PartialDate(e.start().getYear(), e.start().getMonthValue(), null));
      }
    }
    List<String> words = new ArrayList<>(List.of("attack", "withdrawal", "ceasefire", "negotiations", "militia",
        "\"security forces\"", "drone strike"));
    top.forEach(a -> words.add("\"" + a.name() + "\""));
    List<Runnable> searches = words.stream().<Runnable>map(w -> () -> store.search(w, 10)).toList();
    List<Runnable> timelines = new ArrayList<>();
    timelines.add(() -> store.timeline(TimelineQuery.all(200)));
    top.forEach(a -> timelines.add(() -> store.timeline(new TimelineQuery(a.name(), List.of(), List.of(), null, null,
        200))));
    categories.forEach(c -> timelines.add(() -> store.timeline(new TimelineQuery(null, List.of(c), List.of(), null,
        null, 200))));
    months.stream().limit(12).forEach(m -> timelines.add(() -> store.timeline(new TimelineQuery(null, List.of(),
        List.of(), m, m, 200))));
    if (!categories.isEmpty() && !months.isEmpty()) {
      String category = categories.iterator().next();
      PartialDate year = PartialDate.ofYear(months.iterator().next().year());
      top.stream().limit(5).forEach(a -> timelines.add(() -> store.timeline(new TimelineQuery(a.name(),
          List.of(category), List.of(), year, year, 200))));
    }
    List<Runnable> claims = top.stream().<Runnable>map(a -> () -> store.claims(new ClaimQuery(a.name(), null, 100)))
        .toList();
    List<Runnable> boards = casebook == null ? List.of() : List.of(() -> store.board(casebook));
    figures.put("events", sample.size());
    latency(figures, "search", searches);
    latency(figures, "timeline", timelines);
    latency(figures, "claims", claims);
    latency(figures, "board", boards);
    return figures;
  }

  /**
   * Runs each query once to warm up, then {@code runs} times, and notes p50 and p99 in milliseconds,
   * and the slowest warm-up run.
   */
  private void latency(Map<String, Object> figures, String kind, List<Runnable> queries) {
    figures.put(kind + "_queries", queries.size());
    if (queries.isEmpty()) {
      return; // nothing of this kind to ask: a workspace without actors has no claims by them
    }
    // The warm-up runs are the first views after opening: a page opened once sees these, and the
    // board, kept once built while nothing changes, is built in them.
    double first = 0;
    for (Runnable q : queries) {
      long s = System.nanoTime();
      q.run();
      first = Math.max(first, (System.nanoTime() - s) / 1e6);
    }
    figures.put(kind + "_first_ms", first);
    double[] millis = new double[queries.size() * runs];
    int i = 0;
    for (int r = 0; r < runs; r++) {
      for (Runnable q : queries) {
        long s = System.nanoTime();
        q.run();
        millis[i++] = (System.nanoTime() - s) / 1e6;
      }
    }
    Arrays.sort(millis);
    figures.put(kind + "_p50_ms", percentile(millis, 50));
    figures.put(kind + "_p99_ms", percentile(millis, 99));
  }

  /** Prints each kind's p50 and p99, one line each, as the bench commands show them. */
  static void print(PrintWriter out, Map<String, Object> figures, int runs) {
    for (String kind : KINDS) {
      if (!figures.containsKey(kind + "_p50_ms")) {
        out.printf(Locale.ROOT, "  %-9s no queries of this kind: the workspace has nothing to ask about%n", kind);
        continue;
      }
      out.printf(Locale.ROOT, "  %-9s p50 %7.2f ms   p99 %7.2f ms   first view %8.2f ms   (%d queries x %d runs)%n",
          kind, figures.get(kind + "_p50_ms"), figures.get(kind + "_p99_ms"), figures.get(kind + "_first_ms"),
          figures.get(kind + "_queries"), runs);
    }
  }

  /** The nearest-rank percentile of sorted values: the value at rank ceil(p/100 * n), counting from 1. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
  }
}
