package org.basira.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of a gold file: a hand annotation of one article. A layer that the line lacks is null
 * and is not scored for this article; a layer that is present but empty is scored.
 *
 * @param fileSha256 SHA-256 of the annotated file's bytes, or null when the file was not found
 */
public record GoldArticle(
    String doc,
    String file,
    String published,
    List<Actor> actors,
    List<Attribution> attributions,
    List<Event> events,
    List<ScenarioRef> scenarioRefs,
    List<Place> places,
    boolean noActorResolution,
    String sha256,
    String fileSha256) {

  public record Actor(String id, String type, List<String> forms) {
  }

  public record Attribution(String speaker, String cue, String content, String kind) {
  }

  public record Event(List<String> categories, List<String> source, List<String> target, String text) {
  }

  public record ScenarioRef(String scenario, String holder, String stance, String text) {
  }

  /**
   * A place mention and where it lies: a town by its GeoNames id; a region or a country by its
   * country code, precision and (a region) name; or nowhere, when the gazetteer should leave it
   * unresolved ({@code unresolved} true).
   */
  public record Place(String text, Long geonamesId, String country, String region, String precision,
      boolean unresolved) {
  }

  static GoldArticle of(JsonNode line, String fileSha256) {
    List<Actor> actors = Json.objects(line, "actors").stream()
        .map(a -> new Actor(Json.text(a, "id"), Json.text(a, "type"), Json.list(a, "forms")))
        .toList();
    List<Attribution> attributions = line.has("attributions")
        ? Json.objects(line, "attributions").stream().map(a -> new Attribution(Json.text(a, "speaker"),
            Json.text(a, "cue"), Json.text(a, "content"), Json.text(a, "kind"))).toList()
        : null;
    List<Event> events = line.has("events")
        ? Json.objects(line, "events").stream().map(e -> new Event(Json.list(e, "category"),
            Json.list(e, "source"), Json.list(e, "target"), Json.text(e, "text"))).toList()
        : null;
    List<ScenarioRef> refs = line.has("scenario_refs")
        ? Json.objects(line, "scenario_refs").stream().map(s -> new ScenarioRef(
            Json.pythonString(s.get("scenario")), Json.text(s, "holder"), Json.pythonString(s.get("stance")),
            Json.text(s, "text"))).toList()
        : null;
    List<Place> places = line.has("places")
        ? Json.objects(line, "places").stream().map(p -> new Place(Json.text(p, "text"),
            p.hasNonNull("geonames_id") ? p.get("geonames_id").asLong() : null, Json.text(p, "country"),
            Json.text(p, "region"), Json.text(p, "precision"), p.path("unresolved").asBoolean(false))).toList()
        : null;
    JsonNode noResolution = line.get("no_actor_resolution");
    return new GoldArticle(Json.text(line, "doc"), Json.text(line, "file"), Json.text(line, "published"), actors,
        attributions, events, refs, places, noResolution != null && noResolution.asBoolean(), Json.text(line, "sha256"),
        fileSha256);
  }

  /** The name this article goes by in messages. */
  public String name() {
    return doc != null ? doc : file != null ? file : "(unnamed)";
  }

  /** Gold actors by id; the first of a repeated id wins. */
  Map<String, Actor> actorsById() {
    Map<String, Actor> byId = new LinkedHashMap<>();
    for (Actor a : actors) {
      byId.putIfAbsent(a.id(), a);
    }
    return byId;
  }

  /**
   * The keys of an actor's forms. An id that names no gold actor stands for itself, so a gold file
   * may name a speaker by a plain string.
   */
  Set<String> formKeys(String actorId) {
    Actor actor = actorsById().get(actorId);
    List<String> forms = actor != null ? actor.forms() : actorId == null || actorId.isEmpty() ? List.of() : List.of(actorId);
    Set<String> keys = new LinkedHashSet<>();
    for (String f : forms) {
      String k = Matching.key(f);
      if (!k.isEmpty()) {
        keys.add(k);
      }
    }
    return keys;
  }
}
