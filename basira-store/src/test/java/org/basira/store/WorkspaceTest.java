package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

  @TempDir
  Path folder;

  private static Analysis analysis(String source, String text, String... actorNames) {
    Article article = Article.of(text, "Title of " + source, source, null, PartialDate.parse("2024-03"), "en");
    List<Actor> actors = Stream.of(actorNames).map(name -> {
      int at = text.indexOf(name);
      return new Actor("grp." + name.toLowerCase(), name, ActorType.ARMED_GROUP, null,
          List.of(new Mention(at, at + name.length(), name)));
    }).toList();
    return new Analysis(article, actors, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aStoredArticleIsFoundByAnotherFormOfItsWordsWithTheWordsMarked() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(analysis("a.txt", "Rebels attacked the convoy near the river.", "Rebels"));
      workspace.put(analysis("b.txt", "Talks resumed in the capital.", "Talks"));
      SearchResult result = workspace.search("attacks", 10);
      assertThat(result.total()).isEqualTo(1);
      assertThat(result.hits()).singleElement().satisfies(hit -> {
        assertThat(hit.source()).isEqualTo("a.txt");
        assertThat(hit.snippet()).contains("«attacked»");
        assertThat(hit.published()).isEqualTo("2024-03");
      });
      assertThat(result.facets().get("source")).extracting(SearchResult.FacetCount::value).containsExactly("a.txt");
      assertThat(result.facets().get("actor")).extracting(SearchResult.FacetCount::value).containsExactly("Rebels");
      assertThat(result.facets().get("month")).extracting(SearchResult.FacetCount::value).containsExactly("2024-03");
    }
  }

  @Test
  void theSameTextTwiceChangesNothingAndAChangedTextReplacesTheOld() {
    try (Workspace workspace = Workspace.open(folder)) {
      assertThat(workspace.put(analysis("a.txt", "Militias shelled the airport."))).isEqualTo(Stored.NEW);
      assertThat(workspace.put(analysis("a.txt", "Militias shelled the airport."))).isEqualTo(Stored.UNCHANGED);
      assertThat(workspace.put(analysis("a.txt", "Militias shelled the harbour."))).isEqualTo(Stored.UPDATED);
      assertThat(workspace.articles()).isEqualTo(1);
      assertThat(workspace.search("airport", 10).total()).isZero();
      assertThat(workspace.search("harbour", 10).total()).isEqualTo(1);
    }
  }

  private static Analysis page(String site, String url, String text) {
    Article article = Article.of(text, null, site, url, null, "en");
    return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void pagesOfOneSiteAreKeptApartByTheirAddressAndAnEditedPageReplacesItself() {
    try (Workspace workspace = Workspace.open(folder)) {
      assertThat(workspace.put(page("Border Desk", "https://news.example/1", "Militias shelled the airport.")))
          .isEqualTo(Stored.NEW);
      assertThat(workspace.put(page("Border Desk", "https://news.example/2", "Talks resumed in the capital.")))
          .as("same site, another page").isEqualTo(Stored.NEW);
      assertThat(workspace.put(page("Border Desk", "https://news.example/1", "Militias shelled the harbour.")))
          .as("the first page, edited").isEqualTo(Stored.UPDATED);
      assertThat(workspace.put(analysis("Border Desk", "A file whose source is the site's name.")))
          .as("a file never replaces a page").isEqualTo(Stored.NEW);
      assertThat(workspace.articles()).isEqualTo(3);
      assertThat(workspace.containsUrl("https://news.example/1")).isTrue();
      assertThat(workspace.containsUrl("https://news.example/3")).isFalse();
      assertThat(workspace.search("harbour", 10).total()).isEqualTo(1);
      assertThat(workspace.search("airport", 10).total()).isZero();
    }
  }

  @Test
  void whatWasStoredIsThereAfterReopeningAndALostIndexIsRebuilt() throws Exception {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(analysis("a.txt", "Drones struck the base at dawn."));
    }
    try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Workspace workspace = Workspace.open(folder)) {
      assertThat(workspace.articles()).isEqualTo(1);
      assertThat(workspace.search("drones", 10).total()).isEqualTo(1);
    }
    try (Workspace reading = Workspace.openForReading(folder)) {
      assertThat(reading.search("dawn", 10).hits()).hasSize(1);
    }
  }

  @Test
  void actorsAreCountedAcrossArticlesWithEveryNameTheyHave() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(analysis("a.txt", "Hamas fired rockets.", "Hamas"));
      workspace.put(analysis("b.txt", "Hamas agreed to a truce with Fatah.", "Hamas", "Fatah"));
      List<ActorSummary> actors = workspace.actors(10);
      assertThat(actors).extracting(ActorSummary::name).containsExactly("Hamas", "Fatah");
      assertThat(actors.get(0).articles()).isEqualTo(2);
      assertThat(actors.get(0).mentions()).isEqualTo(2);
      assertThat(actors.get(0).names()).containsExactly("Hamas");
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageThatSaysWhy() {
    try (Workspace first = Workspace.open(folder)) {
      assertThatThrownBy(() -> Workspace.open(folder).close())
          .isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("in use by another Basira process");
    }
  }

  @Test
  void aWorkspaceFromANewerBasiraIsRefusedAndAMissingOneIsNamed() throws Exception {
    Workspace.open(folder).close();
    try (var db = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("basira.duckdb"))) {
      db.createStatement().execute("INSERT INTO schema_version VALUES (" + (Schema.CURRENT + 1) + ")");
    }
    assertThatThrownBy(() -> Workspace.open(folder)).hasMessageContaining("newer Basira");
    assertThatThrownBy(() -> Workspace.openForReading(folder.resolve("nowhere")))
        .hasMessageContaining("there is no workspace in").hasMessageContaining("basira ingest");
  }

  @Test
  void aQueryThatCannotBeParsedSaysHowToWriteIt() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(analysis("a.txt", "Talks resumed."));
      assertThatThrownBy(() -> workspace.search("talks AND (", 10)).isInstanceOf(WorkspaceException.class)
          .hasMessageContaining("is not valid");
    }
  }
}
