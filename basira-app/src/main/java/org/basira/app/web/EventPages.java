package org.basira.app.web;

import static org.basira.app.web.Fragments.blank;
import static org.basira.app.web.Fragments.eventTable;
import static org.basira.app.web.Fragments.field;
import static org.basira.app.web.Fragments.period;
import static org.basira.app.web.Html.text;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.basira.store.TimelineEntry;
import org.basira.store.TimelineQuery;

/** The event pages: the map of located events and the filtered timeline with its monthly chart. */
final class EventPages {

  private final Library library;
  private final ObjectMapper json;

  EventPages(Library library, ObjectMapper json) {
    this.library = library;
    this.json = json;
  }

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

  /** Events filtered by actor, category, place and period, with a monthly chart by quad class. */
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
}
