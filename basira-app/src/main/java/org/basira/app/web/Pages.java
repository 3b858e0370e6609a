package org.basira.app.web;

import static org.basira.app.web.Fragments.claimList;
import static org.basira.app.web.Fragments.field;
import static org.basira.app.web.Fragments.marked;
import static org.basira.app.web.Fragments.ranking;
import static org.basira.app.web.Fragments.scenarioName;
import static org.basira.app.web.Fragments.type;
import static org.basira.app.web.Html.text;
import static org.basira.app.web.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.basira.casebook.Casebook;
import org.basira.scenarios.Evidence;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.ScenarioView;
import org.basira.store.ActorSummary;
import org.basira.store.ArticleSummary;
import org.basira.store.Claim;
import org.basira.store.ClaimQuery;
import org.basira.store.Overview;
import org.basira.store.SearchResult;

/**
 * The overview, article, claims and search pages, rendered on the server from the workspace; each
 * returns the main part of its page.
 */
final class Pages {

  private final Library library;
  private final ObjectMapper json;

  Pages(Library library, ObjectMapper json) {
    this.library = library;
    this.json = json;
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
}
