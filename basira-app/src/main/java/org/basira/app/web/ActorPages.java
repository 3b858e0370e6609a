package org.basira.app.web;

import static org.basira.app.web.Fragments.claimList;
import static org.basira.app.web.Fragments.eventTable;
import static org.basira.app.web.Fragments.type;
import static org.basira.app.web.Html.text;
import static org.basira.app.web.Html.url;

import java.util.List;
import java.util.Optional;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.store.ActorSummary;
import org.basira.store.Claim;
import org.basira.store.ClaimQuery;
import org.basira.store.Neighbour;
import org.basira.store.TimelineEntry;
import org.basira.store.TimelineQuery;

/** The actor pages: the list of actors, and one actor's profile, claims, events and the actors seen with it. */
final class ActorPages {

  private final Library library;

  ActorPages(Library library) {
    this.library = library;
  }

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
}
