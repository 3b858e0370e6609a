package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.model.PloverCategory;

/**
 * One line of the event lexicon: the words that make an event of a PLOVER category, and how the
 * trigger's arguments map to source and target where the defaults do not hold.
 *
 * <ul>
 *   <li>{@link Kind#VERB}: a verb lemma with the particles or prepositions it needs ("hand over",
 *       "fire on");
 *   <li>{@link Kind#VERB_OBJECT}: a verb lemma, particles, and the lemma of its object's head noun
 *       ("launch attack", "seal agreement");
 *   <li>{@link Kind#NOUN}: a nominal event, with the modifier words it needs ("air strike").
 * </ul>
 *
 * @param particles words that must accompany the verb: a particle, or the preposition of one of its
 *     arguments
 * @param modifiers words that must modify the noun (compound or adjective)
 * @param roles argument slot (subj, obj, poss, or a preposition) to role, overriding the defaults
 */
record EventPattern(PloverCategory category, Kind kind, String lemma, List<String> particles, String object,
    List<String> modifiers, Map<String, Role> roles) {

  enum Kind { VERB, VERB_OBJECT, NOUN }

  /** The words a verb pattern may require besides its lemma: particles and prepositions. */
  static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "over", "back", "away", "in", "on", "into",
      "onto", "from", "with", "for", "against", "at", "to", "upon", "apart", "aside", "through", "forward", "behind",
      "about", "around", "across", "toward", "towards", "of");

  EventPattern {
    particles = List.copyOf(particles);
    modifiers = List.copyOf(modifiers);
    roles = Map.copyOf(roles);
  }

  /**
   * Reads a lexicon line such as {@code "receive aid subj:target from:source"}; {@code where} names
   * the line in errors.
   */
  static EventPattern parse(PloverCategory category, Kind kind, String line, String where) {
    List<String> words = new ArrayList<>();
    Map<String, Role> roles = new LinkedHashMap<>();
    for (String token : line.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      int colon = token.indexOf(':');
      if (colon > 0) {
        roles.put(token.substring(0, colon), Role.parse(token.substring(colon + 1), where));
      } else if (!token.isEmpty()) {
        words.add(token);
      }
    }
    if (words.isEmpty()) {
      throw new IllegalStateException(where + ": an empty pattern");
    }
    return switch (kind) {
      case VERB -> {
        List<String> rest = words.subList(1, words.size());
        for (String word : rest) {
          if (!PARTICLES.contains(word)) {
            throw new IllegalStateException(where + ": '" + word + "' in '" + line
                + "' is not a particle or preposition; put verb + object patterns under verb_objects");
          }
        }
        yield new EventPattern(category, kind, words.get(0), rest, null, List.of(), roles);
      }
      case VERB_OBJECT -> {
        if (words.size() < 2) {
          throw new IllegalStateException(where + ": '" + line + "' needs a verb and an object noun");
        }
        yield new EventPattern(category, kind, words.get(0), words.subList(1, words.size() - 1),
            words.get(words.size() - 1), List.of(), roles);
      }
      case NOUN -> new EventPattern(category, kind, words.get(words.size() - 1), List.of(), null,
          words.subList(0, words.size() - 1), roles);
    };
  }

  /** The role of an argument in {@code slot}, or {@code fallback} where the pattern says nothing. */
  Role role(String slot, Role fallback) {
    return roles.getOrDefault(slot, fallback);
  }

  /** How specific the pattern is: the number of words it requires. The most specific match wins. */
  int weight() {
    return 1 + particles.size() + modifiers.size() + (object == null ? 0 : 1);
  }

  String words() {
    List<String> all = new ArrayList<>(modifiers);
    all.add(lemma);
    all.addAll(particles);
    if (object != null) {
      all.add(object);
    }
    return String.join(" ", all);
  }
}
