package org.basira.app.web;

import static org.basira.app.web.Html.text;
import static org.basira.app.web.Html.url;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.basira.casebook.Casebook;

/**
 * One stored analysis as a page: the article text with every actor mention, claim, event trigger
 * and scenario reference marked where it sits, the details of each (shown beside the text when a mark
 * is clicked or reached by keyboard, and listed below it for reading without a script), and the
 * sentences as anchors that other pages link to.
 */
final class ArticleView {

  /** A marked stretch of the text: what it is, its details' id, and its offsets. */
  private record Mark(int start, int end, String kind, String id) {
  }

  private final JsonNode analysis;
  private final Casebook casebook;
  private final String text;
  private final Map<String, String> actorNames = new HashMap<>();

  ArticleView(JsonNode analysis, Casebook casebook) {
    this.analysis = analysis;
    this.casebook = casebook;
    this.text = analysis.path("article").path("text").asText("");
    for (JsonNode actor : analysis.path("actors")) {
      actorNames.put(actor.path("id").asText(), actor.path("name").asText());
    }
  }

  String render() {
    List<Mark> marks = new ArrayList<>();
    StringBuilder details = new StringBuilder("<div class=\"details-store\" hidden>");
    StringBuilder lists = new StringBuilder();
    actors(marks, details, lists);
    claims(marks, details, lists);
    events(marks, details, lists);
    references(marks, details, lists);
    details.append("</div>");
    JsonNode article = analysis.path("article");
    StringBuilder html = new StringBuilder("<p class=\"meta\">");
    html.append(text(article.path("source").asText(""))).append(" · ")
        .append(text(article.path("published").isNull() ? "undated" : article.path("published").asText()));
    if (article.hasNonNull("url")) {
      html.append(" · <span class=\"url\">").append(text(article.path("url").asText())).append("</span>");
    }
    html.append("</p><ul class=\"key\" aria-label=\"Marks\"><li><span class=\"hl actor\">actor</span></li>")
        .append("<li><span class=\"hl claim\">claim</span></li><li><span class=\"hl event\">event</span></li>")
        .append("<li><span class=\"hl ref\">scenario reference</span></li></ul>")
        .append("<div class=\"article-layout\"><article class=\"text\" dir=\"auto\">").append(marked(marks))
        .append("</article><aside class=\"detail-panel\" aria-live=\"polite\"><h2>Details</h2>")
        .append("<div id=\"detail\"><p>Click a mark, or reach it with Tab and press Enter.</p></div></aside></div>")
        .append(details).append(lists);
    return html.toString();
  }

  private void actors(List<Mark> marks, StringBuilder details, StringBuilder lists) {
    lists.append("<section><h2>Actors</h2><ul class=\"actors\">");
    for (JsonNode actor : analysis.path("actors")) {
      String id = actor.path("id").asText();
      String detail = "a-" + id;
      details.append("<div id=\"d-").append(text(detail)).append("\"><h3>").append(text(actor.path("name").asText()))
          .append("</h3><p>").append(text(actor.path("type").asText("").toLowerCase(java.util.Locale.ROOT)))
          .append(actor.hasNonNull("description") ? ", " + text(actor.path("description").asText()) : "")
          .append("</p><p><a href=\"/actors/").append(url(id)).append("\">Open the actor</a></p></div>");
      Set<String> written = new LinkedHashSet<>();
      for (JsonNode m : actor.path("mentions")) {
        marks.add(new Mark(m.path("start").asInt(), m.path("end").asInt(), "actor", detail));
        written.add(m.path("text").asText());
      }
      lists.append("<li><a href=\"/actors/").append(url(id)).append("\">").append(text(actor.path("name").asText()))
          .append("</a> <small>").append(text(String.join(" · ", written))).append("</small></li>");
    }
    lists.append("</ul></section>");
  }

  private void claims(List<Mark> marks, StringBuilder details, StringBuilder lists) {
    lists.append("<section><h2>Claims</h2><ol class=\"claims\">");
    int i = 0;
    for (JsonNode a : analysis.path("attributions")) {
      String detail = "c-" + i;
      JsonNode speaker = a.path("speaker");
      String written = speaker.path("text").asText("").isBlank() ? "unnamed" : speaker.path("text").asText();
      String who = speaker.hasNonNull("actor") ? actorNames.getOrDefault(speaker.path("actor").asText(), written) : written;
      String whoHtml = speaker.hasNonNull("actor") ? "<a href=\"/actors/" + url(speaker.path("actor").asText()) + "\">"
          + text(who) + "</a>" : text(who);
      details.append("<div id=\"d-").append(detail).append("\"><h3>Claim by ").append(whoHtml).append("</h3><p>")
          .append(text(a.path("kind").asText())).append(" speech, cue “").append(text(a.path("cue").path("text").asText()))
          .append("”</p><blockquote>").append(text(a.path("content").path("text").asText())).append("</blockquote></div>");
      JsonNode content = a.path("content");
      marks.add(new Mark(content.path("start").asInt(), content.path("end").asInt(), "claim", detail));
      if (speaker.has("start")) {
        marks.add(new Mark(speaker.path("start").asInt(), speaker.path("end").asInt(), "speaker", detail));
      }
      lists.append("<li><a href=\"#s").append(a.path("sentence").asInt()).append("\">").append(text(who)).append("</a>: <q>").append(text(content.path("text").asText())).append("</q> <small>")
          .append(text(a.path("kind").asText())).append("</small></li>");
      i++;
    }
    lists.append("</ol></section>");
  }

