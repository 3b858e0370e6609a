package org.basira.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores predictions against gold article by article, summing counts over articles (micro
 * average), by the rules of the analysis contract. One scorer serves one evaluation run.
 */
final class Scorer {

  static final double[] THETAS = {0.3, 0.8};
  private static final Set<String> NOT_REAL = Set.of("negated", "hypothetical", "future");

  // Attributions.
  int attributionDocs;
  long goldAttributions;
  long predictedAttributions;
  final Map<String, Long> goldByKind = new LinkedHashMap<>();
  final long[] pairs = new long[THETAS.length];
  final long[] speakerOk = new long[THETAS.length];
  final List<Map<String, Long>> pairedByKind = List.of(new TreeMap<>(), new TreeMap<>());

  // Events: index 0 scores reported events only, index 1 every status.
  int eventDocs;
  final long[] eventGold = new long[2];
  final long[] eventPredicted = new long[2];
  final long[] eventTp = new long[2];
  final long[] eventTpCategory = new long[2];

  // Scenario references.
  int scenarioDocs;
  long scenarioGold;
  long scenarioPredicted;
  long scenarioPairs;
  long stanceOk;

  // Places.
  int placeDocs;
  long goldPlaces;
  long placesNamed;
  long placesRight;

  // Actor resolution.
  long goldSamePairs;
  long predictedSamePairs;
  long resolutionTp;

  final List<Finding> findings = new ArrayList<>();

  void score(GoldArticle gold, PredictedArticle predicted) {
    if (gold.attributions() != null) {
      attributionDocs++;
      attributions(gold, predicted);
    }
    if (gold.events() != null) {
      eventDocs++;
      events(gold, predicted);
    }
    if (gold.scenarioRefs() != null) {
      scenarioDocs++;
      scenarioRefs(gold, predicted);
    }
    if (gold.places() != null) {
      placeDocs++;
      places(gold, predicted);
    }
    if (!gold.noActorResolution()) {
      actorResolution(gold, predicted);
    }
  }

  /**
   * Place accuracy: a gold place is right when the prediction names it as a place (an actor's
   * name or mention, or an event's place, of the same text) and locates it where the gold does: a
   * town by its GeoNames id, a region or country by country, precision and region name; or, where
   * the gold says the place should stay unresolved, leaves it so (or does not name it).
   */
  private void places(GoldArticle gold, PredictedArticle predicted) {
    for (GoldArticle.Place g : gold.places()) {
      goldPlaces++;
      JsonNode location = predicted.locationOf(g.text());
      if (location != null) {
        placesNamed++;
      }
      boolean located = location != null && location.size() > 0;
      boolean right;
      if (g.unresolved()) {
        right = !located;
      } else if (!located) {
        right = false;
      } else if (g.geonamesId() != null) {
        right = location.path("geonames_id").asLong(-1) == g.geonamesId();
      } else {
        right = java.util.Objects.equals(g.country(), Json.text(location, "country"))
            && java.util.Objects.equals(g.precision(), Json.text(location, "precision"))
            && (g.region() == null || Matching.key(g.region()).equals(Matching.key(Json.text(location, "region"))));
      }
      if (right) {
        placesRight++;
      } else {
        String expected = g.unresolved() ? "unresolved" : g.geonamesId() != null ? "GeoNames " + g.geonamesId()
            : g.precision() + " " + (g.region() == null ? "" : g.region() + ", ") + g.country();
        String got = location == null ? "not named as a place" : !located ? "unresolved"
            : Json.text(location, "name") + " (" + (location.hasNonNull("geonames_id") ? "GeoNames "
                + location.get("geonames_id").asLong() + ", " : "") + Json.text(location, "precision") + ", "
                + Json.text(location, "country") + ")";
        findings.add(new Finding(gold.name(), "places", g.unresolved() ? "guessed" : located ? "wrong place" : "unplaced",
            g.text(), "gold " + expected + ", predicted " + got));
      }
    }
  }

