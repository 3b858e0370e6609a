package org.basira.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lays the scorer's counts out as the reference scorer's report and summary line. */
final class ReportWriter {

  private static final String[] EVENT_KEYS = {"reported", "all_status"};

  private final ObjectMapper mapper;

  ReportWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Report report(String name, ObjectNode docs, Scorer s, boolean keepAllStatus) {
    ObjectNode r = mapper.createObjectNode();
    r.put("name", name);
    r.set("docs", docs);
    r.set("attributions", s.attributionDocs == 0 ? null : attributions(s));
    r.set("events", s.eventDocs == 0 ? null : events(s, keepAllStatus));
    r.set("scenario_refs", s.scenarioDocs == 0 ? null : scenarios(s));
    r.set("actor_resolution", s.goldSamePairs == 0 ? null : actorResolution(s));
    r.set("places", s.placeDocs == 0 ? null : mapper.createObjectNode().put("docs", s.placeDocs)
        .put("gold", s.goldPlaces).put("named", s.placesNamed).put("right", s.placesRight)
        .put("accuracy", Prf.ratio(s.placesRight, s.goldPlaces)));
    String summary = summary(r);
    r.put("summary", summary);
    return new Report(r, summary, List.copyOf(s.findings));
  }

  private ObjectNode attributions(Scorer s) {
    ObjectNode a = mapper.createObjectNode()
        .put("docs", s.attributionDocs).put("gold", s.goldAttributions).put("pred", s.predictedAttributions);
    ObjectNode byKind = a.putObject("gold_by_kind");
    s.goldByKind.forEach(byKind::put);
    for (int t = 0; t < Scorer.THETAS.length; t++) {
      ObjectNode d = a.putObject("theta_" + Scorer.THETAS[t]);
      d.put("pairs", s.pairs[t]);
      put(d, "", Prf.of(s.pairs[t], s.predictedAttributions, s.goldAttributions));
      d.put("speaker_accuracy", Prf.ratio(s.speakerOk[t], s.pairs[t]));
      put(d, "e2e_", Prf.of(s.speakerOk[t], s.predictedAttributions, s.goldAttributions));
      ObjectNode recallByKind = d.putObject("recall_by_kind");
      for (Map.Entry<String, Long> e : s.goldByKind.entrySet()) {
        recallByKind.put(e.getKey(), Prf.ratio(s.pairedByKind.get(t).getOrDefault(e.getKey(), 0L), e.getValue()));
      }
    }
    return a;
  }

  private ObjectNode events(Scorer s, boolean keepAllStatus) {
    ObjectNode e = mapper.createObjectNode().put("docs", s.eventDocs)
        .put("scored_status", keepAllStatus ? "all" : "reported (negated/hypothetical/future left out)");
    for (int v = 0; v < 2; v++) {
      ObjectNode d = e.putObject(EVENT_KEYS[v]);
      d.put("gold", s.eventGold[v]).put("pred", s.eventPredicted[v]).put("tp", s.eventTp[v]);
      put(d, "", Prf.of(s.eventTp[v], s.eventPredicted[v], s.eventGold[v]));
      d.put("tp_category_only", s.eventTpCategory[v]);
      Prf category = Prf.of(s.eventTpCategory[v], s.eventPredicted[v], s.eventGold[v]);
      d.put("category_only_precision", category.precision())
          .put("category_only_recall", category.recall())
          .put("category_only_f1", category.f1());
    }
    e.setAll((ObjectNode) e.get(keepAllStatus ? "all_status" : "reported").deepCopy());
    return e;
  }

  private ObjectNode scenarios(Scorer s) {
    ObjectNode d = mapper.createObjectNode().put("docs", s.scenarioDocs).put("gold", s.scenarioGold)
        .put("pred", s.scenarioPredicted).put("pairs", s.scenarioPairs);
    put(d, "", Prf.of(s.scenarioPairs, s.scenarioPredicted, s.scenarioGold));
    d.put("stance_accuracy", Prf.ratio(s.stanceOk, s.scenarioPairs));
    return d;
  }

  private ObjectNode actorResolution(Scorer s) {
    ObjectNode d = mapper.createObjectNode().put("gold_pairs", s.goldSamePairs)
        .put("pred_pairs", s.predictedSamePairs).put("tp", s.resolutionTp);
    put(d, "", Prf.of(s.resolutionTp, s.predictedSamePairs, s.goldSamePairs));
    return d;
  }

  private static void put(ObjectNode node, String prefix, Prf prf) {
    node.put(prefix + "precision", prf.precision()).put(prefix + "recall", prf.recall()).put(prefix + "f1", prf.f1());
  }

  /** The reference scorer's one-line summary. */
  static String summary(ObjectNode r) {
    List<String> parts = new ArrayList<>();
    parts.add(String.format("SCORE %s docs %d/%d", r.get("name").asText(),
        r.at("/docs/with_prediction").asInt(), r.at("/docs/gold").asInt()));
    if (!r.get("attributions").isNull()) {
      var a = r.get("attributions");
      var l = a.get("theta_0.3");
      var s = a.get("theta_0.8");
      parts.add(String.format("attr(n=%d) θ0.3 P %s R %s F1 %s spk %s e2eF1 %s; θ0.8 F1 %s spk %s e2eF1 %s",
          a.get("gold").asInt(), f(l, "precision"), f(l, "recall"), f(l, "f1"), f(l, "speaker_accuracy"),
          f(l, "e2e_f1"), f(s, "f1"), f(s, "speaker_accuracy"), f(s, "e2e_f1")));
    }
    if (!r.get("events").isNull()) {
      var e = r.get("events");
      parts.add(String.format("events(n=%d) P %s R %s F1 %s; category-only F1 %s", e.get("gold").asInt(),
          f(e, "precision"), f(e, "recall"), f(e, "f1"), f(e, "category_only_f1")));
    }
    if (!r.get("scenario_refs").isNull()) {
      var s = r.get("scenario_refs");
      parts.add(String.format("scenario(n=%d) F1 %s stance %s", s.get("gold").asInt(), f(s, "f1"),
          f(s, "stance_accuracy")));
    }
    if (!r.get("actor_resolution").isNull()) {
      var x = r.get("actor_resolution");
      parts.add(String.format("actor-res(pairs=%d) P %s R %s F1 %s", x.get("gold_pairs").asInt(),
          f(x, "precision"), f(x, "recall"), f(x, "f1")));
    }
    if (r.hasNonNull("places")) {
      var p = r.get("places");
      parts.add(String.format("places(n=%d) accuracy %s", p.get("gold").asInt(), f(p, "accuracy")));
    }
    return String.join(" | ", parts);
  }

  private static String f(com.fasterxml.jackson.databind.JsonNode node, String field) {
    var v = node.get(field);
    // Half to even on the exact binary value, as Python's "%.3f" rounds.
    return v == null || v.isNull() ? "n/a"
        : new java.math.BigDecimal(v.asDouble()).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
