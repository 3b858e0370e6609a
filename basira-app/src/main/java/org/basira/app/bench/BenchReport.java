package org.basira.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The outcome of {@code basira bench}: Basira's pipeline and plain CoreNLP on the same texts in the
 * same process, side by side with their ratio, as a table for people or one JSON object.
 *
 * @param peakRssProblem why peak RSS could not be reset between phases, or null
 */
record BenchReport(Machine machine, Workload workload, int timedPasses, PipelineFigures basira,
    PipelineFigures plain, String peakRssProblem) {

  /**
   * The texts measured.
   *
   * @param failed inputs that could not be read and were left out
   * @param tokens CoreNLP tokens in one pass over the texts, or {@link BenchSubjects.Work#UNCOUNTED}
   */
  record Workload(List<String> sources, int articles, int failed, long characters, long tokens) {

    Workload {
      sources = List.copyOf(sources);
    }
  }

  private static final double MB = 1024.0 * 1024.0;
  private static final String ROW = "%-34s%12s%12s%14s%n";

  String table() {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "basira bench: %,d %s (%,d characters%s) from %s%n", workload.articles(),
        workload.articles() == 1 ? "article" : "articles", workload.characters(),
        workload.tokens() < 0 ? "" : String.format(Locale.ROOT, ", %,d tokens", workload.tokens()),
        String.join(", ", workload.sources())));
    t.append(String.format(Locale.ROOT, "1 warm-up and %d timed %s per thread count; rates at the median pass%n",
        timedPasses, timedPasses == 1 ? "pass" : "passes"));
    t.append(String.format(Locale.ROOT, "machine: %s, %d cores, max heap %,.0f MB, Java %s, %s%n%n",
        machine.cpu() == null ? "CPU unknown" : machine.cpu(), machine.cores(), machine.maxHeapBytes() / MB,
        machine.java(), machine.os()));

    t.append(String.format(Locale.ROOT, ROW, "", basira.name(), plain.name(), basira.name() + "/" + plain.name()));
    row(t, "model load (s)", basira.loadSeconds(), plain.loadSeconds(), "%.2f");
    row(t, "heap held after load (MB)", mb(basira.heldAfterLoadBytes()), mb(plain.heldAfterLoadBytes()), "%,.0f");
    row(t, "peak heap while loading (MB)", mb(basira.loading().peakHeapBytes()),
        mb(plain.loading().peakHeapBytes()), "%,.0f");
    row(t, "peak RSS while loading (MB)", mb(basira.loading().peakRssBytes()),
        mb(plain.loading().peakRssBytes()), "%,.0f");
    for (int i = 0; i < basira.steps().size(); i++) {
      PipelineFigures.Step b = basira.steps().get(i);
      PipelineFigures.Step p = plain.steps().get(i);
      Throughput bt = b.throughput();
      Throughput pt = p.throughput();
      t.append(String.format(Locale.ROOT, "on %d %s%n", bt.threads(), bt.threads() == 1 ? "thread" : "threads"));
      row(t, "  median pass (s)", bt.medianSeconds(), pt.medianSeconds(), "%.2f");
      row(t, "  articles/s", bt.articlesPerSecond(), pt.articlesPerSecond(), "%.2f");
      row(t, "  sentences/s", bt.sentencesPerSecond(), pt.sentencesPerSecond(), "%,.1f");
      row(t, "  tokens/s", bt.tokensPerSecond(), pt.tokensPerSecond(), "%,.0f");
      row(t, "  sentences/s per thread", bt.sentencesPerSecondPerThread(), pt.sentencesPerSecondPerThread(), "%,.1f");
      row(t, "  tokens/s per thread", bt.tokensPerSecondPerThread(), pt.tokensPerSecondPerThread(), "%,.0f");
      row(t, "  scaling (x 1 thread)", bt.scalingOver(basira.oneThread()), pt.scalingOver(plain.oneThread()), "%.2f");
      row(t, "  peak heap (MB)", mb(b.memory().peakHeapBytes()), mb(p.memory().peakHeapBytes()), "%,.0f");
      row(t, "  peak RSS (MB)", mb(b.memory().peakRssBytes()), mb(p.memory().peakRssBytes()), "%,.0f");
    }
    List<PipelineFigures.Step> lastB = basira.steps();
    List<PipelineFigures.Step> lastP = plain.steps();
    row(t, "RSS at the end (MB)", mb(lastB.get(lastB.size() - 1).memory().rssBytes()),
        mb(lastP.get(lastP.size() - 1).memory().rssBytes()), "%,.0f");
    t.append('\n');
    if (!basira.percentByStage().isEmpty()) {
      t.append(basira.name()).append("'s time by stage, over all passes: ").append(basira.percentByStage().entrySet().stream()
          .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), e.getValue()))
          .collect(Collectors.joining(", "))).append('\n');
    }
    wrapped(t, "tokens: " + tokensNote() + ".");
    wrapped(t, "sentences: " + sentencesNote() + ".");
    wrapped(t, "memory: " + memoryNote() + ".");
    return t.toString();
  }

  ObjectNode json(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode m = root.putObject("machine");
    m.put("cores", machine.cores());
    m.put("max_heap_bytes", machine.maxHeapBytes());
    m.put("java", machine.java());
    m.put("os", machine.os());
    m.put("cpu", machine.cpu());

    ObjectNode in = root.putObject("inputs");
    workload.sources().forEach(in.putArray("sources")::add);
    in.put("articles", workload.articles());
    in.put("failed", workload.failed());
    in.put("characters", workload.characters());
    count(in, "tokens", workload.tokens());

    ObjectNode passes = root.putObject("passes");
    passes.put("warm_up", 1);
    passes.put("timed", timedPasses);
    passes.put("rates_at", "median pass");

    ObjectNode pipelines = root.putObject("pipelines");
    pipelines.set(basira.name(), pipelineJson(basira, mapper));
    pipelines.set(plain.name(), pipelineJson(plain, mapper));

    ObjectNode ratio = root.putObject("ratio");
    ratio.put("of", basira.name() + "/" + plain.name());
    number(ratio, "load_seconds", Throughput.ratio(basira.loadSeconds(), plain.loadSeconds()));
    number(ratio, "held_after_load_bytes", Throughput.ratio(basira.heldAfterLoadBytes(), plain.heldAfterLoadBytes()));
    ArrayNode byThreads = ratio.putArray("by_threads");
    for (int i = 0; i < basira.steps().size(); i++) {
      Throughput b = basira.steps().get(i).throughput();
      Throughput p = plain.steps().get(i).throughput();
      ObjectNode r = byThreads.addObject();
      r.put("threads", b.threads());
      // Same texts, so articles/s and tokens/s give the same ratio; sentences differ by splitting.
      number(r, "throughput", Throughput.ratio(b.articlesPerSecond(), p.articlesPerSecond()));
      number(r, "sentences_per_second", Throughput.ratio(b.sentencesPerSecond(), p.sentencesPerSecond()));
      number(r, "peak_heap_bytes", Throughput.ratio(basira.steps().get(i).memory().peakHeapBytes(),
          plain.steps().get(i).memory().peakHeapBytes()));
    }

    ObjectNode notes = root.putObject("notes");
    notes.put("tokens", tokensNote());
    notes.put("sentences", sentencesNote());
    notes.put("memory", memoryNote());
    return root;
  }

  private ObjectNode pipelineJson(PipelineFigures f, ObjectMapper mapper) {
    ObjectNode p = mapper.createObjectNode();
    number(p, "load_seconds", f.loadSeconds());
    count(p, "held_after_load_bytes", f.heldAfterLoadBytes());
    memoryJson(p.putObject("loading"), f.loading());
    p.put("sentences", f.oneThread().sentences());
    ArrayNode steps = p.putArray("by_threads");
    for (PipelineFigures.Step step : f.steps()) {
      Throughput t = step.throughput();
      ObjectNode s = steps.addObject();
      s.put("threads", t.threads());
      t.passSeconds().forEach(s.putArray("pass_seconds")::add);
      number(s, "median_seconds", t.medianSeconds());
      number(s, "articles_per_second", t.articlesPerSecond());
      number(s, "sentences_per_second", t.sentencesPerSecond());
      number(s, "tokens_per_second", t.tokensPerSecond());
      number(s, "sentences_per_second_per_thread", t.sentencesPerSecondPerThread());
      number(s, "tokens_per_second_per_thread", t.tokensPerSecondPerThread());
      number(s, "scaling", t.scalingOver(f.oneThread()));
      memoryJson(s.putObject("memory"), step.memory());
    }
    ObjectNode stages = p.putObject("percent_by_stage");
    f.percentByStage().forEach((stage, percent) -> number(stages, stage, percent));
    return p;
  }

  private static void memoryJson(ObjectNode node, MemoryGauge.Memory memory) {
    count(node, "peak_heap_bytes", memory.peakHeapBytes());
    count(node, "rss_bytes", memory.rssBytes());
    count(node, "peak_rss_bytes", memory.peakRssBytes());
  }

  String tokensNote() {
    if (workload.tokens() < 0) {
      return "no pipeline counted tokens, so there are no tokens/s figures";
    }
    return String.format(Locale.ROOT, "CoreNLP tokens of the texts as %s counts them, %,d a pass, used for both "
        + "pipelines so that tokens/s compare like for like (%s's analysis keeps sentences, not tokens)",
        plain.name(), workload.tokens(), basira.name());
  }

  String sentencesNote() {
    return String.format(Locale.ROOT, "as each pipeline splits them, %s %,d and %s %,d a pass; %s also ends a "
        + "sentence at a blank line, so a headline stands alone", basira.name(), basira.oneThread().sentences(),
        plain.name(), plain.oneThread().sentences(), basira.name());
  }

  String memoryNote() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format(Locale.ROOT, "both pipelines run in this one process, %s first; its models are "
        + "released (CoreNLP's annotator cache cleared, a full collection) before %s loads, but RSS for %s can "
        + "still hold memory the JVM kept from %s", basira.name(), plain.name(), plain.name(), basira.name()));
    parts.add("heap held is what stays in use after a full collection (models and caches); peak heap sums each "
        + "heap pool's peak, an upper bound that counts garbage not yet collected, so it grows with -Xmx");
    parts.add(peakRssProblem == null ? "peak RSS is reset at the start of each phase"
        : "peak RSS could not be reset between phases (" + peakRssProblem + "), so each is the peak since the "
            + "process started");
    return String.join("; ", parts);
  }

  private static void row(StringBuilder t, String label, double basira, double plain, String format) {
    t.append(String.format(Locale.ROOT, ROW, label, shown(basira, format), shown(plain, format),
        shown(Throughput.ratio(basira, plain), "%.2f")));
  }

  /** Long notes over several lines, indented under their label, so the table stays readable in a terminal. */
  private static void wrapped(StringBuilder t, String note) {
    int width = 100;
    int column = 0;
    for (String word : note.split(" ")) {
      if (column > 0 && column + 1 + word.length() > width) {
        t.append("\n  ");
        column = 2;
      } else if (column > 0) {
        t.append(' ');
        column++;
      }
      t.append(word);
      column += word.length();
    }
    t.append('\n');
  }

  private static String shown(double value, String format) {
    return Double.isNaN(value) || Double.isInfinite(value) ? "n/a" : String.format(Locale.ROOT, format, value);
  }

  private static double mb(long bytes) {
    return bytes < 0 ? Double.NaN : bytes / MB;
  }

  /** A count or size; -1 (unknown) is null. */
  private static void count(ObjectNode node, String field, long value) {
    if (value < 0) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  /** JSON has no NaN: an unknown figure is null. */
  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