  /**
   * Pairs gold and predicted contents whose overlap is at least theta, greedily, best overlap
   * first (ties: gold order, then prediction order), each side used once.
   */
  private void attributions(GoldArticle gold, PredictedArticle predicted) {
    List<GoldArticle.Attribution> golds = gold.attributions();
    List<JsonNode> preds = predicted.attributions();
    List<String> predTexts = preds.stream().map(p -> predicted.spanText(p.get("content"))).toList();
    record Candidate(double overlap, int gold, int pred) {
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int g = 0; g < golds.size(); g++) {
      for (int p = 0; p < preds.size(); p++) {
        double o = Matching.overlap(PredictedArticle.orEmpty(golds.get(g).content()), predTexts.get(p));
        if (o > 0) {
          candidates.add(new Candidate(o, g, p));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.overlap())
        .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred));

    goldAttributions += golds.size();
    predictedAttributions += preds.size();
    golds.forEach(g -> goldByKind.merge(kindOf(g), 1L, Long::sum));
    for (int t = 0; t < THETAS.length; t++) {
      Set<Integer> usedGold = new HashSet<>();
      Set<Integer> usedPred = new HashSet<>();
      for (Candidate c : candidates) {
        if (c.overlap() < THETAS[t] - 1e-12 || usedGold.contains(c.gold()) || usedPred.contains(c.pred())) {
          continue;
        }
        usedGold.add(c.gold());
        usedPred.add(c.pred());
        pairs[t]++;
        pairedByKind.get(t).merge(kindOf(golds.get(c.gold())), 1L, Long::sum);
        boolean speakerRight = speakerMatches(gold, golds.get(c.gold()), preds.get(c.pred()), predicted);
        if (speakerRight) {
          speakerOk[t]++;
        }
        if (t == 0 && !speakerRight) {
          findings.add(new Finding(gold.name(), "attributions", "wrong speaker", golds.get(c.gold()).content(),
              "gold speaker " + golds.get(c.gold()).speaker() + ", predicted "
                  + speakerDescription(preds.get(c.pred()), predicted)));
        }
        if (t == 0 && c.overlap() < THETAS[1] - 1e-12) {
          findings.add(new Finding(gold.name(), "attributions", "partial content", golds.get(c.gold()).content(),
              String.format(java.util.Locale.ROOT, "overlap %.2f, so it pairs only leniently, with predicted: %s",
                  c.overlap(), predTexts.get(c.pred()))));
        }
      }
      if (t == 0) {
        for (int g = 0; g < golds.size(); g++) {
          if (!usedGold.contains(g)) {
            findings.add(new Finding(gold.name(), "attributions", "missed", golds.get(g).content(),
                "speaker " + golds.get(g).speaker() + ", cue '" + golds.get(g).cue() + "'"));
          }
        }
        for (int p = 0; p < preds.size(); p++) {
          if (!usedPred.contains(p)) {
            findings.add(new Finding(gold.name(), "attributions", "spurious", predTexts.get(p),
                "speaker " + speakerDescription(preds.get(p), predicted)));
          }
        }
      }
    }
  }

  private static String kindOf(GoldArticle.Attribution a) {
    return a.kind() == null ? "?" : a.kind();
  }

  /**
   * A predicted speaker is its text plus the name and mention texts of the actor it names; it
   * matches when one of those equals a form of the gold speaker. A null gold speaker is matched
   * only by an empty predicted one.
   */
  static boolean speakerMatches(GoldArticle gold, GoldArticle.Attribution g, JsonNode p, PredictedArticle predicted) {
    JsonNode speaker = p.get("speaker");
    if (g.speaker() == null) {
      if (Json.isNull(speaker)) {
        return true;
      }
      if (speaker.isTextual()) {
        return speaker.asText().strip().isEmpty();
      }
      return PredictedArticle.orEmpty(Json.text(speaker, "text")).strip().isEmpty() && Json.isNull(speaker.get("actor"));
    }
    if (Json.isNull(speaker)) {
      return false;
    }
    List<String> strings = new ArrayList<>();
    if (speaker.isTextual()) {
      strings.add(speaker.asText());
    } else {
      strings.add(PredictedArticle.orEmpty(Json.text(speaker, "text")));
      strings.addAll(predicted.actorStrings(speaker.get("actor")));
    }
    return Matching.matchesAny(strings, gold.formKeys(g.speaker()));
  }

  private static String speakerDescription(JsonNode p, PredictedArticle predicted) {
    JsonNode speaker = p.get("speaker");
    if (Json.isNull(speaker)) {
      return "none";
    }
    if (speaker.isTextual()) {
      return "'" + speaker.asText() + "'";
    }
    return "'" + PredictedArticle.orEmpty(Json.text(speaker, "text")) + "' (actor " + Json.text(speaker, "actor") + ")";
  }

  /**
   * Events pair one to one by maximum matching: a prediction matches a gold event when its
   * category is one of the gold categories and, with actors, every gold source and target is
   * matched by a predicted actor on the same side.
   */
  private void events(GoldArticle gold, PredictedArticle predicted) {
    List<GoldArticle.Event> golds = gold.events();
    List<JsonNode> all = predicted.events();
    List<JsonNode> reported = all.stream()
        .filter(p -> !NOT_REAL.contains(statusOf(p)))
        .toList();
    List<List<JsonNode>> variants = List.of(reported, all);
    for (int v = 0; v < 2; v++) {
      List<JsonNode> preds = variants.get(v);
      eventGold[v] += golds.size();
      eventPredicted[v] += preds.size();
      List<int[]> withActors = maximumMatching(golds.size(), preds.size(),
          (g, p) -> eventMatches(gold, predicted, golds.get(g), preds.get(p), true));
      eventTp[v] += withActors.size();
      eventTpCategory[v] += maximumMatching(golds.size(), preds.size(),
          (g, p) -> eventMatches(gold, predicted, golds.get(g), preds.get(p), false)).size();
      if (v == 0) {
        explainEvents(gold, predicted, golds, preds, withActors);
      }
    }
  }

