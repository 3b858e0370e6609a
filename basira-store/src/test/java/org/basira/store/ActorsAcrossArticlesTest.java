package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Set;
import org.basira.json.AnalysisJson;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.Speaker;
import org.basira.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorsAcrossArticlesTest {

  @TempDir
  Path folder;

  /** An article in which {@code speaker} (an id and a name) says {@code said}. */
  private static Analysis says(String source, String id, String name, ActorType type, String said) {
    String text = name + " said " + said + ".";
    Article article = Article.of(text, "On " + source, source, null, PartialDate.parse("2021-10-02"), "en");
    Actor actor = new Actor(id, name, type, "a researcher", List.of(new Mention(0, name.length(), name)));
    int at = text.indexOf(said);
    Attribution attribution = new Attribution(new Speaker(id, name, 0, name.length()),
        new TextSpan("said", name.length() + 1, name.length() + 5), new TextSpan(said, at, at + said.length()),
        AttributionKind.INDIRECT, 0);
    return new Analysis(article, List.of(actor), List.of(attribution), List.of(), List.of(), List.of());
  }

  @Test
  void twoSpellingsOfAPersonInTwoArticlesAreOneActorAndEitherFindsBothClaims() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(says("a.txt", "person.hamid-al-fartusi", "Hamid al-Fartusi", ActorType.PERSON, "the talks failed"));
      workspace.put(says("b.txt", "person.hamid-al-fartousi", "Hamid al-Fartousi", ActorType.PERSON, "talks resume"));
      workspace.put(says("c.txt", "person.hamid-karimi", "Hamid Karimi", ActorType.PERSON, "nothing changed"));

      List<ActorSummary> actors = workspace.actors(10);
      assertThat(actors).hasSize(2);
      assertThat(actors.get(0).articles()).isEqualTo(2);
      assertThat(actors.get(0).names()).containsExactlyInAnyOrder("Hamid al-Fartusi", "Hamid al-Fartousi");

      List<Claim> claims = workspace.claims(new ClaimQuery("Fartoosi", null, 10));
      assertThat(claims).extracting(Claim::content).containsExactlyInAnyOrder("the talks failed", "talks resume");
      assertThat(claims).extracting(Claim::role).containsOnly("a researcher");
      assertThat(workspace.claims(new ClaimQuery("Hamid al-Fartousi", "resume", 10))).hasSize(1);
      assertThat(workspace.claims(new ClaimQuery("Someone Else", null, 10))).isEmpty();
    }
  }

  @Test
  void curatedActorsAreJoinedByIdNeverByName() {
    Set<String> curated = Set.of("iq.gov.kirkuk", "iq.city.kirkuk");
    try (Workspace workspace = Workspace.open(folder, curated::contains)) {
      workspace.put(says("a.txt", "iq.gov.kirkuk", "Kirkuk", ActorType.PLACE, "the province voted"));
      workspace.put(says("b.txt", "iq.city.kirkuk", "Kirkuk", ActorType.PLACE, "the city voted"));
      assertThat(workspace.actors(10)).extracting(ActorSummary::id).containsExactlyInAnyOrder("iq.gov.kirkuk",
          "iq.city.kirkuk");
    }
  }

  @Test
  void anAnalystsMergeAndSplitAreLoggedAndHoldWhenArticlesAreIngestedAgain() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(says("a.txt", "group.kataib-hezbollah", "Kataib Hezbollah", ActorType.ARMED_GROUP, "they left"));
      workspace.put(says("b.txt", "org.kh", "KH", ActorType.ARMED_GROUP, "they stayed"));
      workspace.put(says("c.txt", "person.ali-hassan", "Ali Hassan", ActorType.PERSON, "it was quiet"));
      workspace.put(says("d.txt", "person.ali-hasan", "Ali Hasan", ActorType.PERSON, "it was loud"));
      assertThat(workspace.actors(10)).hasSize(3);

      Correction merge = workspace.merge("Kataib Hezbollah", "KH", "analyst", "KH is their initials");
      Correction split = workspace.split("person.ali-hassan", List.of("Ali Hasan"), "analyst", "two different men");
      assertThat(merge.seq()).isEqualTo(1);
      assertThat(split.other()).isEqualTo("person.ali-hasan");
      assertThat(workspace.actors(10)).hasSize(3).anySatisfy(a -> {
        assertThat(a.id()).isEqualTo("group.kataib-hezbollah");
        assertThat(a.articles()).isEqualTo(2);
      });

      // The same sources again with changed texts: their articles are replaced, the corrections stay.
      workspace.put(says("b.txt", "org.kh", "KH", ActorType.ARMED_GROUP, "they stayed on"));
      workspace.put(says("d.txt", "person.ali-hasan", "Ali Hasan", ActorType.PERSON, "it was very loud"));
    }
    try (Workspace workspace = Workspace.open(folder)) {
      assertThat(workspace.actorsCalled("KH")).containsExactly("group.kataib-hezbollah");
      assertThat(workspace.actorsCalled("person.ali-hasan")).containsExactly("person.ali-hasan");
      assertThat(workspace.claims(new ClaimQuery("Kataib Hezbollah", null, 10))).extracting(Claim::content)
          .containsExactlyInAnyOrder("they left", "they stayed on");
      assertThat(workspace.corrections()).extracting(Correction::action, Correction::why).containsExactly(
          org.assertj.core.groups.Tuple.tuple("merge", "KH is their initials"),
          org.assertj.core.groups.Tuple.tuple("split", "two different men"));
    }
  }

  @Test
  void anActorWrittenSeveralWaysMergesWholeAndItsClaimsAreFoundByWordsTakenLiterally() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(says("a.txt", "person.hamid-al-fartusi", "Hamid al-Fartusi", ActorType.PERSON, "turnout was 41%"));
      workspace.put(says("b.txt", "person.hamid-al-fartousi", "Hamid al-Fartousi", ActorType.PERSON, "turnout was 41"));
      workspace.put(says("c.txt", "person.abu-hamid", "Abu Hamid", ActorType.PERSON, "nothing changed"));
      workspace.merge("Abu Hamid", "Hamid al-Fartusi", "analyst", "his kunya");
      assertThat(workspace.actors(10)).singleElement().satisfies(a -> {
        assertThat(a.id()).isEqualTo("person.abu-hamid");
        assertThat(a.articles()).isEqualTo(3);
      });
      assertThat(workspace.claims(new ClaimQuery("Abu Hamid", "41%", 10))).extracting(Claim::content)
          .containsExactly("turnout was 41%");
    }
  }

  @Test
  void aCorrectionThatCannotBeMadeSaysWhyAndChangesNothing() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(says("a.txt", "person.ali-hassan", "Ali Hassan", ActorType.PERSON, "it was quiet"));
      workspace.put(says("b.txt", "person.omar-hassan", "Omar Hassan", ActorType.PERSON, "it was loud"));
      assertThatThrownBy(() -> workspace.merge("Nobody", "Ali Hassan", "analyst", null))
          .hasMessageContaining("no actor in the workspace").hasMessageContaining("'Nobody'");
      assertThatThrownBy(() -> workspace.merge("Hassan", "Ali Hassan", "analyst", null))
          .hasMessageContaining("could be any of").hasMessageContaining("person.omar-hassan");
      assertThatThrownBy(() -> workspace.split("Ali Hassan", List.of("Ali Hassan"), "analyst", null))
          .hasMessageContaining("nothing would be left");
      assertThatThrownBy(() -> workspace.split("Ali Hassan", List.of("Omar"), "analyst", null))
          .hasMessageContaining("none of the names");
      assertThat(workspace.corrections()).isEmpty();
      assertThat(workspace.actors(10)).hasSize(2);
    }
  }

  @Test
  void aWorkspaceOfTheFirstSchemaIsMigratedAndItsRowsDerivedAgainFromTheStoredAnalyses() throws Exception {
    Analysis analysis = says("a.txt", "person.hamid-al-fartusi", "Hamid al-Fartusi", ActorType.PERSON, "talks failed");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("basira.duckdb"))) {
      Schema.migrate(db, "test", 1, () -> { });
      var ps = db.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, NULL, '2021-10-02', 'en', ?, ?, now())");
      ps.setString(1, analysis.article().id());
      ps.setString(2, "a.txt");
      ps.setString(3, analysis.article().title());
      ps.setString(4, analysis.article().text());
      ps.setString(5, new AnalysisJson().toLine(analysis, true));
      ps.executeUpdate();
    }
    try (Workspace workspace = Workspace.openForReading(folder)) {
      assertThat(workspace.claims(new ClaimQuery("Hamid al-Fartousi", null, 10))).hasSize(1);
      assertThat(workspace.search("talks", 10).total()).isEqualTo(1);
      assertThat(workspace.articles()).isEqualTo(1);
    }
  }

  @Test
  void theNamesOfACorrectionKeptAsOneJoinedStringBecomeAListAndNothingElseChanges() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("basira.duckdb"))) {
      Schema.migrate(db, "test", 4, () -> { });
      db.createStatement().execute("INSERT INTO actor_corrections VALUES "
          + "(1, TIMESTAMP '2024-05-01 10:00:00', 'split', 'person.ali-hassan', 'person.ali-hassan-2', "
          + "'Ali Hasan' || chr(31) || 'A. Hassan', 'analyst', 'two men'), "
          + "(2, TIMESTAMP '2024-05-02 10:00:00', 'merge', 'grp.a', 'grp.b', '', 'analyst', NULL)");
    }
    try (Workspace workspace = Workspace.open(folder)) {
      assertThat(workspace.corrections()).extracting(Correction::names)
          .containsExactly(List.of("Ali Hasan", "A. Hassan"), List.of());
      assertThat(workspace.corrections().get(0).why()).isEqualTo("two men");
      assertThat(workspace.corrections().get(1).other()).isEqualTo("grp.b");
    }
  }
}