  private void events(List<Mark> marks, StringBuilder details, StringBuilder lists) {
    lists.append("<section><h2>Events</h2><table class=\"list events\"><thead><tr><th scope=\"col\">Category</th>"
        + "<th scope=\"col\">Who</th><th scope=\"col\">On whom</th><th scope=\"col\">When</th><th scope=\"col\">Where</th>"
        + "<th scope=\"col\">Status</th><th scope=\"col\">Trigger</th></tr></thead><tbody>");
    int i = 0;
    for (JsonNode e : analysis.path("events")) {
      String detail = "e-" + i;
      String when = e.path("date").hasNonNull("value") ? e.path("date").path("value").asText()
          : e.path("date").path("text").asText("");
      String row = "<td>" + text(e.path("category").asText()) + "</td><td>" + actors(e.path("source")) + "</td><td>"
          + actors(e.path("target")) + "</td><td>" + text(when) + "</td><td>" + text(e.path("place").path("text")
          .asText("")) + "</td><td>" + text(e.path("status").asText()) + "</td>";
      details.append("<div id=\"d-").append(detail).append("\"><h3>").append(text(e.path("category").asText()))
          .append(" event</h3><table class=\"list\"><tr>").append(row).append("</tr></table><p>")
          .append(text(e.path("quad_class").asText("").replace('_', ' '))).append(", cooperation score ")
          .append(text(e.path("cooperation_score").asText(""))).append("</p></div>");
      JsonNode trigger = e.path("trigger");
      marks.add(new Mark(trigger.path("start").asInt(), trigger.path("end").asInt(), "event", detail));
      lists.append("<tr>").append(row).append("<td><a href=\"#s").append(e.path("sentence").asInt()).append("\">")
          .append(text(trigger.path("text").asText())).append("</a></td></tr>");
      i++;
    }
    lists.append("</tbody></table></section>");
  }

  private void references(List<Mark> marks, StringBuilder details, StringBuilder lists) {
    lists.append("<section><h2>Scenario references</h2><ul class=\"claims\">");
    int i = 0;
    for (JsonNode r : analysis.path("scenario_refs")) {
      String detail = "r-" + i;
      String scenario = casebook.scenario(r.path("scenario").asText()).map(s -> s.name()).orElse(r.path("scenario").asText());
      String holder = r.hasNonNull("holder") ? actorNames.getOrDefault(r.path("holder").asText(), r.path("holder").asText())
          : "the article's own voice";
      String line = "<span class=\"stance " + text(r.path("stance").asText()) + "\">" + text(r.path("stance").asText())
          + "</span> " + text(scenario) + " — " + text(holder) + ": “" + text(r.path("text").asText()) + "”";
      details.append("<div id=\"d-").append(detail).append("\"><h3>Scenario reference</h3><p>").append(line)
          .append("</p></div>");
      marks.add(new Mark(r.path("start").asInt(), r.path("end").asInt(), "ref", detail));
      lists.append("<li>").append(line).append("</li>");
      i++;
    }
    lists.append("</ul></section>");
  }

  private String actors(JsonNode ids) {
    StringBuilder html = new StringBuilder();
    for (JsonNode id : ids) {
      if (html.length() > 0) {
        html.append(", ");
      }
      html.append("<a href=\"/actors/").append(url(id.asText())).append("\">")
          .append(text(actorNames.getOrDefault(id.asText(), id.asText()))).append("</a>");
    }
    return html.toString();
  }

  /**
   * The text cut at every mark's edge and at every sentence start; each piece inside marks becomes
   * one focusable span naming all the marks it is in, so overlapping marks need no nesting.
   */
  private String marked(List<Mark> marks) {
    int length = text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
    Map<Integer, Integer> sentenceAt = new HashMap<>();
    int index = 0;
    for (JsonNode s : analysis.path("sentences")) {
      int start = Math.min(length, Math.max(0, s.path("start").asInt()));
      sentenceAt.putIfAbsent(start, index++);
      cuts.add(start);
    }
    List<Mark> valid = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() >= 0 && m.end() <= length && m.start() < m.end()) {
        valid.add(m);
        cuts.add(m.start());
        cuts.add(m.end());
      }
    }
    StringBuilder html = new StringBuilder();
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && previous < cut) {
        piece(html, previous, cut, valid);
      }
      Integer s = sentenceAt.get(cut);
      if (s != null) {
        html.append("<a class=\"sentence\" id=\"s").append(s).append("\"></a>");
      }
      previous = cut;
    }
    return html.toString();
  }

  private void piece(StringBuilder html, int from, int to, List<Mark> marks) {
    Set<String> kinds = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Mark m : marks) {
      if (m.start() <= from && m.end() >= to) {
        kinds.add(m.kind());
        ids.add(m.id());
      }
    }
    String piece = text(text.substring(from, to)).replace("\n\n", "</p-break>").replace("\n", "<br>")
        .replace("</p-break>", "<br><br>");
    if (ids.isEmpty()) {
      html.append(piece);
      return;
    }
    html.append("<span class=\"hl ").append(String.join(" ", kinds)).append("\" tabindex=\"0\" role=\"button\" data-refs=\"")
        .append(text(String.join(" ", ids))).append("\">").append(piece).append("</span>");
  }
}
