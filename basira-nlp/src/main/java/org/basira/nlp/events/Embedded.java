package org.basira.nlp.events;

import java.util.List;
import java.util.Set;
import org.basira.model.Event;
import org.basira.nlp.Tokens;

/**
 * An event told inside another event of its sentence is what that event is about, not a second
 * report: in "the council condemned the shooting" or "suspended aid to the group" the sentence
 * reports a condemnation and a suspension, as PLOVER codes it. A trigger is embedded in another when
 * the other governs it through its arguments (object, complement, prepositional phrase), not
 * through coordination alone ("opened fire ... and exchanged fire" tells two acts) nor through a
 * clause that describes a participant or says when or why ("arrested men accused of smuggling",
 * "withdrew after the abduction"). An embedded event that names who acted is kept: "condemned
 * Israel's strike on Gaza" reports the strike too.
 */
final class Embedded {

  /** Relations that attach a clause as a modifier: a relative or participle clause, a time or reason clause. */
  private static final Set<String> MODIFIERS = Set.of("acl", "acl:relcl", "advcl", "parataxis", "dep", "appos");

  private Embedded() {
  }

  /** Leaves out of a sentence's events those embedded in another without a source of their own. */
  static void fold(Event[] events, boolean[] embedded) {
    for (int i = 0; i < events.length; i++) {
      if (embedded[i] && events[i] != null && events[i].source().isEmpty()) {
        events[i] = null;
      }
    }
  }

  /** For each trigger, whether another trigger of the sentence governs it through its arguments. */
  static boolean[] of(Tokens tokens, List<Trigger> triggers) {
    boolean[] embedded = new boolean[triggers.size()];
    for (int i = 0; i < triggers.size(); i++) {
      int t = triggers.get(i).head();
      boolean subordinate = false;
      int span = tokens.sentenceEnd(tokens.sentence(t)) - tokens.sentenceStart(tokens.sentence(t));
      for (int c = t, hops = 0; tokens.head(c) >= 0 && hops <= span && !embedded[i]; c = tokens.head(c), hops++) {
        String relation = tokens.relation(c);
        if (MODIFIERS.contains(relation)) {
          break; // what describes a participant, or when or why, is told beside the event, not inside it
        }
        subordinate |= !relation.equals("conj");
        int governor = tokens.head(c);
        for (int j = 0; j < triggers.size() && subordinate; j++) {
          if (j != i && triggers.get(j).anchors(governor)) {
            embedded[i] = true;
            break;
          }
        }
      }
    }
    return embedded;
  }
}
