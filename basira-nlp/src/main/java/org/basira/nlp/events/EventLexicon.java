package org.basira.nlp.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.model.PloverCategory;
import org.basira.nlp.Tokens;

/**
 * The words the event stage reads events by, from the team's data files in
 * {@code org/basira/nlp/events/}: {@code plover.yaml}, the trigger patterns of each PLOVER category,
 * and {@code grammar.yaml}, the roles of prepositions and the words that make an event negated,
 * hypothetical or future.
 */
final class EventLexicon {

  private final Map<String, List<EventPattern>> verbs = new HashMap<>();
  private final Map<String, List<EventPattern>> nouns = new HashMap<>();
  private final Map<PloverCategory, Integer> counts = new EnumMap<>(PloverCategory.class);
  final Map<String, Role> verbPrepositions;
  final Map<String, Role> nounPrepositions;
  final Set<String> supportVerbs;
  final Set<String> hypotheticalGovernors;
  final Set<String> futureGovernors;
  final Set<String> negatingGovernors;
  final Set<String> endingVerbs;
  final Set<String> hypotheticalNouns;
  final Set<String> futureNouns;
  final Set<String> futureModifiers;
  final Set<String> hypotheticalModifiers;
  final Set<String> negatingDeterminers;
  final Set<String> conditionalMarks;
  final Set<String> hypotheticalModals;
  final Set<String> futureModals;
  final Set<String> negations;
  final Set<String> negatingMarkers;
  final Set<String> participationWords;
  final Set<String> jointGovernors;
  final Set<String> theatreNouns;
  final Map<String, String> complexPrepositions;
  final Set<String> circumstancePrepositions;
  final Set<String> benefactiveVerbs;

  private EventLexicon(JsonNode patterns, JsonNode grammar) {
    Set<String> seen = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      PloverCategory category = category(entry.getKey());
      for (Iterator<Map.Entry<String, JsonNode>> lists = entry.getValue().fields(); lists.hasNext(); ) {
        Map.Entry<String, JsonNode> list = lists.next();
        EventPattern.Kind kind = switch (list.getKey()) {
          case "verbs" -> EventPattern.Kind.VERB;
          case "verb_objects" -> EventPattern.Kind.VERB_OBJECT;
          case "nouns" -> EventPattern.Kind.NOUN;
          default -> throw new IllegalStateException("plover.yaml: " + entry.getKey() + " has a list '"
              + list.getKey() + "'; the lists are verbs, verb_objects and nouns");
        };
        for (JsonNode item : list.getValue()) {
          String where = "plover.yaml " + entry.getKey() + "." + list.getKey();
          EventPattern pattern = EventPattern.parse(category, kind, item.asText(), where);
          String key = kind + " " + pattern.words();
          if (!seen.add(key)) {
            throw new IllegalStateException(where + ": '" + pattern.words() + "' is listed twice");
          }
          (kind == EventPattern.Kind.NOUN ? nouns : verbs)
              .computeIfAbsent(pattern.lemma(), k -> new ArrayList<>()).add(pattern);
          counts.merge(category, 1, Integer::sum);
        }
      }
    }
    verbPrepositions = roles(grammar, "verb-prepositions");
    nounPrepositions = roles(grammar, "noun-prepositions");
    supportVerbs = words(grammar, "support-verbs");
    hypotheticalGovernors = words(grammar, "hypothetical-governors");
    futureGovernors = words(grammar, "future-governors");
    negatingGovernors = words(grammar, "negating-governors");
    endingVerbs = words(grammar, "ending-verbs");
    negatingMarkers = words(grammar, "negating-markers");
    participationWords = words(grammar, "participation-words");
    jointGovernors = words(grammar, "joint-governors");
    theatreNouns = words(grammar, "theatre-nouns");
    complexPrepositions = phrases(grammar, "complex-prepositions");
    circumstancePrepositions = words(grammar, "circumstance-prepositions");
    benefactiveVerbs = words(grammar, "benefactive-verbs");
    hypotheticalNouns = words(grammar, "hypothetical-nouns");
    futureNouns = words(grammar, "future-nouns");
    futureModifiers = words(grammar, "future-modifiers");
    hypotheticalModifiers = words(grammar, "hypothetical-modifiers");
    negatingDeterminers = words(grammar, "negating-determiners");
    conditionalMarks = words(grammar, "conditional-marks");
    hypotheticalModals = words(grammar, "hypothetical-modals");
    futureModals = words(grammar, "future-modals");
    negations = words(grammar, "negations");
  }

  static EventLexicon load() {
    YAMLMapper yaml = new YAMLMapper();
    return new EventLexicon(read(yaml, "plover.yaml"), read(yaml, "grammar.yaml"));
  }

  private static JsonNode read(YAMLMapper yaml, String name) {
    try (InputStream in = EventLexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the event lexicon file " + name + " is missing from the jar; rebuild Basira");
      }
      return yaml.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event lexicon file " + name, e);
    }
  }

  /** Verb and verb + object patterns whose verb lemma is {@code lemma}. */
  List<EventPattern> verbPatterns(String lemma) {
    return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Noun patterns whose head lemma is {@code lemma}. */
  List<EventPattern> nounPatterns(String lemma) {
    return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }

  /** Whether verb {@code v} carries an event noun as its object ("launched attacks", "carried out raids"). */
  boolean isSupportVerb(Tokens tokens, int v) {
    String lemma = tokens.lemma(v).toLowerCase(Locale.ROOT);
    if (supportVerbs.contains(lemma)) {
      return true;
    }
    int particle = tokens.child(v, "compound:prt");
    return particle >= 0 && supportVerbs.contains(lemma + " " + tokens.word(particle).toLowerCase(Locale.ROOT));
  }

  /** How many patterns each category has. */
  Map<PloverCategory, Integer> counts() {
    return Collections.unmodifiableMap(counts);
  }

  int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static PloverCategory category(String name) {
    try {
      return PloverCategory.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("plover.yaml: '" + name + "' is not a PLOVER category", e);
    }
  }

  private static Map<String, Role> roles(JsonNode grammar, String key) {
    Map<String, Role> roles = new HashMap<>();
    phrases(grammar, key).forEach((word, role) -> roles.put(word, Role.parse(role, "grammar.yaml " + key)));
    return Map.copyOf(roles);
  }

  private static Map<String, String> phrases(JsonNode grammar, String key) {
    JsonNode node = grammar.path(key);
    if (!node.isObject()) {
      throw new IllegalStateException("grammar.yaml lacks the map '" + key + "'");
    }
    Map<String, String> phrases = new HashMap<>();
    node.fields().forEachRemaining(e -> phrases.put(e.getKey().toLowerCase(Locale.ROOT).trim(),
        e.getValue().asText().toLowerCase(Locale.ROOT).trim()));
    return Map.copyOf(phrases);
  }

  private static Set<String> words(JsonNode grammar, String key) {
    JsonNode list = grammar.path(key);
    if (!list.isArray()) {
      throw new IllegalStateException("grammar.yaml lacks the list '" + key + "'");
    }
    Set<String> words = new HashSet<>();
    list.forEach(item -> words.add(item.asText().toLowerCase(Locale.ROOT).trim()));
    return Set.copyOf(words);
  }
}
