package org.basira.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.basira.scenarios.Rating.C;
import static org.basira.scenarios.Rating.CC;
import static org.basira.scenarios.Rating.I;
import static org.basira.scenarios.Rating.II;
import static org.basira.scenarios.Rating.N;
import static org.basira.scenarios.Weight.HIGH;
import static org.basira.scenarios.Weight.LOW;
import static org.basira.scenarios.Weight.MEDIUM;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Small matrices with every figure worked out by hand in the comments. */
class ScenarioScoresTest {

  private static final double SQRT2 = Math.sqrt(2);

  private static final List<String> ABC = List.of("a", "b", "c");

  /**
   * Three items, three scenarios, mixed weights:
   * <pre>
   *        w                    a   b   c
   *   e1   HIGH·MEDIUM = sqrt2  I   CC  II
   *   e2   LOW·HIGH    = 1      II  N   C
   *   e3   LOW·LOW     = 1/2    C   I   (N)
   * </pre>
   */
  private static final List<RatedEvidence> MATRIX = List.of(
      new RatedEvidence("e1", HIGH, MEDIUM, Map.of("a", I, "b", CC, "c", II)),
      new RatedEvidence("e2", LOW, HIGH, Map.of("a", II, "b", N, "c", C)),
      new RatedEvidence("e3", LOW, LOW, Map.of("a", C, "b", I)));

  private static RatedEvidence item(String id, Weight credibility, Weight relevance, Rating a, Rating b) {
    return new RatedEvidence(id, credibility, relevance, Map.of("a", a, "b", b));
  }

  @Test
  void weighted_inconsistency_sums_only_inconsistent_cells() {
    // a: -1 * sqrt2 + -2 * 1 + 0 * 1/2 = -3.414213562
    assertThat(ScenarioScores.weightedInconsistency(MATRIX, "a")).isCloseTo(-3.414213562373095, within(1e-9));
    // b: 0 * sqrt2 + 0 * 1 + -1 * 1/2 = -0.5
    assertThat(ScenarioScores.weightedInconsistency(MATRIX, "b")).isCloseTo(-0.5, within(1e-9));
    // c: -2 * sqrt2 + 0 * 1 + 0 * 1/2 (missing = N) = -2.828427125
    assertThat(ScenarioScores.weightedInconsistency(MATRIX, "c")).isCloseTo(-2.8284271247461903, within(1e-9));
  }

  @Test
  void weighted_inconsistency_of_no_evidence_or_an_unrated_scenario_is_zero() {
    assertThat(ScenarioScores.weightedInconsistency(List.of(), "a")).isZero();
    assertThat(ScenarioScores.weightedInconsistency(MATRIX, "nowhere")).isZero();
  }

  @Test
  void diagnosticity_is_the_population_standard_deviation_of_the_scores() {
    RatedEvidence spread = new RatedEvidence("e", MEDIUM, MEDIUM, Map.of("a", CC, "b", N, "c", II));
    // mean (2 + 0 - 2)/3 = 0; sqrt(((2-0)^2 + 0 + (-2-0)^2)/3) = sqrt(8/3) = 1.632993162
    assertThat(ScenarioScores.diagnosticity(spread, ABC)).isCloseTo(1.632993161855452, within(1e-9));

    RatedEvidence pair = item("p", HIGH, HIGH, C, I);
    // mean 0; sqrt((1 + 1)/2) = 1; the weight plays no part
    assertThat(ScenarioScores.diagnosticity(pair, List.of("a", "b"))).isCloseTo(1.0, within(1e-9));

    // e3 over a, b, c scores (1, -1, 0): mean 0; sqrt((1 + 1 + 0)/3) = sqrt(2/3) = 0.816496581
    assertThat(ScenarioScores.diagnosticity(MATRIX.get(2), ABC)).isCloseTo(0.816496580927726, within(1e-9));
  }

  @Test
  void diagnosticity_is_zero_when_every_scenario_gets_the_same_rating_or_there_is_only_one() {
    RatedEvidence alike = new RatedEvidence("e", HIGH, HIGH, Map.of("a", II, "b", II, "c", II));
    assertThat(ScenarioScores.diagnosticity(alike, ABC)).isCloseTo(0.0, within(1e-9));
    assertThat(ScenarioScores.diagnosticity(MATRIX.get(0), List.of("a"))).isZero();
    assertThat(ScenarioScores.diagnosticity(MATRIX.get(0), List.of())).isZero();
  }

