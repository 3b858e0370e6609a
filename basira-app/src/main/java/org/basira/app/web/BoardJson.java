package org.basira.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.basira.casebook.Casebook;
import org.basira.scenarios.Evidence;
import org.basira.scenarios.ScenarioBoard;

/** The scenario board as JSON, one shape for {@code basira scenarios --json} and {@code GET /api/scenarios}. */
public final class BoardJson {

  private BoardJson() {
  }

  public static Map<String, Object> of(ScenarioBoard board) {
    Casebook book = board.casebook();
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("id", book.id());
    about.put("title", book.title());
    about.put("question", book.question());
    about.put("scenarios", book.scenarios().stream().map(s -> {
      Map<String, String> scenario = new LinkedHashMap<>();
      scenario.put("id", s.id());
      scenario.put("name", s.name());
      return scenario;
    }).toList());
    root.put("casebook", about);
    root.put("standings", board.standings());
    root.put("by_month", board.byMonth());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Evidence e : board.evidence()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.id());
      row.put("kind", e.kind().name().toLowerCase(Locale.ROOT));
      row.put("month", e.month() == null ? null : e.month().toString());
      row.put("summary", e.summary());
      row.put("source", e.source());
      row.put("holder", e.holder());
      row.put("credibility", e.credibility().label());
      row.put("relevance", e.relevance().label());
      row.put("diagnosticity", board.diagnosticity(e.id()));
      Map<String, Object> cells = new LinkedHashMap<>();
      for (String s : book.scenarioIds()) {
        ScenarioBoard.Cell cell = board.cell(e.id(), s);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("rating", cell.rating().name());
        c.put("proposed", cell.proposed().name());
        c.put("reason", cell.reason());
        c.put("override", cell.overridden() ? cell.override() : null);
        cells.put(s, c);
      }
      row.put("cells", cells);
      rows.add(row);
    }
    root.put("evidence", rows);
    root.put("most_diagnostic", board.mostDiagnostic(10).stream().map(Evidence::id).toList());
    root.put("views", board.views());
    root.put("indicators", board.indicators().stream().map(i -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.indicator().id());
      m.put("name", i.indicator().name());
      m.put("scenario", i.indicator().scenario());
      m.put("bears", i.indicator().bears().wireName());
      m.put("month", i.month() == null ? null : i.month().toString());
      m.put("count", i.count());
      m.put("threshold", i.indicator().threshold());
      m.put("window_months", i.indicator().windowMonths());
      m.put("met", i.met());
      return m;
    }).toList());
    root.put("unplaced_ratings", board.unplacedRatings());
    return root;
  }
}
