package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.EventPlace;
import org.basira.nlp.Tokens;

/**
 * Where an event happened, when the text says so: a place phrase ("in Kirkuk", "near the border
 * town of Qaim", "in the provinces of Gao and Mopti") on the trigger, on its object noun or
 * on the support verb of a nominal event (a preposition is a place's where {@code grammar.yaml} gives
 * it that role); then a place phrase on one of the event's arguments; failing that, the object of
 * the event when it is a place ("invaded Iraq"). A place is an actor of type place or state, or a word CoreNLP tags as a location.
 */
final class EventPlaces {

  private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
  private final EventLexicon lexicon;

  EventPlaces(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  EventPlace of(Tokens tokens, EventActors actors, Trigger trigger) {
    List<Integer> anchors = new ArrayList<>();
    anchors.add(trigger.head());
    if (trigger.object() >= 0) {
      anchors.add(trigger.object());
    }
    int governor = tokens.head(trigger.head());
    if (trigger.isNoun() && governor >= 0 && tokens.isVerb(governor)) {
      anchors.add(governor);
    }
    List<Integer> arguments = new ArrayList<>();
    for (int anchor : anchors) {
      for (int c : tokens.children(anchor)) {
        String relation = tokens.relation(c);
        if (relation.startsWith("obl") || relation.equals("nmod")) {
          if (isPlaceCase(trigger, tokens.caseMarker(c))) {
            EventPlace place = place(tokens, actors, c);
            if (place != null) {
              return place;
            }
          }
          arguments.add(c);
        } else if (relation.equals("obj") || relation.startsWith("nsubj")) {
          arguments.add(c);
        }
      }
    }
    // "attacked positions in southern Lebanon", "attacked by militants near Tyre": the parser hangs
    // the place on an argument, but it says where the event happened.
    for (int argument : arguments) {
      for (int c : tokens.children(argument)) {
        if (tokens.relation(c).equals("nmod") && isPlaceCase(trigger, tokens.caseMarker(c))) {
          EventPlace place = place(tokens, actors, c);
          if (place != null) {
            return place;
          }
        }
      }
    }
    if (!trigger.isNoun()) {
      int object = tokens.child(trigger.head(), "obj");
      if (object >= 0 && object != trigger.object()) {
        EventPlace place = place(tokens, actors, object);
        if (place != null) {
          return place;
        }
      }
    }
    if (trigger.isNoun() && lexicon.theatreNouns.contains(trigger.pattern().lemma())) {
      for (int c : tokens.children(trigger.head())) {
        Actor actor = actors.at(c);
        if (tokens.relation(c).equals("amod") && actor != null && actor.type() == ActorType.STATE) {
          return new EventPlace(actor.id(), tokens.word(c)); // "the Syrian war"
        }
      }
    }
    return EventPlace.UNKNOWN;
  }

  /**
   * Whether a preposition introduces a place here: "in Kirkuk", but not "fired at Israel" (a target).
   * A place phrase a pattern makes a target is both: "withdrew from Syria" left Syria, there.
   */
  private boolean isPlaceCase(Trigger trigger, String preposition) {
    Map<String, Role> defaults = trigger.isNoun() ? lexicon.nounPrepositions : lexicon.verbPrepositions;
    Role normally = defaults.getOrDefault(preposition, Role.NONE);
    Role here = trigger.pattern().role(preposition, normally);
    return !preposition.isEmpty() && (here == Role.PLACE || here == Role.TARGET && normally == Role.PLACE);
  }

  /** The place a phrase names: its head, or the places in its "of" phrase, with what they are coordinated with. */
  private static EventPlace place(Tokens tokens, EventActors actors, int phrase) {
    List<Integer> places = new ArrayList<>();
    collect(tokens, actors, phrase, places);
    if (places.isEmpty()) {
      for (int c : tokens.children(phrase)) {
        if (tokens.relation(c).equals("nmod") && tokens.caseMarker(c).equals("of")) {
          collect(tokens, actors, c, places);
        }
      }
    }
    if (places.isEmpty()) {
      return null;
    }
    int first = extend(tokens, actors, places.get(0), -1);
    int last = extend(tokens, actors, places.get(places.size() - 1), 1);
    Actor actor = actors.at(places.get(0));
    return new EventPlace(actor == null ? null : actor.id(), tokens.span(first, last));
  }

  private static void collect(Tokens tokens, EventActors actors, int t, List<Integer> places) {
    if (isPlace(tokens, actors, t)) {
      places.add(t);
    }
    for (int c : tokens.children(t)) {
      if (tokens.relation(c).equals("conj") && isPlace(tokens, actors, c)) {
        places.add(c);
      }
    }
  }

  private static boolean isPlace(Tokens tokens, EventActors actors, int t) {
    Actor actor = actors.at(t);
    if (actor != null) {
      return actor.type() == ActorType.PLACE || actor.type() == ActorType.STATE && tokens.isProperNoun(t);
    }
    return PLACE_TAGS.contains(tokens.ner(t));
  }

  /** Token {@code t} widened to the whole name it belongs to, in direction {@code step}. */
  private static int extend(Tokens tokens, EventActors actors, int t, int step) {
    Actor actor = actors.at(t);
    String tag = tokens.ner(t);
    int sentence = tokens.sentence(t);
    int next = t + step;
    while (next >= tokens.sentenceStart(sentence) && next < tokens.sentenceEnd(sentence)
        && (actor != null ? actors.at(next) == actor : tokens.ner(next).equals(tag))) {
      t = next;
      next += step;
    }
    return t;
  }

}
