package org.basira.casebook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.GazetteerException;
import org.basira.gazetteer.GazetteerFiles;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Stance;

/**
 * Reads casebooks: YAML in the format of {@code docs/casebooks.md}. Every mistake is reported with
 * the file, the place in it ("scenarios[2] (afghan)") and what to write instead; unknown keys are
 * refused, because a misspelt key silently ignored would leave an analyst's scenario without its
 * phrases.
 */
public final class CasebookFiles {

  private static final Set<String> TOP = Set.of("id", "title", "question", "period", "scenarios", "actors", "indicators");
  private static final Set<String> PERIOD = Set.of("from", "to");
  private static final Set<String> SCENARIO = Set.of("id", "name", "description", "terms", "phrases");
  private static final Set<String> INDICATOR = Set.of("id", "name", "scenario", "bears", "events", "window", "threshold");
  private static final Set<String> FILTER = Set.of("categories", "sources", "targets", "places", "words");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.\\-_]*");
  private static final Pattern WINDOW = Pattern.compile("(\\d{1,3})\\s*(months?)?");
  /** Ten years: longer windows say nothing a month-by-month board can show. */
  private static final int LONGEST_WINDOW = 120;

  private final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

  /** Reads the casebook in {@code file}. */
  public Casebook read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CasebookException("the casebook " + file + " does not exist; check the path");
    }
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new CasebookException(file + ": cannot read the casebook (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a casebook from its bytes; {@code source} names it in messages. */
  public Casebook parse(byte[] bytes, String source) {
    JsonNode root;
    try {
      root = yaml.readTree(bytes);
    } catch (JacksonException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new CasebookException(source + ": not valid YAML" + where + " (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw new CasebookException(source + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new CasebookException(source + ": a casebook is a YAML mapping with id, title, scenarios, ...; "
          + "see docs/casebooks.md");
    }
    keys(root, TOP, source);
    String id = id(root, source);
    String title = text(root, "title", source, true);
    String question = text(root, "question", source, false);
    PartialDate from = null;
    PartialDate to = null;
    JsonNode period = root.get("period");
    if (period != null && !period.isNull()) {
      String at = source + ": period";
      if (!period.isObject()) {
        throw new CasebookException(at + ": write it as {from: YYYY-MM, to: YYYY-MM}");
      }
      keys(period, PERIOD, at);
      from = date(period, "from", at);
      to = date(period, "to", at);
      if (from != null && to != null && from.firstDay().isAfter(to.lastDay())) {
        throw new CasebookException(at + ": 'from' " + from + " is after 'to' " + to);
      }
    }
    List<Scenario> scenarios = scenarios(root, source);
    Set<String> scenarioIds = new HashSet<>();
    scenarios.forEach(s -> scenarioIds.add(s.id()));
    List<String> actors = new ArrayList<>();
    List<GazetteerEntry> added = new ArrayList<>();
    actors(root, source, actors, added);
    List<Indicator> indicators = indicators(root, source, scenarioIds);
    return new Casebook(id, title, question, from, to, scenarios, actors, added, indicators, source,
        new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  private List<Scenario> scenarios(JsonNode root, String source) {
    JsonNode list = root.get("scenarios");
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new CasebookException(source + ": 'scenarios' is missing; list at least one, each with id, name, terms "
          + "and phrases");
    }
    List<Scenario> scenarios = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode node : list) {
      index++;
      String where = source + ": scenarios[" + index + "]";
      if (!node.isObject()) {
        throw new CasebookException(where + ": expected keys such as 'id:' and 'name:'");
      }
      String id = id(node, where);
      String at = where + " (" + id + ")";
      keys(node, SCENARIO, at);
      if (!ids.add(id)) {
        throw new CasebookException(at + ": the id '" + id + "' is used by an earlier scenario; give each its own id");
      }
      List<String> terms = list(node, "terms", at);
      List<String> phrases = list(node, "phrases", at);
      if (terms.isEmpty() && phrases.isEmpty()) {
        throw new CasebookException(at + ": give 'terms' or 'phrases', the words articles use for this scenario;"
            + " without them no reference to it can be found");
      }
      scenarios.add(new Scenario(id, text(node, "name", at, true), text(node, "description", at, false), terms,
          phrases));
    }
    return scenarios;
  }

  private void actors(JsonNode root, String source, List<String> ids, List<GazetteerEntry> added) {
    JsonNode list = root.get("actors");
    if (list == null || list.isNull()) {
      return;
    }
    if (!list.isArray()) {
      throw new CasebookException(source + ": 'actors' is a list such as [{id: iq.pmf}, {id: x, name: X, type: PERSON}]");
    }
    Set<String> seen = new HashSet<>();
    int index = 0;
    for (JsonNode node : list) {
      index++;
      String where = source + ": actors[" + index + "]";
      if (!node.isObject()) {
        throw new CasebookException(where + ": expected {id: ...}, with name and type to add a new actor");
      }
      String id = id(node, where);
      if (!seen.add(id)) {
        throw new CasebookException(where + " (" + id + "): the id '" + id + "' is listed twice");
      }
      ids.add(id);
      if (node.size() > 1) {
        try {
          added.add(GazetteerFiles.entry(node, where, source));
        } catch (GazetteerException e) {
          throw new CasebookException(e.getMessage(), e);
        }
      }
    }
  }

  private List<Indicator> indicators(JsonNode root, String source, Set<String> scenarioIds) {
    JsonNode list = root.get("indicators");
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new CasebookException(source + ": 'indicators' is a list of indicators, each with id, name, scenario, "
          + "bears, events, window and threshold");
    }
    List<Indicator> indicators = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode node : list) {
      index++;
      String where = source + ": indicators[" + index + "]";
      if (!node.isObject()) {
        throw new CasebookException(where + ": expected keys such as 'id:' and 'scenario:'");
      }
      String id = id(node, where);
      String at = where + " (" + id + ")";
      keys(node, INDICATOR, at);
      if (!ids.add(id)) {
        throw new CasebookException(at + ": the id '" + id + "' is used by an earlier indicator");
      }
      String scenario = text(node, "scenario", at, true);
      if (!scenarioIds.contains(scenario)) {
        throw new CasebookException(at + ": scenario '" + scenario + "' is not one of the casebook's scenarios ("
            + String.join(", ", new TreeSet<>(scenarioIds)) + ")");
      }
      String bearsText = text(node, "bears", at, false);
      Stance bears = Stance.SUPPORTS;
      if (bearsText != null) {
        bears = switch (bearsText.toLowerCase(Locale.ROOT)) {
          case "supports" -> Stance.SUPPORTS;
          case "rejects" -> Stance.REJECTS;
          default -> throw new CasebookException(at + ": bears '" + bearsText + "' is not supports or rejects");
        };
      }
      indicators.add(new Indicator(id, text(node, "name", at, true), scenario, bears, filter(node, at),
          window(node, at), threshold(node, at)));
    }
    return indicators;
  }

  private EventFilter filter(JsonNode indicator, String at) {
    JsonNode node = indicator.get("events");
    String where = at + ": events";
    if (node == null || !node.isObject()) {
      throw new CasebookException(where + " is missing; write the events it counts, such as "
          + "{categories: [ASSAULT], sources: [grp.isis]}");
    }
    keys(node, FILTER, where);
    Set<PloverCategory> categories = EnumSet.noneOf(PloverCategory.class);
    for (String name : list(node, "categories", where)) {
      try {
        categories.add(PloverCategory.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CasebookException(where + ": category '" + name + "' is not a PLOVER category; the categories are "
            + String.join(", ", Arrays.stream(PloverCategory.values()).map(Enum::name).toList()));
      }
    }
    return new EventFilter(categories, list(node, "sources", where), list(node, "targets", where),
        list(node, "places", where), list(node, "words", where));
  }

  private static int window(JsonNode node, String at) {
    JsonNode value = node.get("window");
    if (value == null || value.isNull()) {
      return 1;
    }
    Matcher m = WINDOW.matcher(value.asText().strip().toLowerCase(Locale.ROOT));
    if (!value.isValueNode() || !m.matches() || Integer.parseInt(m.group(1)) < 1
        || Integer.parseInt(m.group(1)) > LONGEST_WINDOW) {
      throw new CasebookException(at + ": window '" + value.asText() + "' is not a number of months from 1 to "
          + LONGEST_WINDOW + "; write '1 month' or '3 months'");
    }
    return Integer.parseInt(m.group(1));
  }

  private static int threshold(JsonNode node, String at) {
    JsonNode value = node.get("threshold");
    if (value == null || value.isNull()) {
      return 1;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
      throw new CasebookException(at + ": threshold '" + value.asText() + "' is not a whole number of events "
          + "of at least 1");
    }
    return value.asInt();
  }

  private static String id(JsonNode node, String where) {
    String id = text(node, "id", where, true);
    if (!ID.matcher(id).matches()) {
      throw new CasebookException(where + ": id '" + id + "' must be lower-case letters, digits, dots, hyphens "
          + "and underscores, such as third-path");
    }
    return id;
  }

  private static PartialDate date(JsonNode node, String key, String at) {
    String text = text(node, key, at, false);
    if (text == null) {
      return null;
    }
    return PartialDate.tryParse(text).orElseThrow(() -> new CasebookException(at + ": '" + key + "' " + text
        + " is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"));
  }

  private static void keys(JsonNode node, Set<String> allowed, String at) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        throw new CasebookException(at + ": unknown key '" + key + "'; the keys here are "
            + String.join(", ", new TreeSet<>(allowed)));
      }
    }
  }

  private static String text(JsonNode node, String key, String at, boolean required) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
      if (required) {
        throw new CasebookException(at + ": '" + key + "' is missing");
      }
      return null;
    }
    if (!value.isValueNode()) {
      throw new CasebookException(at + ": '" + key + "' should be a single value");
    }
    return value.asText().strip();
  }

  private static List<String> list(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new CasebookException(at + ": '" + key + "' should be a list such as [A, B]");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isValueNode() || !item.asText().codePoints().anyMatch(Character::isLetterOrDigit)) {
        throw new CasebookException(at + ": '" + key + "' holds something that is not a word or a name ("
            + item + ")");
      }
      items.add(item.asText().strip());
    }
    return items;
  }
}
