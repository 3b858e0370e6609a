package org.basira.app.web;

import static org.basira.app.web.Fragments.ranking;
import static org.basira.app.web.Fragments.scenarioName;
import static org.basira.app.web.Html.text;
import static org.basira.app.web.Html.url;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.basira.casebook.Casebook;
import org.basira.scenarios.ArticleStep;
import org.basira.scenarios.Evidence;
import org.basira.scenarios.MonthlyStanding;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.ScenarioView;
import org.basira.scenarios.Standing;

/**
 * The scenario pages: the board with its ranking, history, matrix and indicators, and one cell of the
 * matrix with the form that rates it.
 */
final class ScenarioPages {

  private final Library library;
  private final ObjectMapper json;
  private final Guard guard;

  ScenarioPages(Library library, ObjectMapper json, Guard guard) {
    this.library = library;
    this.json = json;
    this.guard = guard;
  }

  String board() {
    ScenarioBoard board = library.board();
    Casebook book = board.casebook();
    List<String> ids = book.scenarioIds();
    StringBuilder html = new StringBuilder("<section><h2>").append(text(book.title())).append("</h2>");
    ranking(html, board);
    html.append("</section><section><h2>Ranking over time</h2>");
    List<String> months = new ArrayList<>();
    Map<String, List<Double>> series = new LinkedHashMap<>();
    for (String id : ids) {
      series.put(scenarioName(book, id), new ArrayList<>());
    }
    for (MonthlyStanding m : board.byMonth()) {
      months.add(m.month().toString());
      for (String id : ids) {
        Double posterior = m.standings().stream().filter(s -> s.scenario().equals(id)).map(Standing::posterior)
            .findFirst().orElse(null);
        series.get(scenarioName(book, id)).add(posterior);
      }
    }
    List<ArticleStep> history = board.history();
    List<Map<String, Object>> scenarioNames = new ArrayList<>();
    for (String id : ids) {
      scenarioNames.add(ordered("id", id, "name", scenarioName(book, id)));
    }
    String data;
    try {
      List<Map<String, Object>> steps = new ArrayList<>();
      for (ArticleStep step : history) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("article", step.articleId());
        one.put("title", step.title());
        one.put("month", step.month() == null ? null : step.month().toString());
        one.put("posterior", step.posterior());
        one.put("moved", step.moved());
        steps.add(one);
      }
      data = json.writeValueAsString(ordered("scenarios", scenarioNames, "steps", steps));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the board's history is plain JSON", e);
    }
    // The drawn history (board.js, ECharts) replaces the plain monthly chart, which stays for readers without scripts.
    html.append("<p>Each scenario's posterior after each article's claims, articles in order of publication; hover a "
        + "point for what that article moved, click it to open the article.</p>")
        .append("<div id=\"board-history\" class=\"chart-box\" data-history=\"").append(text(data)).append("\">")
        .append(Charts.lines(months, series, 0, 1, "Posterior of each scenario by month")).append("</div>");
    List<ArticleStep> movers = history.stream().filter(step -> step.largestMove() > 0)
        .sorted(java.util.Comparator.comparingDouble(ArticleStep::largestMove).reversed()).limit(5).toList();
    if (!movers.isEmpty()) {
      html.append("<h3>The articles that moved it most</h3><ol class=\"movers\">");
      for (ArticleStep step : movers) {
        html.append("<li><a href=\"/articles/").append(url(step.articleId())).append("\">")
            .append(text(step.title() == null ? step.articleId() : step.title())).append("</a> <small>")
            .append(step.month() == null ? "undated" : step.month()).append("</small>: ");
        List<String> moves = new ArrayList<>();
        for (String id : ids) {
          double d = step.moved().getOrDefault(id, 0.0);
          if (Math.abs(d) >= 0.005) {
            moves.add(text(scenarioName(book, id)) + String.format(Locale.ROOT, " %+.2f", d));
          }
        }
        html.append(String.join(", ", moves)).append("</li>");
      }
      html.append("</ol>");
    }
    html.append("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>")
        .append("<script type=\"module\" src=\"/static/board.js\"></script>");
    html.append("</section><section><h2>Matrix</h2><p>Each cell is Basira's proposed rating, or an analyst's (marked ✱). "
        + "Open a cell to see its evidence and rate it.</p><div class=\"scroll\"><table class=\"matrix\"><thead><tr>"
        + "<th scope=\"col\">Evidence</th><th scope=\"col\">Credibility</th><th scope=\"col\">Diagnosticity</th>");
    for (String id : ids) {
      html.append("<th scope=\"col\">").append(text(scenarioName(book, id))).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (Evidence e : board.evidence()) {
      html.append("<tr id=\"ev-").append(text(e.id())).append("\"><th scope=\"row\"><span class=\"summary\">")
          .append(text(e.summary())).append("</span><small>").append(text(e.source())).append("</small></th><td>")
          .append(text(e.credibility().label())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", board.diagnosticity(e.id()))).append("</td>");
      for (String id : ids) {
        ScenarioBoard.Cell cell = board.cell(e.id(), id);
        html.append("<td class=\"cell r-").append(cell.rating().name()).append("\"><a href=\"/scenarios/cell?evidence=")
            .append(url(e.id())).append("&amp;scenario=").append(url(id)).append("\" aria-label=\"")
            .append(text(e.id() + " against " + scenarioName(book, id) + ": " + cell.rating().label()))
            .append("\">").append(cell.rating().name()).append(cell.overridden() ? "✱" : "").append("</a></td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table></div></section><section><h2>Indicators</h2><table class=\"list\"><thead><tr>"
        + "<th scope=\"col\">Indicator</th><th scope=\"col\">Scenario</th><th scope=\"col\">Month</th>"
        + "<th scope=\"col\">Count</th><th scope=\"col\">Threshold</th><th scope=\"col\">Met</th></tr></thead><tbody>");
    for (ScenarioBoard.IndicatorStatus i : board.indicators()) {
      html.append("<tr><td>").append(text(i.indicator().name())).append("</td><td>")
          .append(text(scenarioName(book, i.indicator().scenario()))).append("</td><td>")
          .append(text(i.month() == null ? "" : i.month().toString())).append("</td><td class=\"num\">").append(i.count())
          .append("</td><td class=\"num\">").append(i.indicator().threshold()).append("</td><td>")
          .append(i.met() ? "yes" : "no").append("</td></tr>");
    }
    return html.append("</tbody></table></section>").toString();
  }

  /** One cell of the matrix: its evidence and the form that rates it; empty when there is no such cell. */
  Optional<String> cell(String evidenceId, String scenario) {
    ScenarioBoard board = library.board();
    Casebook book = board.casebook();
    Optional<Evidence> found = board.evidence().stream().filter(e -> e.id().equals(evidenceId)).findFirst();
    if (found.isEmpty() || book.scenario(scenario).isEmpty()) {
      return Optional.empty();
    }
    Evidence e = found.get();
    ScenarioBoard.Cell cell = board.cell(e.id(), scenario);
    StringBuilder html = new StringBuilder("<section class=\"evidence\"><dl><dt>Evidence</dt><dd>")
        .append(text(e.summary())).append("</dd><dt>Source</dt><dd>").append(text(e.source())).append("</dd>");
    if (e.holder() != null) {
      html.append("<dt>Holder</dt><dd><a href=\"/actors/").append(url(e.holder())).append("\">").append(text(e.holder()))
          .append("</a></dd>");
    }
    html.append("<dt>Credibility</dt><dd>").append(text(e.credibility().label())).append("</dd><dt>Relevance</dt><dd>")
        .append(text(e.relevance().label())).append("</dd><dt>Basira proposes</dt><dd>").append(cell.proposed().name())
        .append(" (").append(text(cell.proposed().label())).append("): ").append(text(cell.reason())).append("</dd>");
    if (cell.overridden()) {
      html.append("<dt>Analyst's rating</dt><dd class=\"override\">").append(cell.override().rating().name()).append(" by ")
          .append(text(cell.override().byWhom())).append(": ").append(text(cell.override().why())).append("</dd>");
    }
    html.append("</dl>");
    if (!e.views().isEmpty()) {
      html.append("<h2>Where it is said</h2><ul class=\"claims\">");
      for (ScenarioView v : e.views()) {
        html.append("<li><span class=\"stance ").append(v.stance().name().toLowerCase(Locale.ROOT)).append("\">")
            .append(text(scenarioName(book, v.scenario()))).append(": ").append(v.stance().name().toLowerCase(Locale.ROOT))
            .append("</span><blockquote>").append(text(v.sentence())).append("</blockquote><small><a href=\"/articles/")
            .append(url(v.articleId())).append("\">").append(text(v.articleTitle() == null ? v.articleId()
                : v.articleTitle())).append("</a></small></li>");
      }
      html.append("</ul>");
    }
    html.append("</section><section><h2>Rate this cell</h2><form method=\"post\" action=\"/scenarios/cell\" class=\"rate\">")
        .append("<input type=\"hidden\" name=\"").append(Guard.CSRF_FIELD).append("\" value=\"").append(text(guard.csrf()))
        .append("\"><input type=\"hidden\" name=\"evidence\" value=\"").append(text(e.id()))
        .append("\"><input type=\"hidden\" name=\"scenario\" value=\"").append(text(scenario))
        .append("\"><label>Rating <select name=\"rating\" id=\"rating\">");
    for (Rating r : Rating.values()) {
      html.append("<option value=\"").append(r.name()).append('"').append(r == cell.rating() ? " selected" : "")
          .append('>').append(r.name()).append(" — ").append(text(r.label())).append("</option>");
    }
    html.append("<option value=\"auto\">auto — back to Basira's proposal</option></select></label>")
        .append("<label>Why <textarea name=\"why\" id=\"why\" required maxlength=\"2000\" rows=\"3\"></textarea></label>")
        .append("<label>By <input name=\"by\" id=\"by\" maxlength=\"100\" placeholder=\"your name\"></label>")
        .append("<button type=\"submit\" id=\"rate\">Save rating</button></form><p><a href=\"/scenarios#ev-")
        .append(text(e.id())).append("\">Back to the board</a></p></section>");
    return Optional.of(html.toString());
  }

  /** Records a rating from the cell form; the reason is required. */
  void rate(String evidenceId, String scenario, String rating, String why, String by) {
    if (why == null || why.isBlank()) {
      throw new BadRequest("a rating needs a reason: say why in the 'why' field");
    }
    Rating parsed;
    try {
      parsed = "auto".equalsIgnoreCase(rating) ? null : Rating.parse(rating);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("'" + rating + "' is not a rating; use CC, C, N, I, II or auto");
    }
    ScenarioBoard board = library.board();
    if (board.casebook().scenario(scenario).isEmpty()
        || board.evidence().stream().noneMatch(e -> e.id().equals(evidenceId))) {
      throw new BadRequest("there is no cell for evidence '" + evidenceId + "' and scenario '" + scenario + "'");
    }
    String who = by == null || by.isBlank() ? "web" : by.strip();
    library.read(w -> w.rate(evidenceId, scenario, parsed, who, why.strip()));
  }

  /** Two entries in the order written, so the page's JSON reads the same on every run (Map.of has no order). */
  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(k1, v1);
    map.put(k2, v2);
    return map;
  }
}
