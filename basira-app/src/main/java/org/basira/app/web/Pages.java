package org.basira.app.web;

import static org.basira.app.web.Html.text;
import static org.basira.app.web.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.scenarios.ArticleStep;
import org.basira.scenarios.Evidence;
import org.basira.scenarios.MonthlyStanding;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.ScenarioView;
import org.basira.scenarios.Standing;
import org.basira.store.ActorSummary;
import org.basira.store.ArticleSummary;
import org.basira.store.Claim;
import org.basira.store.ClaimQuery;
import org.basira.store.Neighbour;
import org.basira.store.Overview;
import org.basira.store.SearchResult;
import org.basira.store.TimelineEntry;
import org.basira.store.TimelineQuery;

/** The pages, rendered on the server from the workspace; each returns the main part of its page. */
final class Pages {

  private final Library library;
  private final ObjectMapper json;
  private final Guard guard;

  Pages(Library library, ObjectMapper json, Guard guard) {
    this.library = library;
    this.json = json;
    this.guard = guard;
  }

  String overview() {
    Overview counts = library.read(w -> w.overview());
    List<ArticleSummary> latest = library.read(w -> w.latestArticles(10));
    List<ActorSummary> actors = library.read(w -> w.actors(12));
    StringBuilder html = new StringBuilder("<section class=\"counts\" aria-label=\"Counts\"><dl>");
    count(html, "articles", counts.articles());
    count(html, "actors", counts.actors());
    count(html, "claims", counts.attributions());
    count(html, "events", counts.events());
    count(html, "scenario references", counts.scenarioReferences());
    html.append("</dl></section><div class=\"columns\"><section><h2>Latest articles</h2>");
    articleList(html, latest);
    html.append("</section><section><h2>Top actors</h2><ol class=\"actors\">");
    for (ActorSummary a : actors) {
      html.append("<li><a href=\"/actors/").append(url(a.id())).append("\">").append(text(a.name())).append("</a> <small>")
          .append(text(type(a.type()))).append(", ").append(a.articles()).append(a.articles() == 1 ? " article" : " articles")
          .append("</small></li>");
    }
    html.append("</ol></section><section><h2>Scenario ranking</h2>");
    ScenarioBoard board = library.board();
    ranking(html, board);
    html.append("<p><a href=\"/scenarios\">Open the scenario board</a></p></section></div>");
    return html.toString();
  }

  private static void count(StringBuilder html, String what, long n) {
    html.append("<div><dt>").append(what).append("</dt><dd>").append(String.format(Locale.ROOT, "%,d", n))
        .append("</dd></div>");
  }

  private static void articleList(StringBuilder html, List<ArticleSummary> articles) {
    if (articles.isEmpty()) {
      html.append("<p class=\"empty\">No articles yet: run <code>basira ingest FILES</code>.</p>");
      return;
    }
    html.append("<ul class=\"articles\">");
    for (ArticleSummary a : articles) {
      html.append("<li><a href=\"/articles/").append(url(a.id())).append("\">")
          .append(text(a.title() == null || a.title().isBlank() ? a.source() : a.title())).append("</a> <small>")
          .append(text(a.published() == null ? "undated" : a.published())).append(" · ").append(a.events())
          .append(" events · ").append(a.attributions()).append(" claims</small></li>");
    }
    html.append("</ul>");
  }

