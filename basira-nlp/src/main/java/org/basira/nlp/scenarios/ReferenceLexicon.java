package org.basira.nlp.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The English frames scenario terms appear in and the words that set a holder's stance, from the
 * team's data file {@code org/basira/nlp/scenarios/references.yaml}. Multi-word entries are kept
 * as word lists.
 */
final class ReferenceLexicon {

  final Set<String> frameNouns;
  final List<List<String>> frameLinks;
  final List<List<String>> beforeTerm;
  final List<List<String>> anaphora;
  final Set<String> negations;
  final List<List<String>> rejecting;
  final List<List<String>> neutral;

  private ReferenceLexicon(JsonNode root) {
    frameNouns = phrases(root, "frame-nouns").stream().map(p -> p.get(0)).collect(Collectors.toUnmodifiableSet());
    frameLinks = phrases(root, "frame-links");
    beforeTerm = phrases(root, "before-term");
    anaphora = phrases(root, "anaphora");
    JsonNode stance = root.get("stance");
    negations = phrases(stance, "negations").stream().map(p -> p.get(0)).collect(Collectors.toUnmodifiableSet());
    rejecting = phrases(stance, "rejects");
    neutral = phrases(stance, "neutral");
  }

  static ReferenceLexicon load() {
    try (InputStream in = ReferenceLexicon.class.getResourceAsStream("references.yaml")) {
      if (in == null) {
        throw new IllegalStateException("references.yaml is missing from the jar; rebuild Basira");
      }
      return new ReferenceLexicon(new YAMLMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read references.yaml", e);
    }
  }

  private static List<List<String>> phrases(JsonNode node, String key) {
    JsonNode list = node == null ? null : node.get(key);
    if (list == null || !list.isArray()) {
      throw new IllegalStateException("references.yaml: the list '" + key + "' is missing");
    }
    List<List<String>> phrases = new ArrayList<>();
    for (JsonNode item : list) {
      phrases.add(Words.split(item.asText().toLowerCase(Locale.ROOT)));
    }
    return List.copyOf(phrases);
  }
}
