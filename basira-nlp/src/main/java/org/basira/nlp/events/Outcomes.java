package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.basira.model.Event;
import org.basira.model.PloverCategory;
import org.basira.nlp.Tokens;

/**
 * A participle that tells what an event did is part of that event, not another one: in "militants
 * attacked the convoy, killing two soldiers" the killing is the attack's outcome, and its victims
 * are the attack's targets too. A participle of the same category that hangs from another trigger
 * (directly, through the nouns of its phrase, or through a participle it is coordinated with) is
 * folded into it. So is a verb coordinated with a trigger of the same category: "to protect the
 * embassy and assist Iraqi forces" tells one act of aid with two verbs; and an event noun that is
 * the subject of a verb of the same kind ("a drone strike killed a commander", "the raid killed
 * fifteen militants") is that verb's event. A participle on an event noun folds into it whatever
 * its category ("protests condemning the presence").
 */
final class Outcomes {

  private static final int REACH = 4;

  private Outcomes() {
  }

  /** For each trigger, the index of the trigger it is an outcome of, or -1. */
  static int[] of(Tokens tokens, List<Trigger> triggers) {
    int[] outcomeOf = new int[triggers.size()];
    for (int i = 0; i < triggers.size(); i++) {
      outcomeOf[i] = -1;
      Trigger trigger = triggers.get(i);
      // The parser chains conjuncts ("protect and train and assist"): any earlier one may be the same event.
      for (int c = trigger.head(), hops = 0; !trigger.isNoun() && outcomeOf[i] < 0 && tokens.relation(c).equals("conj")
          && hops < REACH; hops++) {
        c = tokens.head(c);
        outcomeOf[i] = anchoredAt(triggers, c, trigger, i);
      }
      if (outcomeOf[i] >= 0) {
        continue;
      }
      if (trigger.isNoun() && tokens.relation(trigger.head()).equals("nsubj")) {
        // "a US drone strike killed a commander": the strike and the killing are one deed.
        int verb = tokens.head(trigger.head());
        for (int j = 0; j < triggers.size() && outcomeOf[i] < 0; j++) {
          Trigger other = triggers.get(j);
          if (j != i && !other.isNoun() && other.head() == verb
              && other.pattern().category().quadClass() == trigger.pattern().category().quadClass()) {
            outcomeOf[i] = j;
          }
        }
        continue;
      }
      if (trigger.isNoun() || !tokens.tag(trigger.head()).equals("VBG")) {
        continue;
      }
      int t = trigger.head();
      for (int steps = 0; steps < REACH && outcomeOf[i] < 0; steps++) {
        t = tokens.head(t);
        if (t < 0) {
          break;
        }
        boolean describes = steps == 0 && tokens.relation(trigger.head()).equals("acl");
        for (int j = 0; j < triggers.size(); j++) {
          // A participle on an event noun says what that event was, whatever its own category:
          // "rallies denouncing the French presence" are one protest.
          if (j != i && triggers.get(j).anchors(t) && (describes && triggers.get(j).isNoun()
              || triggers.get(j).pattern().category() == trigger.pattern().category())) {
            outcomeOf[i] = j;
            break;
          }
        }
        if (tokens.isVerb(t) && !tokens.tag(t).equals("VBG")) {
          break; // another clause
        }
      }
    }
    return outcomeOf;
  }

  /** The trigger other than {@code self} anchored at token {@code t} with {@code trigger}'s category, or -1. */
  private static int anchoredAt(List<Trigger> triggers, int t, Trigger trigger, int self) {
    for (int j = 0; j < triggers.size(); j++) {
      if (j != self && triggers.get(j).anchors(t) && triggers.get(j).pattern().category() == trigger.pattern().category()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Folds the consultations of one sentence that one side holds into one encounter: in "the envoy
   * flew to Ankara and, after talks with the foreign minister, went home" the trip and the talks are
   * one. Keeps the first, with the targets of all.
   */
  static void foldEncounters(Event[] events) {
    for (int i = 0; i < events.length; i++) {
      for (int j = i + 1; j < events.length && events[i] != null; j++) {
        Event first = events[i];
        Event later = events[j];
        if (later == null || first.category() != PloverCategory.CONSULT || later.category() != PloverCategory.CONSULT
            || first.status() != later.status() || first.source().isEmpty()
            || !new HashSet<>(first.source()).equals(new HashSet<>(later.source()))) {
          continue;
        }
        Event completed = Restatements.completed(first, later);
        Set<String> target = new LinkedHashSet<>(first.target());
        target.addAll(later.target());
        events[i] = new Event(completed.category(), completed.source(), new ArrayList<>(target), completed.date(),
            completed.place(), completed.trigger(), completed.sentence(), completed.status());
        events[j] = null;
      }
    }
  }

  /** Moves each outcome's targets to the event it belongs to and drops it; follows chains. */
  static void fold(Event[] events, int[] outcomeOf) {
    for (int i = 0; i < events.length; i++) {
      int into = outcomeOf[i];
      for (int hops = 0; into >= 0 && outcomeOf[into] >= 0 && hops < events.length; hops++) {
        into = outcomeOf[into];
      }
      if (into < 0 || events[i] == null || events[into] == null || events[i].status() != events[into].status()) {
        continue;
      }
      Event main = events[into];
      Set<String> target = new LinkedHashSet<>(main.target());
      target.addAll(events[i].target());
      target.removeAll(main.source());
      events[into] = new Event(main.category(), main.source(), new ArrayList<>(target), main.date(), main.place(),
          main.trigger(), main.sentence(), main.status());
      events[i] = null;
    }
  }
}