  private static String statusOf(JsonNode event) {
    JsonNode s = event.get("status");
    String status = Json.isNull(s) || s.asText().isEmpty() ? "reported" : Json.pythonString(s);
    return status.toLowerCase(java.util.Locale.ROOT);
  }

  private void explainEvents(GoldArticle gold, PredictedArticle predicted, List<GoldArticle.Event> golds,
      List<JsonNode> preds, List<int[]> matched) {
    Set<Integer> g = new HashSet<>();
    Set<Integer> p = new HashSet<>();
    matched.forEach(m -> {
      g.add(m[0]);
      p.add(m[1]);
    });
    for (int i = 0; i < golds.size(); i++) {
      if (!g.contains(i)) {
        GoldArticle.Event e = golds.get(i);
        findings.add(new Finding(gold.name(), "events", "missed", e.text(),
            String.join("|", e.categories()) + " " + e.source() + " -> " + e.target()));
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (!p.contains(i)) {
        JsonNode e = preds.get(i);
        findings.add(new Finding(gold.name(), "events", "spurious", predicted.spanText(e.get("trigger")),
            categoryOf(e) + " " + Json.list(e, "source") + " -> " + Json.list(e, "target")));
      }
    }
  }

  private static String categoryOf(JsonNode event) {
    JsonNode c = event.get("category");
    if (c != null && c.isArray()) {
      c = c.isEmpty() ? null : c.get(0);
    }
    return Json.isNull(c) || c.asText().isEmpty() ? "" : c.asText().toUpperCase(java.util.Locale.ROOT);
  }

  static boolean eventMatches(GoldArticle gold, PredictedArticle predicted, GoldArticle.Event g, JsonNode p,
      boolean withActors) {
    Set<String> categories = new HashSet<>();
    g.categories().forEach(c -> categories.add(c.toUpperCase(java.util.Locale.ROOT)));
    if (!categories.contains(categoryOf(p))) {
      return false;
    }
    if (!withActors) {
      return true;
    }
    return sideMatches(gold, predicted, g.source(), p, "source") && sideMatches(gold, predicted, g.target(), p, "target");
  }

  private static boolean sideMatches(GoldArticle gold, PredictedArticle predicted, List<String> goldIds, JsonNode p,
      String side) {
    List<List<String>> predictedActors = new ArrayList<>();
    JsonNode v = p.get(side);
    if (v != null && v.isArray()) {
      v.forEach(ref -> predictedActors.add(predicted.actorStrings(ref)));
    } else if (!Json.isNull(v)) {
      predictedActors.add(predicted.actorStrings(v));
    }
    for (String goldId : goldIds) {
      Set<String> forms = gold.formKeys(goldId);
      if (predictedActors.stream().noneMatch(strings -> Matching.matchesAny(strings, forms))) {
        return false;
      }
    }
    return true;
  }

  /** Kuhn's augmenting paths: a maximum one-to-one matching, as pairs {gold, prediction}. */
  static List<int[]> maximumMatching(int golds, int preds, BiPredicate<Integer, Integer> ok) {
    List<List<Integer>> adjacent = new ArrayList<>();
    for (int g = 0; g < golds; g++) {
      List<Integer> row = new ArrayList<>();
      for (int p = 0; p < preds; p++) {
        if (ok.test(g, p)) {
          row.add(p);
        }
      }
      adjacent.add(row);
    }
    int[] goldOfPred = new int[preds];
    java.util.Arrays.fill(goldOfPred, -1);
    for (int g = 0; g < golds; g++) {
      if (!adjacent.get(g).isEmpty()) {
        augment(g, adjacent, goldOfPred, new boolean[preds]);
      }
    }
    List<int[]> matched = new ArrayList<>();
    for (int p = 0; p < preds; p++) {
      if (goldOfPred[p] >= 0) {
        matched.add(new int[] {goldOfPred[p], p});
      }
    }
    return matched;
  }

  private static boolean augment(int g, List<List<Integer>> adjacent, int[] goldOfPred, boolean[] seen) {
    for (int p : adjacent.get(g)) {
      if (!seen[p]) {
        seen[p] = true;
        if (goldOfPred[p] < 0 || augment(goldOfPred[p], adjacent, goldOfPred, seen)) {
          goldOfPred[p] = g;
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Scenario references pair by (scenario, holder), in gold order with the first free prediction:
   * scenario ids compare exactly, a null holder pairs only with null, an actor holder by actor match.
   */
  private void scenarioRefs(GoldArticle gold, PredictedArticle predicted) {
    List<GoldArticle.ScenarioRef> golds = gold.scenarioRefs();
    List<JsonNode> preds = predicted.scenarioRefs();
    scenarioGold += golds.size();
    scenarioPredicted += preds.size();
    Set<Integer> used = new HashSet<>();
    for (GoldArticle.ScenarioRef g : golds) {
      boolean paired = false;
      for (int i = 0; i < preds.size() && !paired; i++) {
        JsonNode p = preds.get(i);
        if (used.contains(i) || !Json.pythonString(p.get("scenario")).equals(g.scenario())) {
          continue;
        }
        JsonNode holder = p.get("holder");
        boolean ok = g.holder() == null ? Json.isNull(holder)
            : !Json.isNull(holder) && Matching.matchesAny(predicted.actorStrings(holder), gold.formKeys(g.holder()));
        if (ok) {
          used.add(i);
          paired = true;
          scenarioPairs++;
          String stance = Json.pythonString(p.get("stance"));
          if (stance.equals(g.stance())) {
            stanceOk++;
          } else {
            findings.add(new Finding(gold.name(), "scenario_refs", "wrong stance", g.text(),
                g.scenario() + ": gold " + g.stance() + ", predicted " + stance));
          }
        }
      }
      if (!paired) {
        findings.add(new Finding(gold.name(), "scenario_refs", "missed", g.text(),
            g.scenario() + ", holder " + g.holder() + ", " + g.stance()));
      }
    }
    for (int i = 0; i < preds.size(); i++) {
      if (!used.contains(i)) {
        JsonNode p = preds.get(i);
        findings.add(new Finding(gold.name(), "scenario_refs", "spurious", PredictedArticle.orEmpty(Json.text(p, "text")),
            Json.pythonString(p.get("scenario")) + ", holder " + Json.text(p, "holder") + ", "
                + Json.pythonString(p.get("stance"))));
      }
    }
  }

  /**
   * Actor resolution, pairwise: over gold actors with two or more distinct forms, each form lands on
   * the predicted actor with the most names or mentions equal to it (ties: first listed); a pair of
   * forms counts as "same" in gold when one actor has both, predicted when both land on one actor.
   */
  private void actorResolution(GoldArticle gold, PredictedArticle predicted) {
    record Item(String actor, String form) {
    }
    List<Item> items = new ArrayList<>();
    for (GoldArticle.Actor a : gold.actors()) {
      List<String> forms = new ArrayList<>();
      for (String f : a.forms()) {
        String k = Matching.key(f);
        if (!k.isEmpty() && !forms.contains(k)) {
          forms.add(k);
        }
      }
      if (forms.size() >= 2) {
        forms.forEach(f -> items.add(new Item(a.id(), f)));
      }
    }
    if (items.isEmpty()) {
      return;
    }
    Map<String, String> landing = new LinkedHashMap<>();
    for (Item item : items) {
      landing.computeIfAbsent(item.form(), form -> landsOn(form, predicted));
    }
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean goldSame = items.get(i).actor().equals(items.get(j).actor());
        String li = landing.get(items.get(i).form());
        String lj = landing.get(items.get(j).form());
        boolean predictedSame = li != null && li.equals(lj);
        goldSamePairs += goldSame ? 1 : 0;
        predictedSamePairs += predictedSame ? 1 : 0;
        resolutionTp += goldSame && predictedSame ? 1 : 0;
        if (goldSame && !predictedSame) {
          findings.add(new Finding(gold.name(), "actor_resolution", "split", items.get(i).form() + " / " + items.get(j).form(),
              items.get(i).actor() + " landed on " + li + " and " + lj));
        } else if (!goldSame && predictedSame) {
          findings.add(new Finding(gold.name(), "actor_resolution", "merged", items.get(i).form() + " / " + items.get(j).form(),
              items.get(i).actor() + " and " + items.get(j).actor() + " both landed on " + li));
        }
      }
    }
  }

  private static String landsOn(String form, PredictedArticle predicted) {
    String best = null;
    long bestCount = 0;
    for (String id : predicted.actorIds()) {
      long n = predicted.actorStrings(id).stream().filter(s -> Matching.key(s).equals(form)).count();
      if (n > bestCount) {
        best = id;
        bestCount = n;
      }
    }
    return best;
  }
}
