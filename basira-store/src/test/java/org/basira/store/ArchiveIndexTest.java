package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.basira.model.Analysis;
import org.basira.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveIndexTest {

  @TempDir
  Path folder;

  private Path archive(Analysis... analyses) {
    return ArchiveFixtures.tables(folder.resolve("archive"), analyses);
  }

  /**
   * A workspace of two stored articles (one with an emoji before its sentences, whose offsets DuckDB
   * counts otherwise) and an attached folder of three.
   */
  private Path workspace() {
    Path archive = archive(
        ArchiveFixtures.event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08"),
        ArchiveFixtures.event("group.kataib-hizbollah", "Kataib Hizbollah", "shelled", "the US", "2021-10"),
        ArchiveFixtures.claimAndEvent("Intro of 2023.", "2023-05-02", "2023-05"));
    Path workspace = folder.resolve("workspace");
    try (Workspace store = Workspace.open(workspace)) {
      store.put(ArchiveFixtures.event("group.asaib", "Asaib Ahl al-Haq", "ambushed", "the US", "2022-01"));
      store.put(ArchiveFixtures.claimAndEvent("Intro \uD83D\uDE42 of 2023.", "2023-06-01", "2023-06"));
      store.attach(archive, n -> { });
    }
    return workspace;
  }

  private static Connection connect(Path workspace) throws Exception {
    Connection db = DriverManager.getConnection("jdbc:duckdb:" + workspace.resolve(Workspace.DATABASE));
    Attachments.createViews(db, Opening.storedTables(db));
    return db;
  }

  @Test
  void theIndexAnswersTheTimelineTheClaimsAndTheBoardAsTheTablesDo() throws Exception {
    Path workspace = workspace();
    try (Connection db = connect(workspace)) {
      assertThat(new ArchiveIndex(Opening.storedTables(db)).current(db)).as("closing left it current").isTrue();
      CanonicalActors canonical = new CanonicalActors(id -> false);
      PartialDate year = PartialDate.ofYear(2023);
      List<TimelineQuery> timelines = List.of(TimelineQuery.all(10), TimelineQuery.all(2),
          TimelineQuery.all(10).withSideless(true), new TimelineQuery("Kataib Hezbollah", List.of(), List.of(), null,
              null, 10), new TimelineQuery(null, List.of("ASSAULT"), List.of("REPORTED"), year, year, 10),
          new TimelineQuery("the army", List.of("ASSAULT"), List.of(), year, null, 1));
      for (TimelineQuery query : timelines) {
        List<TimelineEntry> indexed = Timeline.page(db, canonical, query, true);
        assertThat(indexed).as(query.toString()).isNotEmpty().isEqualTo(Timeline.page(db, canonical, query, false));
      }
      assertThat(Timeline.page(db, canonical, TimelineQuery.all(10), true)).extracting(TimelineEntry::sentence)
          .contains("Kataib Hezbollah attacked the US.", "The Front attacked the army.");
      for (ClaimQuery query : List.of(new ClaimQuery(null, null, 10), new ClaimQuery("Karim", "Ruritanian", 1))) {
        assertThat(Claims.page(db, canonical, query, true)).as(query.toString()).isNotEmpty()
            .isEqualTo(Claims.page(db, canonical, query, false));
      }
      assertThat(ScenarioEvidence.board(db, ScenarioBoardStoreTest.CASE, true))
          .isEqualTo(ScenarioEvidence.board(db, ScenarioBoardStoreTest.CASE, false))
          .satisfies(board -> assertThat(board.evidence()).as("two claims and an indicator").hasSize(3));
    }
  }

  @Test
  void storingAnArticleLeavesTheIndexStaleUntilAQueryOrClosingRebuildsIt() throws Exception {
    Path workspace = workspace();
    try (Workspace store = Workspace.open(workspace)) {
      store.put(ArchiveFixtures.event("group.saraya", "Saraya Awliya al-Dam", "struck", "the US", "2024-02"));
      assertThat(store.timeline(TimelineQuery.all(10))).extracting(TimelineEntry::trigger).last().isEqualTo("struck");
      store.put(ArchiveFixtures.event("group.nujaba", "Harakat al-Nujaba", "fired on", "the US", "2024-03"));
    }
    try (Connection db = connect(workspace)) {
      assertThat(new ArchiveIndex(Opening.storedTables(db)).current(db)).isTrue();
    }
    try (Workspace store = Workspace.openForReading(workspace)) {
      assertThat(store.timeline(TimelineQuery.all(10))).extracting(TimelineEntry::trigger).last().isEqualTo("fired on");
    }
  }

  @Test
  void anAttachedFolderWrittenAgainIsSeenAndTheIndexRebuiltWhenTheWorkspaceIsOpened() throws Exception {
    Path workspace = workspace();
    Path archive = folder.resolve("archive");
    try (Stream<Path> files = Files.walk(archive)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    archive(ArchiveFixtures.event("group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "the US", "2021-08"),
        ArchiveFixtures.event("group.badr", "Badr Organisation", "raided", "the US", "2021-09"));
    try (Connection db = connect(workspace)) {
      ArchiveIndex index = new ArchiveIndex(Opening.storedTables(db));
      assertThat(index.current(db)).isFalse();
      assertThat(index.ready(db, false)).as("a reader cannot rebuild it and reads the tables").isFalse();
    }
    try (Workspace store = Workspace.openForReading(workspace)) {
      assertThat(store.timeline(TimelineQuery.all(10))).extracting(TimelineEntry::trigger)
          .containsExactly("attacked", "raided", "ambushed", "attacked");
    }
    try (Connection db = connect(workspace)) {
      assertThat(new ArchiveIndex(Opening.storedTables(db)).current(db)).as("opening rebuilt it").isTrue();
    }
  }

  @Test
  void detachingRebuildsTheIndexWithoutTheFolder() throws Exception {
    Path workspace = workspace();
    try (Workspace store = Workspace.open(workspace)) {
      store.detach(folder.resolve("archive"));
      assertThat(store.timeline(TimelineQuery.all(10))).extracting(TimelineEntry::trigger)
          .containsExactly("ambushed", "attacked");
    }
  }
}
