package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;

/**
 * What the event model reads of a sentence: its content words near the root of the parse, the
 * shape of its main clause (the root's lemma and the lemmas of its object, complement and clausal
 * arguments), what the trigger lexicon found in it and how deep in the parse, and the words around
 * the main trigger (its governor, object, complement and prepositions). Names of people and places are read as
 * their entity type only, so that the model learns what was done rather than who did it.
 */
final class EventFeatures {

  /** Relations from the root whose word says what kind of act the sentence reports. */
  private static final Set<String> MAIN_ARGUMENTS = Set.of("obj", "xcomp", "ccomp", "obl", "nsubj", "nsubj:pass",
      "advcl", "conj");

  /** How deep in the parse a word may lie and still count among the sentence's words. */
  private static final int NEAR_ROOT = 2;

  private EventFeatures() {
  }

  /** The features of sentence {@code s} with the triggers the lexicon found in it. */
  static List<String> of(Tokens tokens, int s, List<Trigger> found) {
    Set<String> features = new LinkedHashSet<>();
    int root = -1;
    for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
      if (tokens.relation(t).equals("root")) {
        root = t;
      }
      if (depth(tokens, t) > NEAR_ROOT) {
        continue; // the far branches of a long sentence tell of other things
      }
      if (tokens.isProperNoun(t)) {
        features.add("ner:" + tokens.ner(t));
      } else if (tokens.isVerb(t) || tokens.isNoun(t) || tokens.isAdjective(t) || isNegation(tokens, t)) {
        features.add("w:" + lemma(tokens, t));
      }
    }
    if (root >= 0) {
      String rootLemma = lemma(tokens, root);
      features.add("root:" + rootLemma);
      features.add("root.pos:" + tokens.tag(root).charAt(0));
      for (int c : tokens.children(root)) {
        String relation = tokens.relation(c);
        if (MAIN_ARGUMENTS.contains(relation) && !tokens.isProperNoun(c)) {
          features.add("root." + relation + ":" + lemma(tokens, c));
          features.add("root+" + relation + ":" + rootLemma + "|" + lemma(tokens, c));
        }
        if (relation.equals("aux") || relation.equals("advmod") && isNegation(tokens, c)) {
          features.add("root.aux:" + lemma(tokens, c));
        }
      }
    }
    if (found.isEmpty()) {
      features.add("trigger:none");
    }
    for (Trigger trigger : found) {
      String category = trigger.pattern().category().name();
      int depth = depth(tokens, trigger.head());
      features.add("trigger:" + category);
      features.add("trigger:" + category + "|" + trigger.pattern().words());
      features.add("trigger.depth:" + category + "|" + Math.min(depth, 3));
      features.add("trigger.kind:" + category + "|" + trigger.pattern().kind());
    }
    Trigger main = main(tokens, found);
    if (main != null) {
      features.add("main:" + main.pattern().category());
      int h = main.head();
      features.add("main.lemma:" + lemma(tokens, h));
      features.add("main.relation:" + tokens.relation(h));
      if (tokens.head(h) >= 0) {
        features.add("main.governor:" + tokens.relation(h) + "|" + lemma(tokens, tokens.head(h)));
      }
      for (int c : tokens.children(h)) {
        String relation = tokens.relation(c);
        if (relation.equals("obj") || relation.equals("xcomp") || relation.equals("ccomp")) {
          features.add("main." + relation + ":" + (tokens.isProperNoun(c) ? tokens.ner(c) : lemma(tokens, c)));
        } else if (relation.startsWith("obl") || relation.equals("nmod")) {
          features.add("main.prep:" + tokens.caseMarker(c).toLowerCase(Locale.ROOT));
        } else if (isNegation(tokens, c)) {
          features.add("main.negated");
        }
      }
    }
    return new ArrayList<>(features);
  }

  /** The trigger nearest the root of the parse, the first one among equals; null if there is none. */
  static Trigger main(Tokens tokens, List<Trigger> found) {
    Trigger main = null;
    int best = Integer.MAX_VALUE;
    for (Trigger trigger : found) {
      int depth = depth(tokens, trigger.head());
      if (depth < best) {
        best = depth;
        main = trigger;
      }
    }
    return main;
  }

  /** How many heads lie between token {@code t} and its sentence's root (0 for the root). */
  static int depth(Tokens tokens, int t) {
    int depth = 0;
    int span = tokens.sentenceEnd(tokens.sentence(t)) - tokens.sentenceStart(tokens.sentence(t));
    // Bounded by the sentence's length, so a cycle left by a parse repair cannot loop.
    for (int h = tokens.head(t); h >= 0 && depth <= span; h = tokens.head(h)) {
      depth++;
    }
    return depth;
  }

  private static String lemma(Tokens tokens, int t) {
    return tokens.lemma(t).toLowerCase(Locale.ROOT);
  }

  private static boolean isNegation(Tokens tokens, int t) {
    String word = tokens.word(t).toLowerCase(Locale.ROOT);
    return word.equals("not") || word.equals("n't") || word.equals("never") || word.equals("no");
  }
}
