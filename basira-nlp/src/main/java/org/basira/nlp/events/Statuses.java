package org.basira.nlp.events;

import java.util.Locale;
import java.util.Set;
import org.basira.model.EventStatus;
import org.basira.nlp.Tokens;

/**
 * Whether the text reports an event as real, denies it, supposes it or expects it.
 *
 * <ul>
 *   <li>negated: "not"/"never" on the clause ("did not withdraw"), "no" before a nominal event,
 *       "without" ("without coordination"), or a governor that says it did not happen ("refused to
 *       withdraw", "prevented the attack", "unable to");
 *   <li>hypothetical: a condition ("if they leave"), a modal ("could attack"), a governor that wants
 *       or fears it ("demanded the departure", "threatened to attack") or speaks of an ability
 *       ("able to launch raids"), a noun that makes it a
 *       prospect ("the threat of attacks"), or an adjective ("a possible attack");
 *   <li>future: "will"/"shall", "going to", a governor that plans it ("plans to withdraw", "agreed
 *       to hand over"), or an adjective ("the planned withdrawal").
 * </ul>
 * The clause's own words decide first; a verb shares the auxiliaries of the verb it is coordinated
 * with ("will withdraw and hand over") and the modality of the verb it completes ("will try to").
 */
final class Statuses {

  /** Clause links through which a verb shares its governor's modality. */
  private static final Set<String> SHARING = Set.of("xcomp", "conj");
  /** How far up a clause may look for modality. */
  private static final int REACH = 5;

  private final EventLexicon lexicon;

  Statuses(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  EventStatus of(Tokens tokens, Trigger trigger) {
    int clause = trigger.head();
    if (trigger.isNoun()) {
      EventStatus own = nounModifiers(tokens, clause);
      if (own != null) {
        return own;
      }
      // Climb from the noun to the verb of its clause, through nouns that govern it. An adverbial
      // ("after the withdrawal, ISIS could return") keeps its own time, so it stops the climb.
      for (int steps = 0; steps < REACH && !tokens.isVerb(clause); steps++) {
        int governor = tokens.head(clause);
        String relation = tokens.relation(clause);
        if (governor < 0 || !(relation.startsWith("nmod") || relation.startsWith("nsubj") || relation.equals("obj")
            || relation.equals("conj") || relation.equals("appos"))) {
          return EventStatus.REPORTED;
        }
        if (!tokens.isVerb(governor)) {
          String lemma = lemma(tokens, governor);
          if (relation.startsWith("nmod") && lexicon.hypotheticalNouns.contains(lemma)) {
            return EventStatus.HYPOTHETICAL;
          }
          if (relation.startsWith("nmod") && lexicon.futureNouns.contains(lemma)) {
            return EventStatus.FUTURE;
          }
        } else if (relation.equals("obj") || relation.equals("nsubj:pass")) {
          EventStatus governed = governed(tokens, governor);
          if (governed != null && !lexicon.isSupportVerb(tokens, governor)) {
            return governed;
          }
        }
        clause = governor;
      }
      if (!tokens.isVerb(clause)) {
        return EventStatus.REPORTED;
      }
    }
    return clause(tokens, clause);
  }

  private EventStatus clause(Tokens tokens, int v) {
    for (int steps = 0; steps < REACH && v >= 0; steps++) {
      EventStatus own = auxiliaries(tokens, v);
      if (own != null) {
        return own;
      }
      String relation = tokens.relation(v);
      int governor = tokens.head(v);
      // "able to launch raids": an adjective's clause is its complement.
      boolean complement = relation.equals("xcomp")
          || relation.equals("advcl") && governor >= 0 && tokens.isAdjective(governor);
      if (!SHARING.contains(relation) && !complement) {
        return EventStatus.REPORTED;
      }
      if (governor >= 0 && complement) {
        EventStatus governed = governed(tokens, governor);
        if (governed != null) {
          return governed;
        }
      }
      v = governor;
    }
    return EventStatus.REPORTED;
  }

  /** What the words attached to verb {@code v} say: negation, a condition, a modal; null if nothing. */
  private EventStatus auxiliaries(Tokens tokens, int v) {
    boolean future = false;
    boolean hypothetical = false;
    for (int c : tokens.children(v)) {
      String relation = tokens.relation(c);
      String word = tokens.word(c).toLowerCase(Locale.ROOT);
      if ((relation.equals("advmod") || relation.equals("neg") || relation.startsWith("aux"))
          && lexicon.negations.contains(word)) {
        return EventStatus.NEGATED;
      }
      if (relation.equals("mark") && lexicon.negatingMarkers.contains(word)) {
        return EventStatus.NEGATED;
      }
      if (relation.equals("mark") && lexicon.conditionalMarks.contains(word)) {
        hypothetical = true;
      } else if (relation.startsWith("aux") && lexicon.hypotheticalModals.contains(word)) {
        hypothetical = true;
      } else if (relation.startsWith("aux") && lexicon.futureModals.contains(word)) {
        future = true;
      }
    }
    if (hypothetical) {
      return EventStatus.HYPOTHETICAL;
    }
    return future ? EventStatus.FUTURE : null;
  }

  /** What governor {@code g} makes of the event it governs, or null if it leaves it real. */
  private EventStatus governed(Tokens tokens, int g) {
    String lemma = lemma(tokens, g);
    int particle = tokens.child(g, "compound:prt");
    String phrasal = particle >= 0 ? lemma + " " + tokens.word(particle).toLowerCase(Locale.ROOT) : lemma;
    String preposition = nextWord(tokens, g);
    String prepositional = lemma + " " + preposition;
    if (lexicon.negatingGovernors.contains(lemma) || lexicon.negatingGovernors.contains(phrasal)) {
      return EventStatus.NEGATED;
    }
    if (lexicon.hypotheticalGovernors.contains(lemma) || lexicon.hypotheticalGovernors.contains(phrasal)
        || lexicon.hypotheticalGovernors.contains(prepositional)) {
      return EventStatus.HYPOTHETICAL;
    }
    if (lexicon.futureGovernors.contains(lemma) || lemma.equals("go") && tokens.tag(g).equals("VBG")) {
      return EventStatus.FUTURE;
    }
    return null;
  }

  private EventStatus nounModifiers(Tokens tokens, int n) {
    for (int c : tokens.children(n)) {
      String relation = tokens.relation(c);
      String word = tokens.word(c).toLowerCase(Locale.ROOT);
      if (relation.equals("det") && lexicon.negatingDeterminers.contains(word)
          || relation.equals("case") && lexicon.negatingMarkers.contains(word)) {
        return EventStatus.NEGATED;
      }
      if (relation.equals("amod") || relation.equals("det")) {
        if (lexicon.futureModifiers.contains(word)) {
          return EventStatus.FUTURE;
        }
        if (lexicon.hypotheticalModifiers.contains(word)) {
          return EventStatus.HYPOTHETICAL;
        }
      }
    }
    return null;
  }

  private static String nextWord(Tokens tokens, int t) {
    int next = t + 1;
    return next < tokens.sentenceEnd(tokens.sentence(t)) ? tokens.word(next).toLowerCase(Locale.ROOT) : "";
  }

  private static String lemma(Tokens tokens, int t) {
    return tokens.lemma(t).toLowerCase(Locale.ROOT);
  }
}
