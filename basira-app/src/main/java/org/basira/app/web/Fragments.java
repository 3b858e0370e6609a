package org.basira.app.web;

import static org.basira.app.web.Html.text;
import static org.basira.app.web.Html.url;

import java.util.List;
import java.util.Locale;
import org.basira.casebook.Casebook;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.Standing;
import org.basira.store.Claim;
import org.basira.store.TimelineEntry;

/** The pieces of HTML that several pages share: lists, tables, form fields and the readings of what users type. */
final class Fragments {

  private Fragments() {}

  /** The scenario ranking: the casebook's question, then each scenario's rank, inconsistency and posterior. */
  static void ranking(StringBuilder html, ScenarioBoard board) {
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

  /** The scenario's name in {@code book}, or its id where the casebook has no such scenario. */
  static String scenarioName(Casebook book, String id) {
    return book.scenario(id).map(s -> s.name()).orElse(id);
  }

  /** Claims as quotes with their article, and their speaker when {@code withSpeaker}; "None." for none. */
  static void claimList(StringBuilder html, List<Claim> claims, boolean withSpeaker) {
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

  /** Events as a table, one row each with its actors and sentence linked; "No events." when there are none. */
  static void eventTable(StringBuilder html, List<TimelineEntry> events) {
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

  /** Names, each linked to its actor's page, separated by commas. */
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

  /** A labelled text input holding {@code value}. */
  static void field(StringBuilder html, String name, String label, String value) {
    html.append("<label>").append(label).append(" <input name=\"").append(name).append("\" value=\"")
        .append(text(value)).append("\"></label>");
  }

  /** An actor type as a reader writes it: lower case, spaces for underscores; empty for none. */
  static String type(String type) {
    return type == null ? "" : type.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** What a user typed, stripped, or null when it is blank. */
  static String blank(String s) {
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

  /** A snippet with the matches the index marked «thus», escaped, with the marks as HTML. */
  static String marked(String snippet) {
    return text(snippet).replace("«", "<mark>").replace("»", "</mark>");
  }
}
