package org.basira.nlp.scenarios;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.basira.model.Stance;
import org.basira.nlp.Tokens;

/**
 * How the holder stands toward the scenario a reference names, read off the sentence:
 * <ol>
 *   <li>a question or a heading (no verb) keeps the view open: neutral;
 *   <li>a negation right before the reference rejects it ("a Libyan, not a Syrian, outcome");
 *   <li>otherwise the clauses above the reference decide, climbing the parse from its head: a
 *       neutral word ("whether", "avoiding", "away from") makes it neutral; a rejecting word ("far
 *       from", "out of the question", "unlikely") makes it rejects; each negation on the way
 *       flips the result, so two cancel out ("does not mean that it will not be repeated");
 *       a reference none of this touches is supported ("remains possible", "are realistic").
 * </ol>
 * A coordinated clause keeps its own words: in "will not be open to X, but may be open to Y" the
 * "not" bears on X only. The climb stops at an adverbial clause or an aside, whose polarity the main
 * clause does not set: in "it will not be hard for ISIS if the US leaves as it did in Afghanistan"
 * the "not" does not reject the Afghan scenario. A reference inside a subject also takes a rejecting
 * predicate that follows it ("the concern that Iraq turns into another Afghanistan is out of the
 * question").
 */
final class Stances {

  /** The relations by which a clause's own words attach to it. */
  private static final Set<String> CLAUSE_WORDS = Set.of("advmod", "aux", "aux:pass", "cop", "mark", "case", "fixed",
      "compound:prt", "det", "neg", "obl:npmod");
  private static final int LOCAL_REACH = 2;

  private final ReferenceLexicon lexicon;

  Stances(ReferenceLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The words of one sentence that carry stance, found once for all its references. */
  final class Cues {
    private final Words words;
    private final Set<Integer> rejecting = new HashSet<>();
    private final Set<Integer> neutral = new HashSet<>();
    private final boolean openView;

    Cues(Words words) {
      this.words = words;
      mark(lexicon.rejecting, rejecting);
      mark(lexicon.neutral, neutral);
      Tokens tokens = words.tokens;
      int s = tokens.sentence(words.token[0]);
      boolean hasVerb = false;
      boolean tagged = false;
      for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
        hasVerb |= tokens.isVerb(t);
        tagged |= !tokens.tag(t).isEmpty();
      }
      // A sentence too long to tag has no verbs to see; it is not a heading for that.
      openView = tagged && !hasVerb || endsWithQuestionMark(tokens, s);
    }

    /** "... another Afghanistan?" and "'Will it?'" alike: closing quotes and brackets aside. */
    private static boolean endsWithQuestionMark(Tokens tokens, int s) {
      for (int t = tokens.sentenceEnd(s) - 1; t >= tokens.sentenceStart(s); t--) {
        String word = tokens.word(t);
        if (!word.matches("[\"'’”»)\\]]+|''|-RRB-")) {
          return word.equals("?");
        }
      }
      return false;
    }

    private void mark(List<List<String>> phrases, Set<Integer> into) {
      for (int i = 0; i < words.size(); i++) {
        for (List<String> phrase : phrases) {
          int end = words.matches(i, phrase);
          for (int k = i; k < end; k++) {
            into.add(words.token[k]);
          }
        }
      }
    }

    Stance of(Reference reference) {
      if (openView) {
        return Stance.NEUTRAL;
      }
      if (negatedRightBefore(reference.first())) {
        return Stance.REJECTS;
      }
      Tokens tokens = words.tokens;
      boolean rejects = false;
      boolean open = false;
      int negations = 0;
      boolean inSubject = false;
      int at = reference.head();
      for (int steps = 0; steps < tokens.size(); steps++) {
        int governor = tokens.head(at);
        if (governor < 0) {
          break;
        }
        String relation = tokens.relation(at);
        if (relation.startsWith("advcl") || relation.startsWith("parataxis")) {
          break; // a condition or an aside keeps its own polarity: "it will not be hard for ISIS if the US leaves"
        }
        inSubject |= relation.startsWith("nsubj") || relation.startsWith("csubj");
        boolean coordinated = relation.startsWith("conj");
        int from = at;
        at = governor;
        if (coordinated) {
          continue;
        }
        rejects |= rejecting.contains(governor);
        open |= neutral.contains(governor);
        negations += isNegation(governor) ? 1 : 0;
        for (int child : tokens.children(governor)) {
          if (child == from || !CLAUSE_WORDS.contains(tokens.relation(child))) {
            continue;
          }
          rejects |= rejecting.contains(child);
          open |= neutral.contains(child);
          negations += isNegation(child) ? 1 : 0;
        }
      }
      if (open) {
        return Stance.NEUTRAL;
      }
      rejects |= inSubject && rejectingPredicateAfter(reference.last());
      boolean supports = !rejects;
      return supports == (negations % 2 == 0) ? Stance.SUPPORTS : Stance.REJECTS;
    }

    /**
     * Whether a rejecting predicate with its copula follows ("... is simply not on the table"):
     * it says what the subject holding the reference is, even where a long sentence's parse hangs it
     * elsewhere.
     */
    private boolean rejectingPredicateAfter(int last) {
      Tokens tokens = words.tokens;
      for (int cue : rejecting) {
        if (cue > last && tokens.child(cue, "cop") >= 0 && noClauseBetween(last, cue)) {
          return true;
        }
      }
      return false;
    }

    /** Whether no verb with a subject of its own stands between: "X looms, and a deal is impossible" is two clauses. */
    private boolean noClauseBetween(int from, int to) {
      Tokens tokens = words.tokens;
      for (int t = from + 1; t < to; t++) {
        if (tokens.isVerb(t) && tokens.child(t, "nsubj") >= 0) {
          return false;
        }
      }
      return true;
    }

    /** "not an Afghan model", "no Afghan scenario": a negation within two words, articles aside. */
    private boolean negatedRightBefore(int first) {
      Tokens tokens = words.tokens;
      int s = tokens.sentence(first);
      for (int t = first - 1, seen = 0; t >= tokens.sentenceStart(s) && seen < LOCAL_REACH; t--) {
        if (isNegation(t)) {
          return true;
        }
        if (!tokens.tag(t).equals("DT")) {
          seen++;
        }
      }
      return false;
    }

    private boolean isNegation(int token) {
      Tokens tokens = words.tokens;
      String word = tokens.word(token).toLowerCase(java.util.Locale.ROOT);
      return lexicon.negations.contains(word) || lexicon.negations.contains(tokens.lemma(token));
    }
  }
}
