package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.basira.model.Analysis;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Column;
import org.basira.tables.Table;
import org.basira.tables.TablesManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentsTest {

  @TempDir
  Path folder;

  private static Analysis event(String sourceId, String source, String verb, String target, String date) {
    return ArchiveFixtures.event(sourceId, source, verb, target, date);
  }

  private Path tables(String name, Analysis... analyses) {
    return ArchiveFixtures.tables(folder.resolve(name), analyses);
  }

  @Test
  void tablesAreWrittenOnlyIntoANewOrEmptyFolder() throws Exception {
    Path used = Files.createDirectories(folder.resolve("used"));
    Files.writeString(used.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> TablesFolder.create(used)).isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("is not empty");
    assertThat(used.resolve("notes.txt")).hasContent("mine");
    Path written = tables("written", event("group.a", "Rebels", "shelled", "Washington", "2021-03"));
    assertThat(Attachments.check(written).articles()).isEqualTo(1);
  }

  @Test
  void theStoreKeepsEveryTableInTheLayoutTheSparkJobWrites() throws Exception {
    Workspace.open(folder).close();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(Workspace.DATABASE));
         Statement st = db.createStatement()) {
      for (Table table : AnalysisTables.ALL) {
        List<Column> stored = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE " + table.name())) {
          while (rs.next()) {
            stored.add(new Column(rs.getString("column_name"), typeOf(rs.getString("column_type"))));
          }
        }
        assertThat(stored).as(table.name()).isEqualTo(table.columns());
      }
    }
  }

  private static org.basira.tables.ColumnType typeOf(String sql) {
    for (var type : org.basira.tables.ColumnType.values()) {
      if (type.sql().equals(sql)) {
        return type;
      }
    }
    throw new AssertionError("a column type the layouts do not know: " + sql);
  }

  @Test
  void attachedTablesAreReadInPlaceByEveryQueryBesideTheStoredOnes() throws Exception {
    Path archive = tables("archive",
        event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08"),
        event("group.kataib-hizbollah", "Kataib Hizbollah", "shelled", "the US", "2021-10"));
    Path workspaceFolder = folder.resolve("workspace");
    try (Workspace workspace = Workspace.open(workspaceFolder)) {
      workspace.put(event("group.asaib", "Asaib Ahl al-Haq", "ambushed", "the US", "2022-01"));
      List<Long> progress = new ArrayList<>();
      Attachment attached = workspace.attach(archive, progress::add);
      assertThat(attached.articles()).isEqualTo(2);
      assertThat(progress).last().isEqualTo(2L);
    }
    try (Workspace workspace = Workspace.openForReading(workspaceFolder)) {
      assertThat(workspace.articles()).isEqualTo(3);
      assertThat(workspace.timeline(TimelineQuery.all(10))).extracting(TimelineEntry::trigger)
          .containsExactly("attacked", "shelled", "ambushed");
      assertThat(workspace.actors(10)).anySatisfy(actor -> {
        assertThat(actor.names()).contains("Kataib Hezbollah", "Kataib Hizbollah");
        assertThat(actor.articles()).isEqualTo(2);
      });
      assertThat(workspace.search("shelled", 10).total()).isEqualTo(1);
      assertThat(workspace.overview().events()).isEqualTo(3);
      assertThat(workspace.attachments()).singleElement()
          .satisfies(a -> assertThat(a.folder()).isEqualTo(archive.toAbsolutePath()))
          .satisfies(a -> assertThat(a.present()).isTrue());
      assertThat(workspace.articleIds()).as("only stored articles are analysed again").hasSize(1);
    }
    try (Workspace workspace = Workspace.open(workspaceFolder)) {
      assertThat(workspace.search("shelled", 10).total())
          .as("opening to write brings the search index in line, attached articles included").isEqualTo(1);
    }
  }

  @Test
  void anArticleAttachedAlreadyIsNotStoredAgainNorRewritten() throws Exception {
    Analysis attachedOne = event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08");
    Path archive = tables("archive", attachedOne);
    try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
      workspace.attach(archive, n -> { });
      assertThat(workspace.put(attachedOne)).isEqualTo(Stored.UNCHANGED);
      assertThat(workspace.putAgain(attachedOne)).isEqualTo(Stored.UNCHANGED);
      assertThat(workspace.articles()).isEqualTo(1);
      assertThat(workspace.timeline(TimelineQuery.all(10))).hasSize(1);
    }
  }

  @Test
  void anUnfinishedRepeatedOrOverlappingFolderIsRefusedWithTheReason() throws Exception {
    Analysis shared = event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08");
    Path archive = tables("archive", shared);
    Path unfinished = tables("unfinished", event("group.asaib", "Asaib Ahl al-Haq", "ambushed", "the US", "2022-01"));
    Files.delete(unfinished.resolve(TablesManifest.FILE_NAME));
    Path overlapping = tables("overlapping", shared);
    try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
      assertThatThrownBy(() -> workspace.attach(folder.resolve("nowhere"), n -> { }))
          .hasMessageContaining("does not exist");
      assertThatThrownBy(() -> workspace.attach(unfinished, n -> { }))
          .hasMessageContaining("not a finished set of Basira tables");
      workspace.attach(archive, n -> { });
      assertThatThrownBy(() -> workspace.attach(archive, n -> { })).hasMessageContaining("attached already");
      assertThatThrownBy(() -> workspace.attach(overlapping, n -> { }))
          .hasMessageContaining("1 articles in").hasMessageContaining("count twice");
      assertThat(workspace.articles()).isEqualTo(1);
      assertThat(workspace.attachments()).hasSize(1);
    }
  }

  @Test
  void detachingStopsReadingTheFolderAndLeavesItAsItWas() throws Exception {
    Path archive = tables("archive", event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08"));
    long files;
    try (var walk = Files.walk(archive)) {
      files = walk.count();
    }
    try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
      workspace.attach(archive, n -> { });
      assertThat(workspace.detach(archive)).isTrue();
      assertThat(workspace.detach(archive)).isFalse();
      assertThat(workspace.articles()).isZero();
      assertThat(workspace.search("attacked", 10).total()).isZero();
      assertThat(workspace.actors(10)).isEmpty();
    }
    try (var walk = Files.walk(archive)) {
      assertThat(walk.count()).isEqualTo(files);
    }
  }

  @Test
  void aFolderThatWentMissingIsLeftOutAndListedAsMissing() throws Exception {
    Path archive = tables("archive", event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08"));
    Path workspaceFolder = folder.resolve("workspace");
    try (Workspace workspace = Workspace.open(workspaceFolder)) {
      workspace.put(event("group.asaib", "Asaib Ahl al-Haq", "ambushed", "the US", "2022-01"));
      workspace.attach(archive, n -> { });
    }
    Files.move(archive, folder.resolve("moved"));
    try (Workspace workspace = Workspace.openForReading(workspaceFolder)) {
      assertThat(workspace.articles()).isEqualTo(1);
      assertThat(workspace.attachments()).singleElement().satisfies(a -> assertThat(a.present()).isFalse());
    }
  }
}
