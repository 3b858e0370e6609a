package org.basira.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Locale;
import org.basira.eval.Report;

/** The eval report as a table a person reads. */
final class ScoreTable {

  private final PrintWriter out;

  ScoreTable(PrintWriter out) {
    this.out = out;
  }

  void print(Report report) {
    JsonNode r = report.json();
    out.printf("Scores on %s: %d of %d gold articles have a prediction%n%n", r.get("name").asText(),
        r.at("/docs/with_prediction").asInt(), r.at("/docs/gold").asInt());
    String header = "%-46s %7s %7s %7s   %s%n";
    String row = "%-46s %7s %7s %7s   %s%n";
    JsonNode a = r.get("attributions");
    if (!a.isNull()) {
      out.printf(header, "Attributions (gold " + a.get("gold").asInt() + ", predicted " + a.get("pred").asInt() + ")",
          "P", "R", "F1", "speaker accuracy / end-to-end F1");
      for (String theta : new String[] {"0.3", "0.8"}) {
        JsonNode t = a.get("theta_" + theta);
        out.printf(row, "  content, overlap >= " + theta + (theta.equals("0.3") ? " (lenient)" : " (strict)"),
            f(t, "precision"), f(t, "recall"), f(t, "f1"), f(t, "speaker_accuracy") + " / " + f(t, "e2e_f1"));
      }
      out.println();
    }
    JsonNode e = r.get("events");
    if (!e.isNull()) {
      out.printf(header, "Events (gold " + e.get("gold").asInt() + ", predicted " + e.get("pred").asInt() + ")",
          "P", "R", "F1", "");
      out.printf(row, "  category and actors", f(e, "precision"), f(e, "recall"), f(e, "f1"), "");
      out.printf(row, "  category only", f(e, "category_only_precision"), f(e, "category_only_recall"),
          f(e, "category_only_f1"), "");
      out.println();
    }
    JsonNode s = r.get("scenario_refs");
    if (!s.isNull()) {
      out.printf(header, "Scenario references (gold " + s.get("gold").asInt() + ", predicted " + s.get("pred").asInt() + ")",
          "P", "R", "F1", "stance accuracy");
      out.printf(row, "  by scenario and holder", f(s, "precision"), f(s, "recall"), f(s, "f1"), f(s, "stance_accuracy"));
      out.println();
    }
    JsonNode x = r.get("actor_resolution");
    if (!x.isNull()) {
      out.printf(header, "Actor resolution (gold pairs " + x.get("gold_pairs").asInt() + ")", "P", "R", "F1", "");
      out.printf(row, "  pairs of forms on one actor", f(x, "precision"), f(x, "recall"), f(x, "f1"), "");
      out.println();
    }
    JsonNode p = r.get("places");
    if (p != null && !p.isNull()) {
      out.printf("%-46s %7s%n", "Places (gold " + p.get("gold").asInt() + ", named as places "
          + p.get("named").asInt() + ")", "accuracy");
      out.printf("%-46s %7s%n", "  located where the gold puts them", f(p, "accuracy"));
      out.println();
    }
    out.println(report.summary());
  }

  private static String f(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "n/a" : String.format(Locale.ROOT, "%.3f", v.asDouble());
  }
}
