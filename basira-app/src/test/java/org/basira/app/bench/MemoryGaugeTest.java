package org.basira.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory figures, with stand-ins for the files under /proc. */
class MemoryGaugeTest {

  @TempDir
  Path dir;

  @Test
  void readsTheResidentSetAndItsPeakFromProcStatus() throws Exception {
    Path status = Files.writeString(dir.resolve("status"), "Name:\tjava\nVmHWM:\t    4096 kB\nVmRSS:\t    2048 kB\n");
    MemoryGauge gauge = new MemoryGauge(status, dir.resolve("clear_refs"));

    gauge.startPhase();
    MemoryGauge.Memory memory = gauge.read();

    assertThat(memory.rssBytes()).isEqualTo(2048 * 1024);
    assertThat(memory.peakRssBytes()).isEqualTo(4096 * 1024);
    assertThat(memory.peakHeapBytes()).isPositive();
    assertThat(Files.readString(dir.resolve("clear_refs"))).isEqualTo("5");
    assertThat(gauge.peakRssProblem()).isNull();
  }

  @Test
  void saysWhyThePeakCouldNotBeResetAndLeavesUnknownFiguresOpen() {
    MemoryGauge gauge = new MemoryGauge(dir.resolve("no-status"), dir.resolve("missing").resolve("clear_refs"));

    gauge.startPhase();
    MemoryGauge.Memory memory = gauge.read();

    assertThat(gauge.peakRssProblem()).startsWith("writing 5 to " + dir.resolve("missing").resolve("clear_refs"));
    assertThat(memory.rssBytes()).isEqualTo(-1);
    assertThat(memory.peakRssBytes()).isEqualTo(-1);
  }
}
