package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorMentions;

/**
 * Finds the event triggers of a sentence: verbs and nouns that match a pattern of the lexicon,
 * with the particles, prepositions, objects or modifiers the pattern needs. Where several patterns
 * match one word, the most specific wins ("hand over" over "hand", "hunger strike" over "strike").
 */
final class Triggers {

  /** Named-entity tags of words that belong to a name, not to an event ("Rapid Support Forces"). */
  private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "PERSON", "LOCATION", "CITY", "COUNTRY",
      "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "TITLE", "IDEOLOGY", "RELIGION");

  private final EventLexicon lexicon;

  Triggers(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Trigger> find(Tokens tokens, ActorMentions actors, int sentence) {
    List<Trigger> found = new ArrayList<>();
    Set<Integer> objects = new HashSet<>();
    int from = tokens.sentenceStart(sentence);
    int to = tokens.sentenceEnd(sentence);
    for (int t = from; t < to; t++) {
      if (tokens.isVerb(t) && !tokens.relation(t).equals("amod") && !coordinatedWithNoun(tokens, t)) {
        Trigger verb = verb(tokens, t);
        if (verb != null) {
          found.add(verb);
          if (verb.object() >= 0) {
            objects.add(verb.object());
          }
        }
      }
    }
    for (int t = from; t < to; t++) {
      // A noun that modifies another ("a combat mission", "attack helicopters") names a kind of thing, not an event.
      // A noun after a copula says what something is ("this is the real test for X"), not what happened.
      if (tokens.isNoun(t) && !objects.contains(t) && actors.at(t) == null && !isName(tokens, t)
          && !tokens.relation(t).equals("compound") && tokens.child(t, "cop") < 0) {
        Trigger noun = noun(tokens, t);
        if (noun != null) {
          found.add(noun);
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.head(), b.head()));
    return found;
  }

  /**
   * Whether verb {@code v} is coordinated with a noun: verbs do not coordinate with nouns, so it is an
   * adjective read as a verb ("Mali has armed and police forces").
   */
  private static boolean coordinatedWithNoun(Tokens tokens, int v) {
    if (tokens.child(v, "obj") >= 0 || tokens.child(v, "nsubj:pass") >= 0) {
      return false;
    }
    for (int c : tokens.children(v)) {
      // Right after the verb: "armed and security forces"; a noun with a subject or copula of its
      // own is a clause ("and the result was chaos").
      if (tokens.relation(c).equals("conj") && tokens.isNoun(c) && tokens.child(c, "cc") == v + 1
          && tokens.child(c, "nsubj") < 0 && tokens.child(c, "cop") < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isName(Tokens tokens, int t) {
    return tokens.isProperNoun(t) && NAME_TAGS.contains(tokens.ner(t));
  }

  private Trigger verb(Tokens tokens, int v) {
    Trigger best = null;
    for (EventPattern pattern : lexicon.verbPatterns(tokens.lemma(v))) {
      int last = v;
      boolean ok = true;
      for (String particle : pattern.particles()) {
        int p = particle(tokens, v, particle);
        if (p < 0) {
          ok = false;
          break;
        }
        if (p <= v + 2) {
          last = Math.max(last, p);
        }
      }
      int object = -1;
      if (ok && pattern.object() != null) {
        object = object(tokens, v, pattern.object());
        ok = object >= 0;
        if (ok) {
          last = Math.max(last, object);
        }
      }
      int first = object >= 0 ? Math.min(v, object) : v;
      if (ok && (best == null || pattern.weight() > best.pattern().weight())) {
        best = new Trigger(pattern, v, first, last, object);
      }
    }
    return best;
  }

  /**
   * The token that gives verb {@code v} its particle or preposition {@code word}: a particle
   * dependent, the case marker of one of its arguments, or the word right after it; -1 if none.
   */
  private static int particle(Tokens tokens, int v, String word) {
    for (int c : tokens.children(v)) {
      if (tokens.relation(c).equals("compound:prt") && lower(tokens, c).equals(word)) {
        return c;
      }
      for (int g : tokens.children(c)) {
        if (tokens.relation(g).equals("case") && lower(tokens, g).equals(word)) {
          return g;
        }
      }
    }
    int next = v + 1;
    if (next < tokens.sentenceEnd(tokens.sentence(v)) && lower(tokens, next).equals(word)) {
      return next;
    }
    return -1;
  }

  /** The object noun of {@code v} with lemma {@code lemma}: its object, or its subject when passive. */
  private static int object(Tokens tokens, int v, String lemma) {
    for (int c : tokens.children(v)) {
      String relation = tokens.relation(c);
      if ((relation.equals("obj") || relation.equals("nsubj:pass")) && lemmaIs(tokens, c, lemma)) {
        return c;
      }
      // "launched a wave of attacks", "launched attacks and raids"
      if (relation.equals("obj")) {
        for (int g : tokens.children(c)) {
          if ((tokens.relation(g).equals("nmod") || tokens.relation(g).equals("conj")) && lemmaIs(tokens, g, lemma)) {
            return g;
          }
        }
      }
    }
    return -1;
  }

  private Trigger noun(Tokens tokens, int n) {
    Trigger best = null;
    for (EventPattern pattern : lexicon.nounPatterns(tokens.lemma(n))) {
      int first = n;
      boolean ok = true;
      for (String modifier : pattern.modifiers()) {
        int m = modifier(tokens, n, modifier);
        if (m < 0) {
          ok = false;
          break;
        }
        first = Math.min(first, m);
      }
      if (ok && (best == null || pattern.weight() > best.pattern().weight())) {
        best = new Trigger(pattern, n, first, n, -1);
      }
    }
    return best;
  }

  /** A modifier of noun {@code n} that is {@code word}: a compound or adjective dependent, or the word before it. */
  private static int modifier(Tokens tokens, int n, String word) {
    for (int c : tokens.children(n)) {
      String relation = tokens.relation(c);
      if ((relation.startsWith("compound") || relation.equals("amod")) && lemmaIs(tokens, c, word)) {
        return c;
      }
    }
    for (int t = n - 1; t >= Math.max(tokens.sentenceStart(tokens.sentence(n)), n - 2); t--) {
      if (lemmaIs(tokens, t, word)) {
        return t;
      }
    }
    return -1;
  }

  private static boolean lemmaIs(Tokens tokens, int t, String lemma) {
    return tokens.lemma(t).toLowerCase(Locale.ROOT).equals(lemma) || lower(tokens, t).equals(lemma);
  }

  private static String lower(Tokens tokens, int t) {
    return tokens.word(t).toLowerCase(Locale.ROOT);
  }
}
