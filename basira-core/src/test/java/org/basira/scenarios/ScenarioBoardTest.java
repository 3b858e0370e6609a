package org.basira.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.TreeMap;
import org.basira.casebook.Casebook;
import org.basira.casebook.CasebookFiles;
import org.basira.model.ActorType;
import org.basira.model.Stance;
import org.junit.jupiter.api.Test;

class ScenarioBoardTest {

  private static final Casebook CASE = new CasebookFiles().parse("""
      id: test-case
      title: A test case
      scenarios:
        - {id: collapse, name: Collapse, terms: [Ruritanian]}
        - {id: truce, name: Truce, phrases: [lasting truce]}
      indicators:
        - id: raids
          name: Raids per month
          scenario: collapse
          events: {categories: [ASSAULT]}
          window: 2 months
          threshold: 3
      """.getBytes(StandardCharsets.UTF_8), "case.yaml");

  private static final YearMonth MAY = YearMonth.of(2023, 5);
  private static final YearMonth JUNE = YearMonth.of(2023, 6);

  private static ScenarioView expert(String scenario, Stance stance, YearMonth month) {
    return new ScenarioView("aaaaaaaaaaaa1111", "Paper one", month, 0, "person.k", "Karim", ActorType.PERSON,
        "a researcher at the institute", scenario, stance, "the " + scenario + " scenario", "the claim", "A sentence.");
  }

  private static ScenarioView voice(String scenario, Stance stance, YearMonth month) {
    return new ScenarioView("bbbbbbbbbbbb2222", "Paper two", month, null, null, null, null, null, scenario, stance,
        scenario, null, "The article's sentence.");
  }

  private static IndicatorReading raids(int may, int june) {
    TreeMap<YearMonth, Integer> counts = new TreeMap<>();
    counts.put(MAY, may);
    counts.put(JUNE, june);
    return new IndicatorReading(CASE.indicators().get(0), counts);
  }

  @Test
  void a_claim_is_rated_by_the_sum_of_its_stances_and_its_holder_sets_its_credibility() {
    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(
        expert("collapse", Stance.REJECTS, MAY), expert("collapse", Stance.REJECTS, MAY),
        expert("truce", Stance.SUPPORTS, MAY)), List.of(), List.of());

