package org.basira.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the job refuses before it loads any model: these run in seconds. */
class ArchiveJobTest {

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[1]").appName("basira-test").config("spark.ui.enabled", "false")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private JobSettings settings(List<String> inputs, Path output) {
    return new JobSettings(inputs, output.toString(), null, null, null, null, 0, 1000);
  }

  @Test
  void anOutputFolderThatHoldsSomethingIsNeverWrittenInto() throws Exception {
    Path output = Files.createDirectories(dir.resolve("tables"));
    Files.writeString(output.resolve("keep.txt"), "an analyst's notes");
    Files.writeString(dir.resolve("a.txt"), "The council met on Monday.");
    assertThatThrownBy(() -> new ArchiveJob(spark).run(settings(List.of(dir.resolve("a.txt").toString()), output)))
        .isInstanceOf(JobException.class).hasMessageContaining("is not empty").hasMessageContaining("new folder");
    assertThat(Files.readString(output.resolve("keep.txt"))).isEqualTo("an analyst's notes");
  }

  @Test
  void inputsThatAllDoNotExistStopTheRunWithTheirNames() {
    assertThatThrownBy(() -> new ArchiveJob(spark).run(settings(List.of(dir.resolve("nowhere").toString()),
        dir.resolve("tables"))))
        .isInstanceOf(JobException.class).hasMessageContaining("nowhere").hasMessageContaining("check the paths");
  }

  @Test
  void aCasebookThatDoesNotParseStopsTheRunBeforeAnyAnalysis() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "The council met on Monday.");
    JobSettings settings = new JobSettings(List.of(dir.resolve("a.txt").toString()), dir.resolve("tables").toString(),
        null, null, "id: [unclosed".getBytes(java.nio.charset.StandardCharsets.UTF_8), "broken.yaml", 0, 1000);
    assertThatThrownBy(() -> new ArchiveJob(spark).run(settings)).hasMessageContaining("broken.yaml");
  }
}
