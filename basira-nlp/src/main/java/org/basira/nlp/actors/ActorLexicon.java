package org.basira.nlp.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the actor stage reads descriptions by, from the team's data file
 * {@code org/basira/nlp/actors/lexicon.yaml}: group nouns by class, titles, sponsor cues,
 * locative prepositions.
 */
record ActorLexicon(Map<HeadClass, Set<String>> heads, Set<String> qualifiedHeads, Set<String> armedQualifiers,
    Set<String> sponsorPrefixes, Set<String> sponsorSuffixes, Set<String> sponsorPhrases,
    Set<String> leadingAdjectives, Set<String> titles, Set<String> locativePrepositions, Set<String> mediaCues,
    Set<String> mediaWords, Map<String, String> armedGroupFamilies) {

  /** What a group noun stands for. */
  enum HeadClass { FORCES, GOVERNMENT, PEOPLE, STATE, ARMED_GROUP, MEMBERS, ANAPHOR }

  static ActorLexicon load() {
    try (InputStream in = ActorLexicon.class.getResourceAsStream("lexicon.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the actor lexicon is missing from the jar; rebuild Basira");
      }
      JsonNode root = new YAMLMapper().readTree(in);
      Map<String, String> families = families(root.path("armed-group-families"));
      Map<HeadClass, Set<String>> heads = new EnumMap<>(HeadClass.class);
      for (HeadClass head : HeadClass.values()) {
        heads.put(head, head == HeadClass.ARMED_GROUP ? families.keySet()
            : words(root.path("heads"), head.name().toLowerCase(Locale.ROOT).replace('_', '-')));
      }
      return new ActorLexicon(heads, words(root, "qualified-heads"), words(root, "armed-qualifiers"),
          words(root, "sponsor-prefixes"), words(root, "sponsor-suffixes"), words(root, "sponsor-phrases"),
          words(root, "leading-adjectives"), words(root, "titles"), words(root, "locative-prepositions"),
          words(root, "media-cues"), words(root, "media-words"), families);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the actor lexicon", e);
    }
  }

  /** Each armed-group head to the name of its family. */
  private static Map<String, String> families(JsonNode node) {
    Map<String, String> families = new java.util.HashMap<>();
    node.fieldNames().forEachRemaining(family -> words(node, family).forEach(head -> families.put(head, family)));
    return Map.copyOf(families);
  }

  /** The family of an armed-group head, "militias" by default. */
  String familyOf(String head) {
    return armedGroupFamilies.getOrDefault(head, "militias");
  }

  private static Set<String> words(JsonNode parent, String key) {
    JsonNode list = parent.path(key);
    if (!list.isArray()) {
      throw new IllegalStateException("the actor lexicon lacks the list '" + key + "'");
    }
    Set<String> words = new HashSet<>();
    list.forEach(item -> words.add(item.asText().toLowerCase(Locale.ROOT)));
    return Set.copyOf(words);
  }

  /** Every head phrase of every class. */
  Set<String> allHeads() {
    Set<String> all = new HashSet<>();
    heads.values().forEach(all::addAll);
    return Set.copyOf(all);
  }

  /** The longest number of words in any head phrase. */
  int longestHead() {
    return heads.values().stream().flatMap(Set::stream).mapToInt(h -> h.split(" ").length).max().orElse(1);
  }
}
