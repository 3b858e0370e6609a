package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.basira.json.AnalysisJson;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ExportTest {

  @TempDir
  Path folder;

  private Analysis analysis;

  @BeforeEach
  void store() {
    String text = "Rebels <b>& co</b> shelled Town, \"twice\".";
    Article article = Article.of(text, "A, \"quoted\" title", "a.txt", null, PartialDate.parse("2024-03-02"), "en");
    List<Actor> actors = List.of(
        new Actor("group.rebels", "Rebels <b>& co</b>", ActorType.ARMED_GROUP, null, List.of(new Mention(0, 17, text.substring(0, 17)))),
        new Actor("place.town", "Town", ActorType.PLACE, null, List.of(new Mention(26, 30, "Town"))));
    Event event = new Event(PloverCategory.ASSAULT, List.of("group.rebels"), List.of("place.town"), EventDate.UNKNOWN,
        EventPlace.UNKNOWN, new TextSpan("shelled", 18, 25), 0, EventStatus.REPORTED);
    analysis = new Analysis(article, actors, List.of(), List.of(event), List.of(), List.of());
    try (Workspace workspace = Workspace.open(folder.resolve("ws"))) {
      workspace.put(analysis);
    }
  }

  @Test
  void theJsonLinesExportIsWhatExtractWrote() throws Exception {
    StringWriter out = new StringWriter();
    try (Workspace workspace = Workspace.openForReading(folder.resolve("ws"))) {
      assertThat(workspace.exportAnalyses(out)).isEqualTo(1);
    }
    assertThat(new AnalysisJson().fromLine(out.toString().strip())).isEqualTo(analysis);
  }

  @Test
  void csvAndParquetExportsHoldEveryTableAndReadBack() throws Exception {
    try (Workspace workspace = Workspace.openForReading(folder.resolve("ws"))) {
      assertThat(workspace.exportTables(folder.resolve("csv"), "csv")).hasSize(TableFiles.TABLES.size());
      assertThat(workspace.exportTables(folder.resolve("parquet"), "parquet")).allSatisfy(f -> assertThat(f).exists());
      assertThatThrownBy(() -> workspace.exportTables(folder.resolve("csv"), "csv"))
          .hasMessageContaining("would overwrite");
    }
    assertThat(Files.readAllLines(folder.resolve("csv/articles.csv")).get(0)).startsWith("id,source,title");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
         ResultSet rs = db.createStatement().executeQuery("SELECT a.title, e.category FROM read_parquet('"
             + folder.resolve("parquet/articles.parquet") + "') a JOIN read_csv('" + folder.resolve("csv/events.csv")
             + "') e ON e.article_id = a.id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("A, \"quoted\" title");
      assertThat(rs.getString(2)).isEqualTo("ASSAULT");
    }
  }

  @Test
  void theGraphmlExportIsWellFormedWithActorsAsNodesAndEventsAsEdges() throws Exception {
    StringWriter out = new StringWriter();
    try (Workspace workspace = Workspace.openForReading(folder.resolve("ws"))) {
      workspace.exportNetwork(out);
    }
    Document graph = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(graph.getElementsByTagName("node").getLength()).isEqualTo(2);
    assertThat(graph.getElementsByTagName("edge").getLength()).isEqualTo(1);
    assertThat(out.toString()).contains("Rebels &lt;b&gt;&amp; co&lt;/b&gt;").contains("source=\"group.rebels\"");
  }
}
