package org.basira.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Scores of an ACH matrix: rows of {@link RatedEvidence}, columns of scenario ids. Every function
 * is pure. In the formulas e runs over the evidence, s over the scenarios, n is the number of
 * scenarios, R(e, s) the rating of e against s and w_e = cred_e · rel_e its weight.
 */
public final class ScenarioScores {

  /**
   * Scores are compared after rounding to these grids, so that sums equal on paper but added in
   * another order (e.g. 1/sqrt2 · sqrt2 against 1) tie instead of splitting on the last bit.
   * Rounding keeps the comparison transitive, which a tolerance would not.
   */
  private static final double SCORE_GRID = 1e9;
  private static final double POSTERIOR_GRID = 1e12;

  private ScenarioScores() {
  }

  /**
   * Weighted inconsistency: WI(s) = Σ_e cred_e · rel_e · inconsistency(R(e, s)).
   *
   * <p>Never above 0; the closer to 0, the less the evidence contradicts the scenario.
   */
  public static double weightedInconsistency(List<RatedEvidence> evidence, String scenario) {
    Objects.requireNonNull(scenario, "scenario");
    double sum = 0;
    for (RatedEvidence e : evidence) {
      sum += e.weight() * e.rating(scenario).inconsistency();
    }
    return sum;
  }

  /**
   * Diagnosticity: the population standard deviation of the item's scores over the scenarios,
   * D(e) = sqrt( (1/n) Σ_s (score(R(e, s)) − m)² ), m = (1/n) Σ_s score(R(e, s)); 0 when n ≤ 1.
   *
   * <p>An item rated alike against every scenario scores 0: it does not tell them apart.
   */
  public static double diagnosticity(RatedEvidence item, List<String> scenarios) {
    int n = scenarios.size();
    if (n <= 1) {
      return 0;
    }
    double mean = 0;
    for (String s : scenarios) {
      mean += item.rating(s).score();
    }
    mean /= n;
    double squares = 0;
    for (String s : scenarios) {
      double d = item.rating(s).score() - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / n);
  }

  /** Likelihood P(E | H) read from a rating: CC 0.85, C 0.65, N 0.5, I 0.35, II 0.15. */
  public static double likelihood(Rating r) {
    return switch (r) {
      case CC -> 0.85;
      case C -> 0.65;
      case N -> 0.5;
      case I -> 0.35;
      case II -> 0.15;
    };
  }

  /**
   * Posterior with a uniform prior, each item's likelihood tempered by its weight:
   * P(s | E) = (1/n) · Π_e likelihood(R(e, s))^(w_e) / Σ_t (1/n) · Π_e likelihood(R(e, t))^(w_e).
   *
   * <p>Computed as exp(L_s − max_t L_t) with L_s = Σ_e w_e · ln likelihood(R(e, s)), so that a long
   * matrix does not underflow the product to 0/0. In the order of {@code scenarios}; uniform when
   * there is no evidence; empty when there are no scenarios.
   *
   * @throws IllegalArgumentException when a scenario is named twice
   */
  public static Map<String, Double> posterior(List<RatedEvidence> evidence, List<String> scenarios) {
    requireDistinct(scenarios);
    Map<String, Double> result = new LinkedHashMap<>();
    if (scenarios.isEmpty()) {
      return result;
    }
    double[] logs = new double[scenarios.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < logs.length; i++) {
      String s = scenarios.get(i);
      double log = 0; // the prior's ln(1/n) is the same for every scenario and cancels out
      for (RatedEvidence e : evidence) {
        log += e.weight() * Math.log(likelihood(e.rating(s)));
      }
      logs[i] = log;
      max = Math.max(max, log);
    }
    double total = 0;
    for (int i = 0; i < logs.length; i++) {
      logs[i] = Math.exp(logs[i] - max);
      total += logs[i];
    }
    for (int i = 0; i < logs.length; i++) {
      result.put(scenarios.get(i), logs[i] / total);
    }
    return result;
  }

  /**
   * Scenarios best first: by WI(s) descending (closest to 0 first), ties by P(s | E) descending,
   * then in the order given.
   *
   * @throws IllegalArgumentException when a scenario is named twice
   */
  public static List<String> ranking(List<RatedEvidence> evidence, List<String> scenarios) {
    return standings(evidence, scenarios).stream().map(Standing::scenario).toList();
  }

