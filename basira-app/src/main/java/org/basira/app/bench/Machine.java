package org.basira.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What a benchmark ran on, so that figures from different machines are not compared blindly.
 *
 * @param cpu the processor's model name, or null where /proc/cpuinfo cannot be read
 */
record Machine(int cores, long maxHeapBytes, String java, String os, String cpu) {

  static Machine current() {
    return new Machine(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
        Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), cpuModel(Path.of("/proc/cpuinfo")));
  }

  static String cpuModel(Path cpuinfo) {
    try (Stream<String> lines = Files.lines(cpuinfo)) {
      return lines.filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse(null);
    } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
      return null; // Not Linux: the CPU goes unnamed.
    }
  }
}
