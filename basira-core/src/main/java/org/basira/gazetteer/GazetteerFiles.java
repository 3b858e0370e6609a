package org.basira.gazetteer;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.ActorType;

/**
 * Reads gazetteer files: YAML lists of actor entries, the format of {@code docs/gazetteer.md}.
 * Every mistake is reported with the file, the entry and what to write instead.
 */
public final class GazetteerFiles {

  /** The files of the built-in gazetteer, in the order they load. */
  public static final List<String> BUILT_IN = List.of(
      "states.yaml", "organizations.yaml", "armed-groups.yaml", "media.yaml", "communities.yaml", "iraq.yaml");

  private static final Set<String> KEYS = Set.of("id", "name", "type", "arabic", "aliases", "demonyms", "people",
      "capital", "capital_aliases", "roles", "affiliations");
  private static final YAMLMapper YAML = new YAMLMapper();

  private GazetteerFiles() {
  }

  /** The built-in gazetteer's entries, read from the jar. */
  public static List<GazetteerEntry> builtIn() {
    List<GazetteerEntry> entries = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    for (String file : BUILT_IN) {
      try (InputStream in = GazetteerFiles.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new GazetteerException("the built-in gazetteer file " + file + " is missing from the jar; rebuild Basira");
        }
        for (GazetteerEntry entry : parse(in.readAllBytes(), file)) {
          if (!ids.add(entry.id())) {
            throw new GazetteerException(file + ": the id '" + entry.id() + "' is also used in another built-in file");
          }
          entries.add(entry);
        }
      } catch (IOException e) {
        throw new GazetteerException("cannot read the built-in gazetteer file " + file + ": " + e.getMessage(), e);
      }
    }
    return entries;
  }

  /** Entries from a user's file, such as a list of actors for one case. */
  public static List<GazetteerEntry> read(Path file) {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new GazetteerException(file + ": cannot read the actor file (" + e.getMessage() + ")", e);
    }
  }

  static List<GazetteerEntry> parse(byte[] yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JacksonException e) {
      throw new GazetteerException(source + ": not valid YAML (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new GazetteerException(source + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return List.of();
    }
    if (!root.isArray()) {
      throw new GazetteerException(source + ": expected a list of actors (lines starting with '- id: ...')");
    }
    List<GazetteerEntry> entries = new ArrayList<>();
    Set<String> ids = new java.util.HashSet<>();
    int index = 0;
    for (JsonNode node : root) {
      index++;
      GazetteerEntry entry = entry(node, source + ": actor " + index, source);
      if (!ids.add(entry.id())) {
        throw new GazetteerException(source + ": actor " + index + " repeats the id '" + entry.id()
            + "'; give each actor its own id");
      }
      entries.add(entry);
    }
    return entries;
  }

  /**
   * One entry, from a YAML node already read, such as an actor a casebook adds; {@code where} starts
   * every message ("cases.yaml: actor 3").
   */
  public static GazetteerEntry entry(JsonNode node, String where, String source) {
    if (!node.isObject()) {
      throw new GazetteerException(where + ": expected keys such as 'id:' and 'name:', found " + node.getNodeType());
    }
    String id = text(node, "id", where, true);
    String at = where + " (" + id + ")";
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!KEYS.contains(key)) {
        throw new GazetteerException(at + ": unknown key '" + key + "'; the keys are " + String.join(", ", sorted(KEYS)));
      }
    }
    if (!id.matches("[a-z0-9][a-z0-9.\\-_]*")) {
      throw new GazetteerException(at + ": an id is lower-case letters, digits, dots and hyphens, such as iq.pmf");
    }
    String typeName = text(node, "type", at, true);
    ActorType type;
    try {
      type = ActorType.valueOf(typeName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new GazetteerException(at + ": type '" + typeName + "' is not one of STATE, ARMED_GROUP, ORGANIZATION, "
          + "PLACE, MEDIA, PERSON, OTHER");
    }
    return new GazetteerEntry(id, text(node, "name", at, true), type, text(node, "arabic", at, false),
        list(node, "aliases", at), list(node, "demonyms", at), list(node, "people", at),
        text(node, "capital", at, false), list(node, "capital_aliases", at), list(node, "roles", at),
        affiliations(node.get("affiliations"), at), source);
  }

  private static List<Affiliation> affiliations(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new GazetteerException(at + ": 'affiliations' is a list such as [{actor: iq.pmf, relation: part-of}]");
    }
    List<Affiliation> affiliations = new ArrayList<>();
    for (JsonNode item : node) {
      String actor = item.isObject() ? text(item, "actor", at + ", affiliations", true) : null;
      String relation = item.isObject() ? text(item, "relation", at + ", affiliations", true) : null;
      if (actor == null) {
        throw new GazetteerException(at + ": each affiliation is {actor: ID, relation: RELATION}");
      }
      Relation parsed = Relation.fromWireName(relation).orElseThrow(() -> new GazetteerException(at
          + ": relation '" + relation + "' is not one of " + String.join(", ",
              java.util.Arrays.stream(Relation.values()).map(Relation::wireName).toList())));
      affiliations.add(new Affiliation(actor, parsed));
    }
    return affiliations;
  }

  private static String text(JsonNode node, String key, String at, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
      if (required) {
        throw new GazetteerException(at + ": '" + key + "' is missing");
      }
      return null;
    }
    if (!value.isValueNode()) {
      throw new GazetteerException(at + ": '" + key + "' should be a single value");
    }
    return value.asText().strip();
  }

  private static List<String> list(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isValueNode()) {
      return List.of(value.asText().strip());
    }
    if (!value.isArray()) {
      throw new GazetteerException(at + ": '" + key + "' should be a list such as [A, B]");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isValueNode() || item.asText().isBlank()) {
        throw new GazetteerException(at + ": '" + key + "' holds something that is not a name");
      }
      items.add(item.asText().strip());
    }
    return items;
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

}
