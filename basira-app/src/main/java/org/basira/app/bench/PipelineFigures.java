package org.basira.app.bench;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What bench measured of one pipeline: its model load, its throughput and memory at each thread
 * count from 1 up, and where its time went by stage.
 *
 * @param heldAfterLoadBytes heap in use after loading and a full collection: the models and caches
 * @param steps one per thread count, 1 first
 * @param percentByStage share of the pipeline's time per stage, in stage order; empty for plain
 */
record PipelineFigures(String name, double loadSeconds, MemoryGauge.Memory loading, long heldAfterLoadBytes,
    List<Step> steps, Map<String, Double> percentByStage) {

  /** Throughput and memory at one thread count. */
  record Step(Throughput throughput, MemoryGauge.Memory memory) {
  }

  PipelineFigures {
    steps = List.copyOf(steps);
    percentByStage = Collections.unmodifiableMap(new LinkedHashMap<>(percentByStage));
  }

  Throughput oneThread() {
    return steps.get(0).throughput();
  }

  /** The same figures with every throughput changed, to fill in the token count. */
  PipelineFigures withThroughputs(UnaryOperator<Throughput> change) {
    List<Step> changed = steps.stream().map(s -> new Step(change.apply(s.throughput()), s.memory())).toList();
    return new PipelineFigures(name, loadSeconds, loading, heldAfterLoadBytes, changed, percentByStage);
  }

  /** Each stage's share of the total time, in percent, in stage order; all zero when no time was spent. */
  static Map<String, Double> percentByStage(Map<String, Duration> timeByStage) {
    long total = timeByStage.values().stream().mapToLong(Duration::toNanos).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    timeByStage.forEach((stage, time) -> shares.put(stage, total == 0 ? 0.0 : 100.0 * time.toNanos() / total));
    return shares;
  }
}
