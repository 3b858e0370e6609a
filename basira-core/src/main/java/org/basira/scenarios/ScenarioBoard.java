package org.basira.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.basira.casebook.Casebook;
import org.basira.casebook.Indicator;
import org.basira.model.ActorType;
import org.basira.model.Stance;

/**
 * The Analysis of Competing Hypotheses matrix of one casebook over the evidence in a workspace: each
 * item rated against each scenario, by Basira or, where one has rated the cell, by an analyst; the
 * scores and the ranking, now and month by month; who holds which view; and each indicator's status.
 *
 * <p>Basira proposes a claim's rating from the stances it takes: each reference that supports a
 * scenario counts +1, each that rejects it -1, and the sum gives the rating ({@link Rating#fromVotes}).
 * A met indicator is C for its scenario (CC at twice its threshold) when it bears in support, I (II)
 * when it bears against; an unmet one is N. Since ACH ranks by inconsistency, a met indicator that
 * supports a scenario moves the ranking only through the posterior; one that bears against a
 * scenario moves both.
 */
public record ScenarioBoard(Casebook casebook, List<Evidence> evidence, Map<String, Map<String, Cell>> cells,
    List<Standing> standings, List<MonthlyStanding> byMonth, List<View> views, List<IndicatorStatus> indicators,
    List<AnalystRating> unplacedRatings) {

  /** How the board shows one cell: Basira's rating and reason, and the analyst's rating that overrides it. */
  public record Cell(String evidence, String scenario, Rating proposed, String reason, AnalystRating override) {
    public Rating rating() {
      return override != null && override.rating() != null ? override.rating() : proposed;
    }

    public boolean overridden() {
      return override != null && override.rating() != null;
    }
  }

  /** A holder's view of a scenario: how often they support, reject or leave it open. */
  public record View(String holder, String holderName, String scenario, int supports, int rejects, int neutral) {
    public Stance stance() {
      return supports > rejects ? Stance.SUPPORTS : rejects > supports ? Stance.REJECTS : Stance.NEUTRAL;
    }
  }

  /** An indicator as of the latest month: the events in its window against its threshold. */
  public record IndicatorStatus(Indicator indicator, YearMonth month, int count, boolean met) {
  }

  /** Words in a person's role that make what they say an official statement rather than an expert's view. */
  private static final Pattern OFFICIAL = Pattern.compile("\\b(minister|president|prime minister|spokes(man|woman|person)"
      + "|official|commander|ambassador|envoy|governor|deputy|general|chief|secretary|mp|member of parliament|leader"
      + "|head of|director general|chairman|king|emir|senator|representative)\\b");

  /** How much of an article id names its evidence: twelve hex digits, unique among millions of articles. */
  private static final int ID_LENGTH = 12;

  public ScenarioBoard {
    Objects.requireNonNull(casebook, "casebook");
    evidence = List.copyOf(evidence);
    cells = Map.copyOf(cells);
    standings = List.copyOf(standings);
    byMonth = List.copyOf(byMonth);
    views = List.copyOf(views);
    indicators = List.copyOf(indicators);
    unplacedRatings = List.copyOf(unplacedRatings);
  }

  /** The cell of an item and a scenario. */
  public Cell cell(String evidenceId, String scenario) {
    return cells.get(evidenceId).get(scenario);
  }

  /**
   * How the posteriors moved as the evidence arrived, one step per article with claims, articles in
   * order of their month (undated last), then of first appearance: after each, {@link
   * ScenarioScores#posterior} over the claims of it and every article before it, with the
   * analysts' ratings. Indicators are read by month and left out here; {@link #byMonth} has them.
   */
  public List<ArticleStep> history() {
    List<RatedEvidence> rated = rated();
    Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
    Map<String, ScenarioView> firstView = new HashMap<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (e.kind() == Evidence.Kind.CLAIM && !e.views().isEmpty()) {
        ScenarioView v = e.views().get(0);
        byArticle.computeIfAbsent(v.articleId(), k -> new ArrayList<>()).add(i);
        firstView.putIfAbsent(v.articleId(), v);
      }
    }
    List<String> order = new ArrayList<>(byArticle.keySet());
    order.sort(Comparator.comparing((String a) -> firstView.get(a).published(),
        Comparator.nullsLast(Comparator.naturalOrder())));
    List<String> scenarios = casebook.scenarioIds();
    Map<String, Double> before = new LinkedHashMap<>(ScenarioScores.posterior(List.of(), scenarios));
    List<RatedEvidence> known = new ArrayList<>();
    List<ArticleStep> steps = new ArrayList<>();
    for (String article : order) {
      byArticle.get(article).forEach(i -> known.add(rated.get(i)));
      Map<String, Double> after = ScenarioScores.posterior(known, scenarios);
      Map<String, Double> moved = new LinkedHashMap<>();
      after.forEach((s, p) -> moved.put(s, p - before.getOrDefault(s, 0.0)));
      ScenarioView v = firstView.get(article);
      steps.add(new ArticleStep(article, v.articleTitle(), v.published(), after, moved));
      before.clear();
      before.putAll(after);
    }
    return List.copyOf(steps);
  }

  /** The rows as the scoring functions take them, with the analysts' ratings in place. */
  public List<RatedEvidence> rated() {
    return rated(evidence, cells);
  }

  private static List<RatedEvidence> rated(List<Evidence> evidence, Map<String, Map<String, Cell>> cells) {
    return evidence.stream().map(e -> rated(e, cells.get(e.id()))).toList();
  }

  /**
   * An item's row as the scoring functions take it: where the analyst has rated a cell, their
   * rating, else what the item proposes. The item may be an indicator as it read in an earlier
   * month, whose proposals differ from the row's.
   */
  private static RatedEvidence rated(Evidence e, Map<String, Cell> row) {
    Map<String, Rating> ratings = new HashMap<>();
    row.forEach((scenario, cell) -> ratings.put(scenario, cell.overridden() ? cell.rating() : e.proposed(scenario)));
    return new RatedEvidence(e.id(), e.credibility().weight(), e.relevance(), ratings);
  }

  /** The items that best tell the scenarios apart, at most {@code limit}. */
  public List<Evidence> mostDiagnostic(int limit) {
    Map<String, Evidence> byId = new HashMap<>();
    evidence.forEach(e -> byId.put(e.id(), e));
    return ScenarioScores.mostDiagnostic(rated(), casebook.scenarioIds(), limit).stream()
        .filter(r -> ScenarioScores.diagnosticity(r, casebook.scenarioIds()) > 0)
        .map(r -> byId.get(r.id())).toList();
  }

  /** D(e) of one item with the analysts' ratings in place; see {@link ScenarioScores#diagnosticity}. */
  public double diagnosticity(String evidenceId) {
    Map<String, Rating> ratings = new HashMap<>();
    cells.get(evidenceId).forEach((scenario, cell) -> ratings.put(scenario, cell.rating()));
    // D(e) reads the ratings only; the weights do not enter it.
    return ScenarioScores.diagnosticity(new RatedEvidence(evidenceId, Weight.MEDIUM, Weight.MEDIUM, ratings),
        casebook.scenarioIds());
  }

  /**
   * Builds the board.
   *
   * @param views the stored references to the casebook's scenarios (others are ignored)
   * @param readings the monthly event counts of each of the casebook's indicators
   * @param ratings the analysts' ratings, oldest first; the latest of each cell counts
   */
  public static ScenarioBoard build(Casebook casebook, List<ScenarioView> views, List<IndicatorReading> readings,
      List<AnalystRating> ratings) {
    List<String> scenarios = casebook.scenarioIds();
    Set<String> known = Set.copyOf(scenarios);
    List<ScenarioView> relevant = views.stream().filter(v -> known.contains(v.scenario())).toList();

    TreeSet<YearMonth> months = new TreeSet<>();
    relevant.stream().map(ScenarioView::published).filter(Objects::nonNull).forEach(months::add);
    readings.forEach(r -> months.addAll(r.counts().keySet()));
    // The case's period bounds the months: an article recalling 2014 does not open the board in 2014.
    if (casebook.from() != null) {
      months.removeIf(m -> m.atEndOfMonth().isBefore(casebook.from().firstDay()));
    }
    if (casebook.to() != null) {
      months.removeIf(m -> m.atDay(1).isAfter(casebook.to().lastDay()));
    }
    YearMonth latest = months.isEmpty() ? null : months.last();

    List<Evidence> evidence = new ArrayList<>(claims(relevant));
    List<IndicatorStatus> statuses = new ArrayList<>();
    for (IndicatorReading reading : readings) {
      int count = latest == null ? 0 : reading.countAt(latest);
      statuses.add(new IndicatorStatus(reading.indicator(), latest, count, count >= reading.indicator().threshold()));
      evidence.add(indicatorEvidence(reading, latest, count));
    }

    Map<String, AnalystRating> latestRating = new HashMap<>();
    ratings.forEach(r -> latestRating.put(r.evidence() + "\u001f" + r.scenario(), r));
    Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      Map<String, Cell> row = new LinkedHashMap<>();
      for (String s : scenarios) {
        row.put(s, new Cell(e.id(), s, e.proposed(s), e.reasons().getOrDefault(s, ""),
            latestRating.remove(e.id() + "\u001f" + s)));
      }
      cells.put(e.id(), row);
    }
    List<AnalystRating> unplaced = latestRating.values().stream()
        .filter(r -> r.rating() != null).sorted(Comparator.comparingLong(AnalystRating::seq)).toList();

    List<RatedEvidence> rated = rated(evidence, cells);
    List<Standing> standings = ScenarioScores.standings(rated, scenarios);

    List<Dated> dated = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (e.kind() == Evidence.Kind.CLAIM && e.month() != null) {
        dated.add(new Dated(e.month(), rated.get(i)));
      }
    }
    for (IndicatorReading reading : readings) {
      for (YearMonth m : months) {
        Evidence asOfThen = indicatorEvidence(reading, m, reading.countAt(m));
        dated.add(new Dated(m, rated(asOfThen, cells.get(asOfThen.id())), m));
      }
    }
    return new ScenarioBoard(casebook, evidence, cells, standings, ScenarioScores.byMonth(dated, scenarios),
        views(relevant), statuses, unplaced);
  }

  /** One item per attribution that refers to scenarios, and one per article for its own voice. */
  private static List<Evidence> claims(List<ScenarioView> views) {
    Map<String, List<ScenarioView>> byItem = new LinkedHashMap<>();
    for (ScenarioView v : views) {
      String id = v.articleId().substring(0, Math.min(ID_LENGTH, v.articleId().length()))
          + (v.attribution() == null ? "-voice" : "-a" + v.attribution());
      byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(v);
    }
    List<Evidence> items = new ArrayList<>();
    byItem.forEach((id, refs) -> items.add(claim(id, refs)));
    return items;
  }

  private static Evidence claim(String id, List<ScenarioView> refs) {
    ScenarioView first = refs.get(0);
    Map<String, Integer> votes = new LinkedHashMap<>();
    Map<String, List<String>> why = new LinkedHashMap<>();
    int decisive = 0;
    String holder = first.holderName() != null ? first.holderName() : first.attribution() == null ? null : "unnamed";
    for (ScenarioView v : refs) {
      int vote = v.stance() == Stance.SUPPORTS ? 1 : v.stance() == Stance.REJECTS ? -1 : 0;
      decisive += vote == 0 ? 0 : 1;
      votes.merge(v.scenario(), vote, Integer::sum);
      why.computeIfAbsent(v.scenario(), k -> new ArrayList<>()).add(
          v.stance().wireName() + " \u201c" + v.text() + "\u201d");
    }
    Map<String, Rating> proposed = new LinkedHashMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    String who = holder == null ? "the article" : holder;
    votes.forEach((scenario, sum) -> {
      proposed.put(scenario, Rating.fromVotes(sum));
      reasons.put(scenario, who + ": " + String.join("; ", why.get(scenario)));
    });
    Weight relevance = decisive == refs.size() ? Weight.HIGH : decisive > 0 ? Weight.MEDIUM : Weight.LOW;
    String summary = first.claim() != null ? first.claim() : first.sentence() != null ? first.sentence() : first.text();
    return new Evidence(id, Evidence.Kind.CLAIM, first.published(), oneLine(summary), first.articleTitle(), holder,
        credibility(first), relevance, proposed, reasons, refs);
  }

  /** Who gives a claim decides its credibility; see {@link Credibility}. */
  static Credibility credibility(ScenarioView v) {
    if (v.attribution() == null) {
      return Credibility.REPORT;
    }
    if (v.holder() == null) {
      return Credibility.ANONYMOUS_SOURCE;
    }
    ActorType type = v.holderType();
    if (type == ActorType.MEDIA) {
      return Credibility.REPORT;
    }
    if (type != null && type != ActorType.PERSON) {
      return Credibility.OFFICIAL_STATEMENT;
    }
    if (v.holderDescription() == null) {
      // Without a role in the text: the gazetteer's people are leaders and officials; others are
      // people an article quotes for what they know.
      return v.holder().startsWith("person.") ? Credibility.NAMED_EXPERT : Credibility.OFFICIAL_STATEMENT;
    }
    String role = v.holderDescription().toLowerCase(Locale.ROOT);
    return OFFICIAL.matcher(role).find() ? Credibility.OFFICIAL_STATEMENT : Credibility.NAMED_EXPERT;
  }

  private static Evidence indicatorEvidence(IndicatorReading reading, YearMonth month, int count) {
    Indicator indicator = reading.indicator();
    boolean met = count >= indicator.threshold();
    boolean strong = count >= 2 * indicator.threshold();
    Rating rating = !met ? Rating.N
        : indicator.bears() == Stance.SUPPORTS ? (strong ? Rating.CC : Rating.C) : (strong ? Rating.II : Rating.I);
    String window = indicator.windowMonths() == 1 ? "month" : indicator.windowMonths() + " months";
    String reason = count + " matching events in the " + window + " to " + (month == null ? "now" : month)
        + ", threshold " + indicator.threshold() + (met ? ": met" : ": not met");
    Weight relevance = strong ? Weight.HIGH : met ? Weight.MEDIUM : Weight.LOW;
    return new Evidence("indicator:" + indicator.id(), Evidence.Kind.INDICATOR, month, indicator.name(),
        indicator.name(), null, Credibility.REPORT, relevance, Map.of(indicator.scenario(), rating),
        Map.of(indicator.scenario(), reason), List.of());
  }

  private static List<View> views(List<ScenarioView> refs) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, ScenarioView> firstOf = new HashMap<>();
    for (ScenarioView v : refs) {
      if (v.holder() == null) {
        continue;
      }
      String key = v.holder() + "\u001f" + v.scenario();
      firstOf.putIfAbsent(key, v);
      counts.computeIfAbsent(key, k -> new int[3])[v.stance().ordinal()]++;
    }
    List<View> views = new ArrayList<>();
    counts.forEach((key, c) -> {
      ScenarioView v = firstOf.get(key);
      views.add(new View(v.holder(), v.holderName(), v.scenario(), c[Stance.SUPPORTS.ordinal()],
          c[Stance.REJECTS.ordinal()], c[Stance.NEUTRAL.ordinal()]));
    });
    views.sort(Comparator.comparing((View v) -> Objects.toString(v.holderName(), v.holder())).thenComparing(View::scenario));
    return views;
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 200 ? line : line.substring(0, 199) + "\u2026";
  }
}
