package org.basira.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.basira.app.CommandLines;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceBenchCommandTest {

  @TempDir
  Path dir;

  @Test
  void eachVariantIsANewArticleFromItsOwnSourceMonthsLater() {
    Article original = Article.of("Talks resumed.", "Talks", "a.txt", null, PartialDate.parse("2021-11-30"), "en");
    Article third = WorkspaceBenchCommand.variant(original, 3);
    assertThat(WorkspaceBenchCommand.variant(original, 0)).isEqualTo(original);
    assertThat(third.id()).isNotEqualTo(original.id()).isNotEqualTo(WorkspaceBenchCommand.variant(original, 4).id());
    assertThat(third.source()).isEqualTo("a.txt#3");
    assertThat(third.published()).isEqualTo(PartialDate.parse("2022-02-28"));
    assertThat(third.text()).startsWith("Talks resumed.");
  }

  @Test
  void theNearestRankPercentileIsAValueThatWasMeasured() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertThat(QueryLatency.percentile(sorted, 50)).isEqualTo(5);
    assertThat(QueryLatency.percentile(sorted, 99)).isEqualTo(10);
    assertThat(QueryLatency.percentile(new double[] {4}, 99)).isEqualTo(4);
  }

  @Test
  void theBenchIngestsTheVariantsAndReportsEveryFigure() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Rebels shelled the town.");
    Files.writeString(dir.resolve("b.txt"), "Talks resumed in the capital.");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    int code = CommandLines.of(readers, () -> Analysis::empty, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute("bench", "workspace", dir.toString(), "--articles", "7", "--runs", "2", "--threads", "1",
            "--keep", dir.resolve("ws").toString(), "--json");
    assertThat(code).as(err.toString()).isZero();
    JsonNode figures = new ObjectMapper().readTree(out.toString());
    assertThat(figures.get("articles").asInt()).isEqualTo(7);
    assertThat(figures.get("failed").asInt()).isZero();
    for (String figure : new String[] {"ingest_articles_per_second", "search_p50_ms", "search_p99_ms", "timeline_p99_ms",
        "disk_bytes_total"}) {
      assertThat(figures.get(figure).asDouble()).as(figure).isPositive();
    }
    assertThat(dir.resolve("ws/basira.duckdb")).exists();
  }
}
