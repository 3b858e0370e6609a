package org.basira.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One prediction (a contract object) as the scorer reads it: leniently, as JSON, so that output
 * of other tools that bends the contract scores the same here as in the reference scorer.
 */
final class PredictedArticle {

  static final PredictedArticle NONE = new PredictedArticle(null);

  private final JsonNode root;
  private final Map<String, JsonNode> actors = new LinkedHashMap<>();
  private final String text;

  PredictedArticle(JsonNode root) {
    this.root = root;
    for (JsonNode a : Json.objects(root, "actors")) {
      JsonNode id = a.get("id");
      if (!Json.isNull(id)) {
        actors.putIfAbsent(Json.pythonString(id), a);
      }
    }
    JsonNode t = root == null ? null : root.path("article").get("text");
    this.text = t != null && t.isTextual() ? t.asText() : null;
  }

  List<JsonNode> attributions() {
    return Json.objects(root, "attributions");
  }

  List<JsonNode> events() {
    return Json.objects(root, "events");
  }

  List<JsonNode> scenarioRefs() {
    return Json.objects(root, "scenario_refs");
  }

  /**
   * Where the prediction places a mention: the location of a place or state actor with a mention
   * or name of that text, else of an event place written so; an empty node when it names the
   * place but leaves it unresolved; null when it does not name it as a place at all.
   */
  JsonNode locationOf(String place) {
    JsonNode found = locationOfText(place);
    String bare = place == null ? null : place.replaceFirst("(?i)\\s+(region|province|governorate|oblast)$", "");
    // "the Kidal region": a prediction may mark "Kidal" and place it in the region
    return found == null && bare != null && !bare.equals(place) ? locationOfText(bare) : found;
  }

  private JsonNode locationOfText(String place) {
    String wanted = Matching.key(place);
    JsonNode unresolved = null;
    if (wanted.isEmpty()) {
      return null;
    }
    for (JsonNode a : actors.values()) {
      boolean named = Matching.key(Json.text(a, "name")).equals(wanted)
          || Json.objects(a, "mentions").stream().anyMatch(m -> Matching.key(Json.text(m, "text")).equals(wanted));
      if (named) {
        JsonNode location = a.get("location");
        if (!Json.isNull(location)) {
          return location;
        }
        unresolved = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      }
    }
    for (JsonNode e : events()) {
      JsonNode where = e.path("place");
      if (Matching.key(Json.text(where, "text")).equals(wanted)) {
        JsonNode location = where.get("location");
        if (!Json.isNull(location)) {
          return location;
        }
        unresolved = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      }
    }
    return unresolved;
  }

  /** Actor ids in the order the prediction lists them. */
  List<String> actorIds() {
    return new ArrayList<>(actors.keySet());
  }

  /**
   * The strings an actor reference stands for: the actor's name and mention texts, or the id
   * itself when the prediction lists no such actor; nothing for a null reference.
   */
  List<String> actorStrings(JsonNode ref) {
    if (Json.isNull(ref)) {
      return List.of();
    }
    return actorStrings(Json.pythonString(ref));
  }

  List<String> actorStrings(String id) {
    JsonNode actor = actors.get(id);
    if (actor == null) {
      return List.of(id);
    }
    List<String> strings = new ArrayList<>();
    strings.add(orEmpty(Json.text(actor, "name")));
    JsonNode mentions = actor.get("mentions");
    if (mentions != null && mentions.isArray()) {
      for (JsonNode m : mentions) {
        if (m.isObject()) {
          strings.add(orEmpty(Json.text(m, "text")));
        } else if (m.isTextual()) {
          strings.add(m.asText());
        }
      }
    }
    return strings;
  }

  /** The text of a span: its own text, else the article text between its offsets, else empty. */
  String spanText(JsonNode span) {
    if (Json.isNull(span)) {
      return "";
    }
    if (span.isTextual()) {
      return span.asText();
    }
    String t = Json.text(span, "text");
    JsonNode start = span.get("start");
    JsonNode end = span.get("end");
    if (t == null && text != null && start != null && start.isInt() && end != null && end.isInt()) {
      int s = clamp(start.asInt());
      int e = clamp(end.asInt());
      t = s < e ? text.substring(s, e) : "";
    }
    return orEmpty(t);
  }

  private int clamp(int offset) {
    int o = offset < 0 ? Math.max(0, text.length() + offset) : offset;
    return Math.min(o, text.length());
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