  /**
   * The standing of each scenario, in the order of {@link #ranking}: rank(s) = 1 + its position
   * there, with WI(s) and P(s | E) as defined by {@link #weightedInconsistency} and {@link #posterior}.
   *
   * @throws IllegalArgumentException when a scenario is named twice
   */
  public static List<Standing> standings(List<RatedEvidence> evidence, List<String> scenarios) {
    Map<String, Double> posterior = posterior(evidence, scenarios);
    List<Standing> unranked = new ArrayList<>();
    for (String s : scenarios) {
      unranked.add(new Standing(s, weightedInconsistency(evidence, s), posterior.get(s), 0));
    }
    return ranked(unranked);
  }

  /** Standings in the order of {@link #ranking}, numbered from 1. */
  private static List<Standing> ranked(List<Standing> unranked) {
    // List.sort is stable, so equal scores keep the order given.
    unranked.sort(Comparator
        .comparingLong((Standing st) -> Math.round(st.weightedInconsistency() * SCORE_GRID)).reversed()
        .thenComparing(Comparator.comparingLong((Standing st) -> Math.round(st.posterior() * POSTERIOR_GRID))
            .reversed()));
    List<Standing> ranked = new ArrayList<>(unranked.size());
    for (Standing st : unranked) {
      ranked.add(new Standing(st.scenario(), st.weightedInconsistency(), st.posterior(), ranked.size() + 1));
    }
    return List.copyOf(ranked);
  }

  /**
   * The items that best tell the scenarios apart: by D(e) · w_e descending, ties by id, at most
   * {@code limit} of them.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   */
  public static List<RatedEvidence> mostDiagnostic(List<RatedEvidence> evidence, List<String> scenarios, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return evidence.stream()
        .sorted(Comparator
            .comparingLong((RatedEvidence e) -> Math.round(diagnosticity(e, scenarios) * e.weight() * SCORE_GRID))
            .reversed()
            .thenComparing(RatedEvidence::id))
        .limit(limit)
        .toList();
  }

  /**
   * The standings at the end of each month that has evidence, months ascending: for month m,
   * {@link #standings} over every item that holds at m ({@link Dated#holdsAt}: dated m or earlier,
   * and not expired). Empty when there is no evidence.
   *
   * @throws IllegalArgumentException when a scenario is named twice
   */
  public static List<MonthlyStanding> byMonth(List<Dated> evidence, List<String> scenarios) {
    requireDistinct(scenarios);
    TreeSet<YearMonth> months = new TreeSet<>();
    for (Dated d : evidence) {
      months.add(d.month());
    }
    // Each item's terms of WI(s) and L_s are worked out once, not once a month: a board of 30,000
    // items over ten years spent most of a second here. Summed in the items' order, as
    // standings() sums them, they give the same doubles.
    int n = scenarios.size();
    double[][] inconsistency = new double[evidence.size()][n];
    double[][] logLikelihood = new double[evidence.size()][n];
    for (int i = 0; i < evidence.size(); i++) {
      RatedEvidence e = evidence.get(i).evidence();
      for (int j = 0; j < n; j++) {
        Rating r = e.rating(scenarios.get(j));
        inconsistency[i][j] = e.weight() * r.inconsistency();
        logLikelihood[i][j] = e.weight() * Math.log(likelihood(r));
      }
    }
    List<MonthlyStanding> result = new ArrayList<>(months.size());
    for (YearMonth m : months) {
      double[] wi = new double[n];
      double[] logs = new double[n];
      for (int i = 0; i < evidence.size(); i++) {
        if (evidence.get(i).holdsAt(m)) {
          for (int j = 0; j < n; j++) {
            wi[j] += inconsistency[i][j];
            logs[j] += logLikelihood[i][j];
          }
        }
      }
      result.add(new MonthlyStanding(m, standings(wi, logs, scenarios)));
    }
    return List.copyOf(result);
  }

  /** The standings from the sums WI(s) and L_s, the posterior worked out as {@link #posterior} does. */
  private static List<Standing> standings(double[] wi, double[] logs, List<String> scenarios) {
    double max = Double.NEGATIVE_INFINITY;
    for (double log : logs) {
      max = Math.max(max, log);
    }
    double[] odds = new double[logs.length];
    double total = 0;
    for (int i = 0; i < logs.length; i++) {
      odds[i] = Math.exp(logs[i] - max);
      total += odds[i];
    }
    List<Standing> unranked = new ArrayList<>();
    for (int i = 0; i < logs.length; i++) {
      unranked.add(new Standing(scenarios.get(i), wi[i], odds[i] / total, 0));
    }
    return ranked(unranked);
  }

  /** A scenario named twice would be counted twice in the posterior's normalisation and ranked twice. */
  private static void requireDistinct(List<String> scenarios) {
    if (new HashSet<>(scenarios).size() != scenarios.size()) {
      throw new IllegalArgumentException("scenarios named more than once: " + scenarios);
    }
  }
}
