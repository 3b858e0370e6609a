package org.basira.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the memory of this process for one phase of a benchmark at a time: the peak of the Java
 * heap, and the resident set size (RSS) from {@code /proc}, which also counts what lives outside the
 * heap. Figures that cannot be read are -1.
 */
final class MemoryGauge {

  /** Memory of one phase, in bytes; -1 where unknown. */
  record Memory(long peakHeapBytes, long rssBytes, long peakRssBytes) {
  }

  private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
      .toList();
  private final Path status;
  private final Path clearRefs;
  private String peakRssProblem;

  MemoryGauge() {
    this(Path.of("/proc/self/status"), Path.of("/proc/self/clear_refs"));
  }

  MemoryGauge(Path status, Path clearRefs) {
    this.status = status;
    this.clearRefs = clearRefs;
  }

  /**
   * Starts a phase from live data alone: a full collection, then the peaks reset. Returns the heap
   * in use after the collection, which is what the process holds on to (models, caches).
   */
  long startPhase() {
    System.gc();
    long live = heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    resetPeakRss();
    return live;
  }

  /** The phase so far. The heap peak sums each pool's own peak, an upper bound on the heap's peak. */
  Memory read() {
    long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Memory(peakHeap, statusBytes("VmRSS:"), statusBytes("VmHWM:"));
  }

  /** Why the peak RSS could not be reset between phases (then it is the peak since the process began), or null. */
  String peakRssProblem() {
    return peakRssProblem;
  }

  /** Writing 5 to clear_refs resets the kernel's peak RSS (Linux 4.0 and later). */
  private void resetPeakRss() {
    if (peakRssProblem != null) {
      return;
    }
    try {
      Files.writeString(clearRefs, "5");
    } catch (IOException | SecurityException e) {
      peakRssProblem = "writing 5 to " + clearRefs + " failed (" + e.getMessage() + ")";
    }
  }

  private long statusBytes(String field) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
        }
      }
    } catch (IOException | SecurityException | NumberFormatException e) {
      return -1; // Not Linux, or /proc hidden: RSS is reported as unknown.
    }
    return -1;
  }
}