  @Test
  void likelihood_falls_from_consistent_to_inconsistent() {
    assertThat(ScenarioScores.likelihood(CC)).isCloseTo(0.85, within(1e-9));
    assertThat(ScenarioScores.likelihood(C)).isCloseTo(0.65, within(1e-9));
    assertThat(ScenarioScores.likelihood(N)).isCloseTo(0.5, within(1e-9));
    assertThat(ScenarioScores.likelihood(I)).isCloseTo(0.35, within(1e-9));
    assertThat(ScenarioScores.likelihood(II)).isCloseTo(0.15, within(1e-9));
  }

  @Test
  void posterior_multiplies_the_likelihoods_and_normalises() {
    List<RatedEvidence> evidence = List.of(item("e1", MEDIUM, MEDIUM, CC, I), item("e2", MEDIUM, MEDIUM, N, C));
    Map<String, Double> p = ScenarioScores.posterior(evidence, List.of("a", "b"));

    // a: 1/2 * 0.85 * 0.5 = 0.2125; b: 1/2 * 0.35 * 0.65 = 0.11375; sum 0.32625
    // a: 0.2125 / 0.32625 = 0.651340996; b: 0.11375 / 0.32625 = 0.348659004
    assertThat(p.get("a")).isCloseTo(0.6513409961685824, within(1e-9));
    assertThat(p.get("b")).isCloseTo(0.3486590038314177, within(1e-9));
    assertThat(p.keySet()).containsExactly("a", "b");
  }

  @Test
  void posterior_tempers_each_likelihood_by_the_items_weight() {
    List<RatedEvidence> evidence = List.of(item("e", LOW, LOW, CC, II));
    Map<String, Double> p = ScenarioScores.posterior(evidence, List.of("a", "b"));

    // w = 1/sqrt2 * 1/sqrt2 = 1/2; a: 0.85^(1/2) = 0.921954446; b: 0.15^(1/2) = 0.387298335
    // a: 0.921954446 / (0.921954446 + 0.387298335) = 0.704183684; b: 0.295816316
    assertThat(p.get("a")).isCloseTo(0.7041836836755108, within(1e-9));
    assertThat(p.get("b")).isCloseTo(0.2958163163244893, within(1e-9));
  }

  @Test
  void posterior_is_uniform_without_evidence_and_empty_without_scenarios() {
    assertThat(ScenarioScores.posterior(List.of(), ABC))
        .containsOnlyKeys("a", "b", "c")
        .allSatisfy((s, p) -> assertThat(p).isCloseTo(1.0 / 3, within(1e-9)));
    assertThat(ScenarioScores.posterior(MATRIX, List.of())).isEmpty();
  }

  @Test
  void posterior_keeps_the_order_given() {
    assertThat(ScenarioScores.posterior(MATRIX, List.of("c", "a", "b")).keySet()).containsExactly("c", "a", "b");
  }