  private static void ranking(StringBuilder html, ScenarioBoard board) {
    Casebook book = board.casebook();
    html.append("<p class=\"question\">").append(text(book.question())).append("</p>");
    html.append("<table class=\"ranking\"><thead><tr><th scope=\"col\">Rank</th><th scope=\"col\">Scenario</th>"
        + "<th scope=\"col\">Weighted inconsistency</th><th scope=\"col\">Posterior</th></tr></thead><tbody>");
    for (Standing s : board.standings()) {
      html.append("<tr><td>").append(s.rank()).append("</td><td>").append(text(scenarioName(book, s.scenario())))
          .append("</td><td class=\"num\" data-scenario=\"").append(text(s.scenario())).append("\" data-score=\"wi\">")
          .append(String.format(Locale.ROOT, "%.2f", s.weightedInconsistency())).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.3f", s.posterior())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static String scenarioName(Casebook book, String id) {
    return book.scenario(id).map(s -> s.name()).orElse(id);
  }

  // ---- article ----

  /** The article's text with its extractions marked, and each of them listed; empty when there is no such article. */
  Optional<String> article(String id) {
    Optional<String> stored = library.read(w -> w.storedAnalysis(id));
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    JsonNode analysis;
    try {
      analysis = json.readTree(stored.get());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(new ArticleView(analysis, library.casebook()).render());
  }

  String articleTitle(String id) {
    return library.read(w -> w.article(id)).map(a -> a.title() == null || a.title().isBlank() ? a.source() : a.title())
        .orElse(id);
  }

  // ---- actors ----

  String actors() {
    List<ActorSummary> actors = library.read(w -> w.actors(500));
    StringBuilder html = new StringBuilder("<table class=\"list\"><thead><tr><th scope=\"col\">Actor</th>"
        + "<th scope=\"col\">Type</th><th scope=\"col\">Articles</th><th scope=\"col\">Mentions</th>"
        + "<th scope=\"col\">Written as</th></tr></thead><tbody>");
    for (ActorSummary a : actors) {
      html.append("<tr><td><a href=\"/actors/").append(url(a.id())).append("\">").append(text(a.name()))
          .append("</a></td><td>").append(text(type(a.type()))).append("</td><td class=\"num\">").append(a.articles())
          .append("</td><td class=\"num\">").append(a.mentions()).append("</td><td>")
          .append(text(String.join(" · ", a.names().subList(0, Math.min(6, a.names().size()))))).append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  /** The actor called {@code idOrName}: empty when none is; the title and the page otherwise. */
  Optional<String[]> actor(String idOrName) {
    Optional<ActorSummary> found = library.actorCalled(idOrName);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ActorSummary actor = found.get();
    String id = actor.id();
    List<Claim> by = library.read(w -> w.claims(new ClaimQuery(id, null, 200)));
    List<Claim> about = library.read(w -> w.claims(new ClaimQuery(null, actor.name(), 100))).stream()
        .filter(c -> !id.equals(c.speakerId())).toList();
    List<TimelineEntry> events = library.read(w -> w.timeline(new TimelineQuery(id, List.of(), List.of(), null, null,
        500)));
    List<Neighbour> neighbours = library.read(w -> w.neighbours(id, 16));
    StringBuilder html = new StringBuilder("<section class=\"profile\"><dl>");
    html.append("<dt>Type</dt><dd>").append(text(type(actor.type()))).append("</dd>");
    Optional<GazetteerEntry> entry = library.entry(id);
    entry.filter(e -> e.arabic() != null).ifPresent(e -> html.append("<dt>Arabic</dt><dd lang=\"ar\" dir=\"rtl\">")
        .append(text(e.arabic())).append("</dd>"));
    html.append("<dt>Written as</dt><dd>").append(text(String.join(" · ", actor.names()))).append("</dd>");
    entry.filter(e -> !e.aliases().isEmpty()).ifPresent(e -> html.append("<dt>Also known as</dt><dd>")
        .append(text(String.join(" · ", e.aliases()))).append("</dd>"));
    entry.filter(e -> !e.roles().isEmpty()).ifPresent(e -> html.append("<dt>Roles</dt><dd>")
        .append(text(String.join("; ", e.roles()))).append("</dd>"));
    by.stream().map(Claim::role).filter(r -> r != null && !r.isBlank()).findFirst()
        .ifPresent(role -> html.append("<dt>Described as</dt><dd>").append(text(role)).append("</dd>"));
    entry.filter(e -> !e.affiliations().isEmpty()).ifPresent(e -> html.append("<dt>Affiliations</dt><dd>")
        .append(text(e.affiliations().stream().map(Object::toString).toList())).append("</dd>"));
    html.append("<dt>In</dt><dd>").append(actor.articles()).append(" articles, ").append(actor.mentions())
        .append(" mentions</dd></dl></section>");
    html.append("<div class=\"columns\"><section><h2>Claims by ").append(text(actor.name())).append("</h2>");
    claimList(html, by, false);
    html.append("</section><section><h2>Claims about ").append(text(actor.name())).append("</h2>");
    claimList(html, about, true);
    html.append("</section></div><section><h2>Events</h2>");
    eventTable(html, events);
    html.append("</section><section><h2>Seen with</h2><div class=\"columns\">");
    List<Charts.Node> nodes = neighbours.stream().map(n -> new Charts.Node(n.name(), "/actors/" + url(n.id()),
        n.articles(), n.actedOn() + n.actedBy())).toList();
    html.append(Charts.egoNetwork(actor.name(), nodes, "Actors named with " + actor.name()));
    html.append("<table class=\"list\"><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Articles together</th>"
        + "<th scope=\"col\">Events by them on this one</th><th scope=\"col\">Events by this one on them</th></tr></thead><tbody>");
    for (Neighbour n : neighbours) {
      html.append("<tr><td><a href=\"/actors/").append(url(n.id())).append("\">").append(text(n.name()))
          .append("</a></td><td class=\"num\">").append(n.articles()).append("</td><td class=\"num\">").append(n.actedOn())
          .append("</td><td class=\"num\">").append(n.actedBy()).append("</td></tr>");
    }
    html.append("</tbody></table></div></section>");
    return Optional.of(new String[] {actor.name(), html.toString()});
  }

  private static void claimList(StringBuilder html, List<Claim> claims, boolean withSpeaker) {
    if (claims.isEmpty()) {
      html.append("<p class=\"empty\">None.</p>");
      return;
    }
    html.append("<ul class=\"claims\">");
    for (Claim c : claims) {
      html.append("<li><blockquote>").append(text(c.content())).append("</blockquote><small>");
      if (withSpeaker) {
        html.append(c.speakerId() == null ? text(c.who())
            : "<a href=\"/actors/" + url(c.speakerId()) + "\">" + text(c.who()) + "</a>").append(", ");
      }
      html.append(text(c.kind())).append(" · <a href=\"/articles/").append(url(c.articleId())).append("#s")
          .append(c.sentence()).append("\">").append(text(c.title() == null ? c.source() : c.title())).append("</a> ")
          .append(text(c.published() == null ? "" : c.published())).append("</small></li>");
    }
    html.append("</ul>");
  }

  private static void eventTable(StringBuilder html, List<TimelineEntry> events) {
    if (events.isEmpty()) {
      html.append("<p class=\"empty\">No events.</p>");
      return;
    }
    html.append("<table class=\"list events\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Category</th>"
        + "<th scope=\"col\">Who</th><th scope=\"col\">On whom</th><th scope=\"col\">Where</th><th scope=\"col\">Status</th>"
        + "<th scope=\"col\">Sentence</th></tr></thead><tbody>");
    for (TimelineEntry e : events) {
      html.append("<tr class=\"").append(text(e.quadClass().toLowerCase(Locale.ROOT))).append("\"><td>").append(text(e.date() == null ? "undated"
          : e.date())).append("</td><td>").append(text(e.category())).append("</td><td>").append(actorLinks(e.sources()))
          .append("</td><td>").append(actorLinks(e.targets())).append("</td><td>").append(text(e.place()))
          .append("</td><td>").append(text(e.status())).append("</td><td><a href=\"/articles/").append(url(e.articleId()))
          .append("#s").append(e.sentenceIndex()).append("\">").append(text(e.sentence() == null ? e.trigger()
              : e.sentence())).append("</a></td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static String actorLinks(List<String> names) {
    StringBuilder html = new StringBuilder();
    for (String name : names) {
      if (html.length() > 0) {
        html.append(", ");
      }
      html.append("<a href=\"/actors/").append(url(name)).append("\">").append(text(name)).append("</a>");
    }
    return html.toString();
  }

  // ---- timeline ----

  /** Events filtered by actor, category, place and period, with a monthly chart by quad class. */
  /**
   * The map: filters, the map's frame and the scripts that draw it. Country outlines, Leaflet and
   * topojson-client are served by Basira itself, so the page works with no network.
   */
  String map() {
    StringBuilder html = new StringBuilder("<form class=\"filters\" id=\"map-filters\">");
    html.append("<label>Category <select name=\"category\"><option value=\"\">any</option>");
    for (org.basira.model.PloverCategory c : org.basira.model.PloverCategory.values()) {
      html.append("<option>").append(c.name()).append("</option>");
    }
    html.append("</select></label>");
    field(html, "actor", "Actor", null);
    html.append("<label>From <input name=\"from\" type=\"date\"></label><label>To <input name=\"to\" type=\"date\"></label>")
        .append("<label><input name=\"all\" type=\"checkbox\"> also negated, hypothetical and future</label></form>")
        .append("<p id=\"map-count\" aria-live=\"polite\">Loading the map…</p>")
        .append("<div id=\"map\" class=\"map\" role=\"region\" aria-label=\"Map of located events\"></div>")
        .append("<p><small>Each dot is an event whose place the gazetteer of places located (GeoNames, CC BY 4.0);")
        .append(" a ring stands for a whole region or country. Outlines: Natural Earth. Click a dot for its sentence.")
        .append(" The same points: <code>basira export --format geojson</code>.</small></p>")
        .append("<link rel=\"stylesheet\" href=\"/webjars/leaflet/1.9.4/dist/leaflet.css\">")
        .append("<script src=\"/webjars/leaflet/1.9.4/dist/leaflet.js\"></script>")
        .append("<script src=\"/static/vendor/topojson-client.min.js\"></script>")
        .append("<script type=\"module\" src=\"/static/map.js\"></script>");
    return html.toString();
  }

  String timeline(String actor, String category, String place, String from, String to, boolean sideless) {
    TimelineQuery query = new TimelineQuery(blank(actor), category == null || category.isBlank() ? List.of()
        : List.of(category.toUpperCase(Locale.ROOT)), List.of(), period(from, "from"), period(to, "to"), 2000)
        .withSideless(sideless);
    List<TimelineEntry> entries = library.timeline(query, place);
    StringBuilder html = new StringBuilder("<form class=\"filters\" action=\"/timeline\">");
    field(html, "actor", "Actor", actor);
    html.append("<label>Category <select name=\"category\"><option value=\"\">any</option>");
    for (org.basira.model.PloverCategory c : org.basira.model.PloverCategory.values()) {
      html.append("<option").append(c.name().equalsIgnoreCase(category) ? " selected" : "").append('>').append(c.name())
          .append("</option>");
    }
    html.append("</select></label>");
    field(html, "place", "Place", place);
    field(html, "from", "From", from);
    field(html, "to", "To", to);
    html.append("<label title=\"Events with neither a source nor a target tell that something happened, not who did it\">"
        + "<input type=\"checkbox\" name=\"sideless\"").append(sideless ? " checked" : "")
        .append("> with no known side</label>");
    html.append("<button type=\"submit\">Show</button></form>");
    TreeMap<String, Map<String, Integer>> months = new TreeMap<>();
    for (TimelineEntry e : entries) {
      if (e.start() != null && "reported".equalsIgnoreCase(e.status())) {
        String month = e.start().toString().substring(0, 7);
        months.computeIfAbsent(month, m -> new LinkedHashMap<>()).merge(e.quadClass().toLowerCase(Locale.ROOT), 1,
            Integer::sum);
      }
    }
    SortedMap<String, Map<String, Integer>> every = Charts.everyMonth(months);
    String data;
    try {
      data = json.writeValueAsString(every);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("month counts are plain JSON", e);
    }
    // The drawn chart (timeline.js, ECharts) replaces the plain one, which stays for readers without scripts.
    html.append("<section><h2>Reported events by month and quad class</h2><div id=\"events-by-month\" class=\"chart-box\" "
        + "data-months=\"").append(text(data)).append("\">")
        .append(Charts.monthlyBars(every, "Reported events by month, stacked by PLOVER quad class"))
        .append("</div><p class=\"hint\">Drag across months to zoom in, or use the slider; click a month's bar to "
            + "list its events.</p></section>")
        .append("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>")
        .append("<script type=\"module\" src=\"/static/timeline.js\"></script>");
    html.append("<section><h2>").append(entries.size()).append(" events</h2>");
    eventTable(html, entries);
    return html.append("</section>").toString();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A date a user typed for {@code what}, or null for none; a malformed one is a bad request. */
  static org.basira.model.PartialDate period(String value, String what) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return org.basira.model.PartialDate.tryParse(value.strip()).orElseThrow(() -> new BadRequest(
        "'" + value + "' is not a date for " + what + "; write YYYY, YYYY-MM or YYYY-MM-DD"));
  }

  private static void field(StringBuilder html, String name, String label, String value) {
    html.append("<label>").append(label).append(" <input name=\"").append(name).append("\" value=\"")
        .append(text(value)).append("\"></label>");
  }

  // ---- claims ----

  String claims(String speaker, String scenario) {
    StringBuilder html = new StringBuilder("<form class=\"filters\" action=\"/claims\">");
    field(html, "speaker", "Speaker", speaker);
    Casebook book = library.casebook();
    html.append("<label>Scenario <select name=\"scenario\"><option value=\"\">any</option>");
    for (String id : book.scenarioIds()) {
      html.append("<option value=\"").append(text(id)).append('"').append(id.equals(scenario) ? " selected" : "")
          .append('>').append(text(scenarioName(book, id))).append("</option>");
    }
    html.append("</select></label><button type=\"submit\">Show</button></form>");
    if (speaker != null && !speaker.isBlank()) {
      List<Claim> claims = library.read(w -> w.claims(new ClaimQuery(speaker.strip(), null, 500)));
      html.append("<section><h2>Claims by ").append(text(speaker)).append("</h2>");
      claimList(html, claims, true);
      html.append("</section>");
    }
    html.append("<section><h2>Views on the scenarios</h2>");
    ScenarioBoard board = library.board();
    boolean any = false;
    for (String id : book.scenarioIds()) {
      if (scenario != null && !scenario.isBlank() && !id.equals(scenario)) {
        continue;
      }
      html.append("<h3>").append(text(scenarioName(book, id))).append("</h3><ul class=\"claims\">");
      for (Evidence e : board.evidence()) {
        for (ScenarioView v : e.views()) {
          if (!v.scenario().equals(id)) {
            continue;
          }
          any = true;
          html.append("<li><span class=\"stance ").append(v.stance().name().toLowerCase(Locale.ROOT)).append("\">")
              .append(text(v.stance().name().toLowerCase(Locale.ROOT))).append("</span> <blockquote>")
              .append(text(v.claim() != null ? v.claim() : v.sentence())).append("</blockquote><small>")
              .append(v.holder() == null ? "the article's own voice" : "<a href=\"/actors/" + url(v.holder()) + "\">"
                  + text(v.holderName()) + "</a>").append(" · <a href=\"/articles/").append(url(v.articleId()))
              .append("\">").append(text(v.articleTitle() == null ? v.articleId() : v.articleTitle()))
              .append("</a></small></li>");
        }
      }
      html.append("</ul>");
    }
    if (!any) {
      html.append("<p class=\"empty\">No scenario references.</p>");
    }
    return html.append("</section>").toString();
  }

  // ---- search ----

  String search(String q) {
    StringBuilder html = new StringBuilder("<form class=\"filters\" action=\"/search\" role=\"search\">");
    field(html, "q", "Words", q);
    html.append("<button type=\"submit\">Search</button></form>");
    if (q == null || q.isBlank()) {
      return html.append("<p>Search the titles and texts: words, \"a phrase\", or a name in any spelling.</p>")
          .toString();
    }
    SearchResult result = library.read(w -> w.search(q.strip(), 50));
    html.append("<div class=\"columns search\"><section><h2>").append(result.total())
        .append(result.total() == 1 ? " article" : " articles").append("</h2><ol class=\"hits\">");
    for (SearchResult.Hit hit : result.hits()) {
      html.append("<li><a href=\"/articles/").append(url(hit.articleId())).append("\">")
          .append(text(hit.title() == null ? hit.source() : hit.title())).append("</a> <small>")
          .append(text(hit.published())).append("</small><p>").append(marked(hit.snippet())).append("</p></li>");
    }
    html.append("</ol></section><aside><h2>Facets</h2>");
    for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
      html.append("<h3>").append(text(facet.getKey())).append("</h3><ul class=\"facets\">");
      for (SearchResult.FacetCount count : facet.getValue()) {
        String link = switch (facet.getKey()) {
          case "actor" -> "/actors/" + url(count.value());
          case "month" -> "/timeline?from=" + url(count.value()) + "&to=" + url(count.value());
          default -> "/search?q=" + url(q.strip() + " " + count.value());
        };
        html.append("<li><a href=\"").append(text(link)).append("\">").append(text(count.value())).append("</a> ")
            .append(count.count()).append("</li>");
      }
      html.append("</ul>");
    }
    return html.append("</aside></div>").toString();
  }

  /** A snippet with the matches the index marked «thus», escaped, with the marks as HTML. */
  static String marked(String snippet) {
    return text(snippet).replace("«", "<mark>").replace("»", "</mark>");
  }

  // ---- scenario board ----

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
      scenarioNames.add(Map.of("id", id, "name", scenarioName(book, id)));
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
      data = json.writeValueAsString(Map.of("scenarios", scenarioNames, "steps", steps));
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

  private static String type(String type) {
    return type == null ? "" : type.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A request the server cannot answer as asked; its message says what to change. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
