package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import org.basira.casebook.Casebook;
import org.basira.casebook.CasebookFiles;
import org.basira.model.Analysis;
import org.basira.scenarios.AnalystRating;
import org.basira.scenarios.Credibility;
import org.basira.scenarios.Evidence;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.ScenarioView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioBoardStoreTest {

  private static final String YAML = """
      id: test-case
      title: A test case
      scenarios:
        - {id: collapse, name: Collapse, terms: [Ruritanian]}
        - {id: truce, name: Truce, phrases: [lasting truce]}
      indicators:
        - id: raids
          name: Raids by the front
          scenario: collapse
          events: {categories: [ASSAULT], sources: [grp.front]}
          window: 1 month
          threshold: 1
      """;
  static final Casebook CASE = new CasebookFiles().parse(YAML.getBytes(StandardCharsets.UTF_8), "case.yaml");

  @TempDir
  Path folder;

  private static Analysis article(String published, String eventDate) {
    return ArchiveFixtures.claimAndEvent("Intro " + published + ".", published, eventDate);
  }

  @Test
  void stored_references_become_claims_with_their_holder_and_sentence() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(article("2023-05-02", "2023-05"));
      ScenarioBoard board = workspace.board(CASE);

      ScenarioView view = board.evidence().get(0).views().get(0);
      assertThat(view.holderName()).isEqualTo("Karim");
      assertThat(view.holderDescription()).isEqualTo("a researcher");
      assertThat(view.claim()).isEqualTo("a Ruritanian scenario cannot happen");
      assertThat(view.sentence()).isEqualTo("Karim, a researcher, said that a Ruritanian scenario cannot happen.");
      assertThat(view.published()).isEqualTo(YearMonth.of(2023, 5));
      Evidence claim = board.evidence().get(0);
      assertThat(claim.credibility()).isEqualTo(Credibility.NAMED_EXPERT);
      assertThat(board.cell(claim.id(), "collapse").rating()).isEqualTo(Rating.I);
    }
  }

  @Test
  void an_indicator_counts_the_reported_events_of_its_filter_by_month() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(article("2023-05-02", "2023-04"));
      workspace.put(article("2023-06-09", "2023-06"));
      ScenarioBoard board = workspace.board(CASE);

      ScenarioBoard.IndicatorStatus raids = board.indicators().get(0);
      assertThat(raids.month()).isEqualTo(YearMonth.of(2023, 6));
      assertThat(raids.count()).isEqualTo(1);
      assertThat(raids.met()).isTrue();
      assertThat(board.byMonth()).extracting(m -> m.month().toString()).containsExactly("2023-04", "2023-05", "2023-06");
    }
  }

  @Test
  void analysts_ratings_and_the_casebook_are_kept_across_sessions_and_reingest() {
    Analysis first = article("2023-05-02", "2023-05");
    String evidence;
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.keepCasebook(CASE);
      workspace.keepCasebook(CASE);
      workspace.put(first);
      evidence = workspace.board(CASE).evidence().get(0).id();
      workspace.rate(evidence, "collapse", Rating.II, "sam", "the researcher knows the army well");
      workspace.rate(evidence, "truce", Rating.C, "sam", "implied");
    }
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(first); // unchanged text: nothing moves
      ScenarioBoard board = workspace.board(CASE);
      assertThat(board.cell(evidence, "collapse").rating()).isEqualTo(Rating.II);
      assertThat(board.cell(evidence, "collapse").override().byWhom()).isEqualTo("sam");
      assertThat(workspace.analystRatings()).extracting(AnalystRating::seq).containsExactly(1L, 2L);
      assertThat(workspace.casebook()).get().satisfies(c -> {
        assertThat(c.yaml()).isEqualTo(YAML);
        assertThat(c.id()).isEqualTo("test-case");
      });
    }
  }
}