  @Test
  void posterior_does_not_underflow_on_a_long_matrix() {
    List<RatedEvidence> evidence = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      evidence.add(item("e" + i, HIGH, HIGH, II, C));
    }
    // a: 0.15^(2*2000) underflows as a product; in log space b takes it all
    Map<String, Double> p = ScenarioScores.posterior(evidence, List.of("a", "b"));
    assertThat(p.get("a")).isCloseTo(0.0, within(1e-9));
    assertThat(p.get("b")).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void posterior_values_sum_to_one_on_random_matrices() {
    Random random = new Random(20240601L);
    Rating[] ratings = Rating.values();
    Weight[] weights = Weight.values();
    for (int round = 0; round < 200; round++) {
      List<String> scenarios = new ArrayList<>();
      for (int s = 0, n = 1 + random.nextInt(6); s < n; s++) {
        scenarios.add("s" + s);
      }
      List<RatedEvidence> evidence = new ArrayList<>();
      for (int e = 0, m = random.nextInt(40); e < m; e++) {
        Map<String, Rating> row = new HashMap<>();
        for (String s : scenarios) {
          if (random.nextInt(5) > 0) { // leave some cells out: they count as N
            row.put(s, ratings[random.nextInt(ratings.length)]);
          }
        }
        evidence.add(new RatedEvidence("e" + e, weights[random.nextInt(3)], weights[random.nextInt(3)], row));
      }

      Map<String, Double> p = ScenarioScores.posterior(evidence, scenarios);

      assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
      assertThat(p.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
    }
  }

  @Test
  void scenarios_named_twice_are_rejected() {
    assertThatThrownBy(() -> ScenarioScores.posterior(MATRIX, List.of("a", "b", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than once");
  }

  @Test
  void ranking_puts_the_least_contradicted_scenario_first() {
    // WI: b -0.5, c -2.828, a -3.414
    assertThat(ScenarioScores.ranking(MATRIX, ABC)).containsExactly("b", "c", "a");
  }

  @Test
  void ranking_breaks_a_tie_in_inconsistency_by_posterior() {
    List<RatedEvidence> evidence = List.of(item("e1", MEDIUM, MEDIUM, CC, N), item("e2", MEDIUM, MEDIUM, I, I));
    // WI: a -1, b -1; posterior a: 0.85 * 0.35 = 0.2975 > b: 0.5 * 0.35 = 0.175
    assertThat(ScenarioScores.ranking(evidence, List.of("b", "a"))).containsExactly("a", "b");
    assertThat(ScenarioScores.ranking(evidence, List.of("a", "b"))).containsExactly("a", "b");
  }

  @Test
  void ranking_breaks_a_full_tie_by_the_order_given() {
    // a and b are contradicted by different items of equal weight: 1/sqrt2 * sqrt2 = 1 = 1 * 1
    // WI: a -1, b -1; posterior a: 0.35 * 0.5 = b: 0.5 * 0.35
    List<RatedEvidence> evidence = List.of(item("e1", LOW, HIGH, I, N), item("e2", MEDIUM, MEDIUM, N, I));
    assertThat(ScenarioScores.ranking(evidence, List.of("a", "b"))).containsExactly("a", "b");
    assertThat(ScenarioScores.ranking(evidence, List.of("b", "a"))).containsExactly("b", "a");
  }

  @Test
  void standings_give_scores_and_ranks_in_rank_order() {
    List<RatedEvidence> evidence = List.of(item("e1", MEDIUM, MEDIUM, CC, N), item("e2", MEDIUM, MEDIUM, I, I),
        item("e3", HIGH, MEDIUM, N, II));
    List<Standing> standings = ScenarioScores.standings(evidence, List.of("b", "a"));

    // WI a: -1 * 1 = -1; b: -1 * 1 + -2 * sqrt2 = -3.828427125
    // posterior a: 0.85 * 0.35 * 0.5^sqrt2 = 0.2975 * 0.375214227 = 0.111626233
    //           b: 0.5 * 0.35 * 0.15^sqrt2 = 0.175 * 0.068362366 = 0.011963414
    // a: 0.111626233 / 0.123589647 = 0.903200516; b: 0.011963414 / 0.123589647 = 0.096799484
    assertThat(standings).extracting(Standing::scenario).containsExactly("a", "b");
    assertThat(standings).extracting(Standing::rank).containsExactly(1, 2);
    assertThat(standings.get(0).weightedInconsistency()).isCloseTo(-1.0, within(1e-9));
    assertThat(standings.get(1).weightedInconsistency()).isCloseTo(-3.8284271247461903, within(1e-9));
    assertThat(standings.get(0).posterior()).isCloseTo(0.9032005159318718, within(1e-9));
    assertThat(standings.get(1).posterior()).isCloseTo(0.09679948406812817, within(1e-9));
  }

  @Test
  void standings_of_no_scenarios_are_empty() {
    assertThat(ScenarioScores.standings(MATRIX, List.of())).isEmpty();
  }

  @Test
  void most_diagnostic_orders_by_diagnosticity_times_weight_then_id() {
    List<RatedEvidence> evidence = List.of(
        item("d", MEDIUM, MEDIUM, CC, N), // sqrt(((2-1)^2 + (0-1)^2)/2) = 1; * 1 = 1
        item("c", HIGH, HIGH, C, C), //      0; * 2 = 0
        item("b", HIGH, HIGH, C, I), //      1; * sqrt2 * sqrt2 = 2
        item("a", LOW, LOW, CC, II)); //     2; * 1/sqrt2 * 1/sqrt2 = 1, ties with d: a before d
    List<String> ab = List.of("a", "b");

    assertThat(ScenarioScores.mostDiagnostic(evidence, ab, 10)).extracting(RatedEvidence::id)
        .containsExactly("b", "a", "d", "c");
    assertThat(ScenarioScores.mostDiagnostic(evidence, ab, 2)).extracting(RatedEvidence::id)
        .containsExactly("b", "a");
    assertThat(ScenarioScores.mostDiagnostic(evidence, ab, 0)).isEmpty();
    assertThatThrownBy(() -> ScenarioScores.mostDiagnostic(evidence, ab, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void by_month_ranks_cumulatively_in_ascending_months() {
    YearMonth jan = YearMonth.of(2024, 1);
    YearMonth mar = YearMonth.of(2024, 3);
    List<Dated> evidence = List.of(
        new Dated(mar, item("e3", HIGH, MEDIUM, CC, II)),
        new Dated(jan, item("e1", MEDIUM, MEDIUM, I, C)),
        new Dated(mar, item("e4", MEDIUM, MEDIUM, N, N)));

    List<MonthlyStanding> months = ScenarioScores.byMonth(evidence, List.of("a", "b"));

    // only months with evidence, ascending: February has none
    assertThat(months).extracting(MonthlyStanding::month).containsExactly(jan, mar);

    // January, e1 alone: WI a -1, b 0, so b leads; posterior a 0.35/(0.35 + 0.65) = 0.35, b 0.65
    List<Standing> january = months.get(0).standings();
    assertThat(january).extracting(Standing::scenario).containsExactly("b", "a");
    assertThat(january.get(0).weightedInconsistency()).isCloseTo(0.0, within(1e-9));
    assertThat(january.get(1).weightedInconsistency()).isCloseTo(-1.0, within(1e-9));
    assertThat(january.get(0).posterior()).isCloseTo(0.65, within(1e-9));
    assertThat(january.get(1).posterior()).isCloseTo(0.35, within(1e-9));

    // March, e1 + e3 + e4: WI a -1 + 0 + 0 = -1, b 0 + -2 * sqrt2 + 0 = -2.828427125, so a leads
    // posterior a: 0.35 * 0.85^sqrt2 * 0.5 = 0.35 * 0.794663540 * 0.5 = 0.139066119
    //           b: 0.65 * 0.15^sqrt2 * 0.5 = 0.65 * 0.068362366 * 0.5 = 0.022217769
    // a: 0.139066119 / 0.161283888 = 0.862244337; b: 0.137755663
    List<Standing> march = months.get(1).standings();
    assertThat(march).extracting(Standing::scenario).containsExactly("a", "b");
    assertThat(march.get(0).weightedInconsistency()).isCloseTo(-1.0, within(1e-9));
    assertThat(march.get(1).weightedInconsistency()).isCloseTo(-2.8284271247461903, within(1e-9));
    assertThat(march.get(0).posterior()).isCloseTo(0.8622443373838377, within(1e-9));
    assertThat(march.get(1).posterior()).isCloseTo(0.13775566261616234, within(1e-9));
  }

  @Test
  void by_month_of_no_evidence_is_empty() {
    assertThat(ScenarioScores.byMonth(List.of(), ABC)).isEmpty();
  }

  @Test
  void an_item_that_holds_for_one_month_counts_in_that_month_only() {
    YearMonth jan = YearMonth.of(2022, 1);
    YearMonth feb = YearMonth.of(2022, 2);
    List<Dated> evidence = List.of(
        new Dated(jan, item("reading", MEDIUM, MEDIUM, II, N), jan),
        new Dated(feb, item("claim", MEDIUM, MEDIUM, N, I)));

    List<MonthlyStanding> months = ScenarioScores.byMonth(evidence, List.of("a", "b"));

    // January: only the reading, a = -2 * 1 * 1 = -2, b = 0, so b leads.
    assertThat(months.get(0).standings().get(0).scenario()).isEqualTo("b");
    // February: the reading has expired, only the claim: a = 0, b = -1, so a leads.
    assertThat(months.get(1).standings().get(0).scenario()).isEqualTo("a");
    assertThat(months.get(1).standings().get(1).weightedInconsistency()).isCloseTo(-1.0, within(1e-9));
  }

  @Test
  void by_month_gives_exactly_the_standings_of_the_items_that_hold_at_each_month() {
    Random random = new Random(7);
    Weight[] weights = Weight.values();
    Rating[] ratings = Rating.values();
    List<Dated> evidence = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Map<String, Rating> cells = new HashMap<>();
      for (String s : ABC) {
        cells.put(s, ratings[random.nextInt(ratings.length)]);
      }
      RatedEvidence item = new RatedEvidence("e" + i, weights[random.nextInt(weights.length)],
          weights[random.nextInt(weights.length)], cells);
      YearMonth month = YearMonth.of(2020, 1).plusMonths(random.nextInt(24));
      evidence.add(random.nextInt(4) == 0 ? new Dated(month, item, month) : new Dated(month, item));
    }

    for (MonthlyStanding month : ScenarioScores.byMonth(evidence, ABC)) {
      List<RatedEvidence> holding = evidence.stream().filter(d -> d.holdsAt(month.month())).map(Dated::evidence)
          .toList();
      assertThat(month.standings()).as(month.month().toString()).isEqualTo(ScenarioScores.standings(holding, ABC));
    }
  }
}