    Evidence claim = board.evidence().get(0);
    assertThat(claim.id()).isEqualTo("aaaaaaaaaaaa-a0");
    assertThat(claim.credibility()).isEqualTo(Credibility.NAMED_EXPERT);
    assertThat(claim.relevance()).isEqualTo(Weight.HIGH);
    assertThat(board.cell(claim.id(), "collapse").rating()).isEqualTo(Rating.II);
    assertThat(board.cell(claim.id(), "truce").rating()).isEqualTo(Rating.C);
    assertThat(board.cell(claim.id(), "collapse").reason()).contains("Karim: rejects \u201cthe collapse scenario\u201d");
    assertThat(board.standings()).extracting(Standing::scenario).containsExactly("truce", "collapse");
    // -2 (II) * sqrt2 (expert, HIGH) * sqrt2 (all decisive, HIGH) = -4
    assertThat(board.standings().get(1).weightedInconsistency()).isCloseTo(-4.0, within(1e-9));
  }

  @Test
  void history_steps_article_by_article_in_month_order_with_each_articles_move() {
    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(voice("truce", Stance.SUPPORTS, JUNE),
        expert("collapse", Stance.REJECTS, MAY)), List.of(raids(0, 0)), List.of());
    List<ArticleStep> history = board.history();
    assertThat(history).extracting(ArticleStep::title).containsExactly("Paper one", "Paper two");
    assertThat(history.get(0).month()).isEqualTo(MAY);
    ArticleStep first = history.get(0);
    assertThat(first.posterior().get("collapse")).isLessThan(0.5);
    assertThat(first.moved().get("collapse")).isCloseTo(first.posterior().get("collapse") - 0.5, within(1e-9));
    ArticleStep last = history.get(1);
    assertThat(last.moved().get("truce")).isPositive();
    assertThat(last.posterior().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(last.largestMove()).isEqualTo(Math.max(Math.abs(last.moved().get("truce")), Math.abs(last.moved().get("collapse"))));
    assertThat(ScenarioBoard.build(CASE, List.of(), List.of(), List.of()).history()).isEmpty();
  }

  @Test
  void credibility_follows_who_gives_the_claim() {
    ScenarioView official = new ScenarioView("c1", "t", MAY, 1, "person.m", "M", ActorType.PERSON,
        "the deputy minister of defence", "truce", Stance.SUPPORTS, "x", null, null);
    ScenarioView ministry = new ScenarioView("c1", "t", MAY, 1, "org.m", "Ministry", ActorType.ORGANIZATION, null,
        "truce", Stance.SUPPORTS, "x", null, null);
    ScenarioView unnamed = new ScenarioView("c1", "t", MAY, 1, null, null, null, null, "truce", Stance.SUPPORTS,
        "x", null, null);

    assertThat(ScenarioBoard.credibility(official)).isEqualTo(Credibility.OFFICIAL_STATEMENT);
    assertThat(ScenarioBoard.credibility(ministry)).isEqualTo(Credibility.OFFICIAL_STATEMENT);
    assertThat(ScenarioBoard.credibility(unnamed)).isEqualTo(Credibility.ANONYMOUS_SOURCE);
    assertThat(ScenarioBoard.credibility(voice("truce", Stance.SUPPORTS, MAY))).isEqualTo(Credibility.REPORT);
  }

  @Test
  void an_analysts_rating_overrides_the_proposal_and_the_latest_one_counts() {
    Instant now = Instant.parse("2023-07-01T10:00:00Z");
    List<AnalystRating> ratings = List.of(
        new AnalystRating(1, now, "aaaaaaaaaaaa-a0", "collapse", Rating.N, "sam", "one expert is not enough"),
        new AnalystRating(2, now, "aaaaaaaaaaaa-a0", "collapse", Rating.I, "sam", "on second reading"),
        new AnalystRating(3, now, "gone-a9", "truce", Rating.CC, "sam", "an article since replaced"));

    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(expert("collapse", Stance.REJECTS, MAY)), List.of(),
        ratings);

    ScenarioBoard.Cell cell = board.cell("aaaaaaaaaaaa-a0", "collapse");
    assertThat(cell.proposed()).isEqualTo(Rating.I);
    assertThat(cell.rating()).isEqualTo(Rating.I);
    assertThat(cell.overridden()).isTrue();
    assertThat(cell.override().why()).isEqualTo("on second reading");
    assertThat(board.unplacedRatings()).extracting(AnalystRating::evidence).containsExactly("gone-a9");
  }

  @Test
  void returning_a_cell_to_basira_drops_the_override() {
    Instant now = Instant.parse("2023-07-01T10:00:00Z");
    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(expert("collapse", Stance.REJECTS, MAY)), List.of(),
        List.of(new AnalystRating(1, now, "aaaaaaaaaaaa-a0", "collapse", Rating.CC, "sam", "x"),
            new AnalystRating(2, now, "aaaaaaaaaaaa-a0", "collapse", null, "sam", "back to Basira")));

    assertThat(board.cell("aaaaaaaaaaaa-a0", "collapse").overridden()).isFalse();
    assertThat(board.cell("aaaaaaaaaaaa-a0", "collapse").rating()).isEqualTo(Rating.I);
  }

  @Test
  void an_indicator_is_met_over_its_window_and_rated_for_its_scenario() {
    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(), List.of(raids(1, 5)), List.of());

    ScenarioBoard.IndicatorStatus status = board.indicators().get(0);
    // window of 2 months ending June: 1 + 5 = 6 >= 3, and >= 2 * 3 so very consistent
    assertThat(status.count()).isEqualTo(6);
    assertThat(status.met()).isTrue();
    assertThat(status.month()).isEqualTo(JUNE);
    assertThat(board.cell("indicator:raids", "collapse").rating()).isEqualTo(Rating.CC);
    assertThat(board.cell("indicator:raids", "truce").rating()).isEqualTo(Rating.N);
    assertThat(board.cell("indicator:raids", "collapse").reason()).contains("6 matching events", "threshold 3: met");
  }

  @Test
  void the_ranking_by_month_takes_claims_as_they_arrive_and_indicators_as_they_read_then() {
    ScenarioBoard board = ScenarioBoard.build(CASE,
        List.of(voice("truce", Stance.REJECTS, MAY), voice("collapse", Stance.REJECTS, JUNE)),
        List.of(raids(0, 1)), List.of());

    assertThat(board.byMonth()).extracting(MonthlyStanding::month).containsExactly(MAY, JUNE);
    // May: the article rejects truce (I), the raids are unmet: collapse leads.
    assertThat(board.byMonth().get(0).standings().get(0).scenario()).isEqualTo("collapse");
    // June: the same article (one item, first dated May) now also rejects collapse: a tie on
    // weighted inconsistency and posterior, broken by the casebook's order.
    assertThat(board.byMonth().get(1).standings()).extracting(Standing::scenario).containsExactly("collapse", "truce");
  }

  @Test
  void who_holds_which_view_counts_each_holders_stances() {
    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(expert("collapse", Stance.REJECTS, MAY),
        expert("collapse", Stance.REJECTS, JUNE), voice("truce", Stance.SUPPORTS, MAY)), List.of(), List.of());

    assertThat(board.views()).singleElement().satisfies(v -> {
      assertThat(v.holderName()).isEqualTo("Karim");
      assertThat(v.rejects()).isEqualTo(2);
      assertThat(v.stance()).isEqualTo(Stance.REJECTS);
    });
  }

  @Test
  void the_most_diagnostic_items_leave_out_those_that_tell_nothing_apart() {
    ScenarioBoard board = ScenarioBoard.build(CASE, List.of(expert("collapse", Stance.REJECTS, MAY)),
        List.of(raids(0, 0)), List.of());

    assertThat(board.mostDiagnostic(10)).extracting(Evidence::id).containsExactly("aaaaaaaaaaaa-a0");
    // ratings (I, N): mean -0.5, sqrt(((-1+0.5)^2 + (0+0.5)^2) / 2) = 0.5
    assertThat(board.diagnosticity("aaaaaaaaaaaa-a0")).isCloseTo(0.5, within(1e-9));
  }
}
