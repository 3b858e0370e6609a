package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.basira.model.PloverCategory;
import org.basira.nlp.Tokens;

/**
 * Ending a conflictual act is a concession, not another act of conflict (PLOVER CONCEDE: "easing of
 * restrictions, remove curfews, suspending protests"): in "the drivers called off the strike" or
 * "Moscow lifted the embargo" the event is the ending, by whoever ends it. A trigger of conflict
 * whose noun is the object of an ending verb of the grammar ({@code ending-verbs}) becomes a CONCEDE
 * carried by that verb, with the noun as its object.
 */
final class Reversals {

  private final EventLexicon lexicon;

  Reversals(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Trigger> read(Tokens tokens, List<Trigger> found) {
    List<Trigger> read = new ArrayList<>(found);
    for (int i = 0; i < read.size(); i++) {
      Trigger trigger = read.get(i);
      if (trigger.pattern().category().quadClass().isCooperation()) {
        continue;
      }
      int noun = trigger.isNoun() ? trigger.head() : trigger.object();
      if (noun < 0) {
        continue;
      }
      int verb = trigger.isNoun() ? tokens.head(noun) : trigger.head();
      if (verb < 0 || !tokens.isVerb(verb) || trigger.isNoun() && !tokens.relation(noun).equals("obj")
          || !ending(tokens, verb)) {
        continue;
      }
      EventPattern pattern = new EventPattern(PloverCategory.CONCEDE, EventPattern.Kind.VERB_OBJECT,
          tokens.lemma(verb).toLowerCase(Locale.ROOT), List.of(), tokens.lemma(noun).toLowerCase(Locale.ROOT),
          List.of(), Map.of());
      Trigger ending = new Trigger(pattern, verb, Math.min(verb, trigger.first()), Math.max(noun, trigger.last()), noun);
      read.set(i, ending);
      // The ending verb carries one event: any other trigger on it gives way.
      read.removeIf(other -> other != ending && other.head() == verb);
      i = read.indexOf(ending);
    }
    return read;
  }

  private boolean ending(Tokens tokens, int verb) {
    String lemma = tokens.lemma(verb).toLowerCase(Locale.ROOT);
    int particle = tokens.child(verb, "compound:prt");
    return particle >= 0 && lexicon.endingVerbs.contains(lemma + " " + tokens.word(particle).toLowerCase(Locale.ROOT))
        || particle < 0 && lexicon.endingVerbs.contains(lemma);
  }
}
