package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;

/**
 * What the side model reads of a candidate participant: the path in the dependency parse from the
 * event's trigger to the candidate (relations, with the preposition of each oblique step), the
 * candidate's own relation, the event's category and the kind of trigger, the trigger's lemma
 * with the path's first step, which side of the trigger the candidate stands on, its kind (a
 * named actor's type, or a participant the text describes), and what the rules made of it.
 */
final class SideFeatures {

  /** Paths longer than this are read as "far". */
  private static final int MOST_STEPS = 4;

  private SideFeatures() {
  }

  /**
   * @param kind the candidate's kind: an actor type, or "described"
   * @param ruled what the rules made of it: "source", "target" or "none"
   */
  static List<String> of(Tokens tokens, Trigger trigger, int candidate, String kind, String ruled) {
    Set<String> features = new LinkedHashSet<>();
    int h = trigger.head();
    String category = trigger.pattern().category().name();
    String path = path(tokens, h, candidate);
    String first = path.contains(" ") ? path.substring(0, path.indexOf(' ')) : path;
    String own = step(tokens, candidate);
    String trig = trigger.isNoun() ? "noun" : passive(tokens, h) ? "passive" : "verb";
    features.add("path:" + path);
    features.add("path|trig:" + path + "|" + trig);
    features.add("cat|path:" + category + "|" + path);
    features.add("first:" + first);
    features.add("cat|first:" + category + "|" + first);
    features.add("own:" + own);
    features.add("cat|own:" + category + "|" + own);
    features.add("trig|own:" + trig + "|" + own);
    features.add("lemma|first:" + tokens.lemma(h).toLowerCase(Locale.ROOT) + "|" + first);
    features.add("kind:" + kind);
    features.add("cat|kind:" + category + "|" + kind);
    features.add("side:" + (candidate < h ? "before" : "after"));
    features.add("ruled:" + ruled);
    features.add("cat|ruled:" + category + "|" + ruled);
    features.add("ruled|path:" + ruled + "|" + path);
    if (trigger.object() >= 0 && candidate != trigger.object()) {
      features.add("objpath:" + path(tokens, trigger.object(), candidate));
    }
    return new ArrayList<>(features);
  }

  /**
   * The steps from {@code from} up to the lowest common governor and down to {@code to}: "^nsubj"
   * for a step up out of a subject, "obl:on" for a step down into an oblique with "on".
   */
  static String path(Tokens tokens, int from, int to) {
    if (from == to) {
      return "self";
    }
    List<Integer> up = chain(tokens, from);
    List<Integer> down = chain(tokens, to);
    int common = -1;
    for (int a : up) {
      if (down.contains(a)) {
        common = a;
        break;
      }
    }
    if (common < 0) {
      return "far";
    }
    List<String> steps = new ArrayList<>();
    for (int t = from; t != common; t = tokens.head(t)) {
      steps.add("^" + step(tokens, t));
    }
    List<String> descent = new ArrayList<>();
    for (int t = to; t != common; t = tokens.head(t)) {
      descent.add(0, step(tokens, t));
    }
    steps.addAll(descent);
    return steps.size() > MOST_STEPS ? "far" : String.join(" ", steps);
  }

  /** Token {@code t} and its governors up to the root, nearest first. */
  private static List<Integer> chain(Tokens tokens, int t) {
    List<Integer> chain = new ArrayList<>();
    for (int i = t; i >= 0 && chain.size() < 64; i = tokens.head(i)) {
      chain.add(i);
    }
    return chain;
  }

  /** The relation of {@code t} to its governor, with its preposition for an oblique or nominal modifier. */
  private static String step(Tokens tokens, int t) {
    String relation = tokens.relation(t);
    if (relation.startsWith("obl") || relation.startsWith("nmod") || relation.equals("advcl")) {
      String marker = tokens.caseMarker(t).toLowerCase(Locale.ROOT);
      int colon = relation.indexOf(':');
      String base = colon < 0 || relation.startsWith("nmod:poss") ? relation : relation.substring(0, colon);
      return marker.isEmpty() ? base : base + ":" + marker;
    }
    return relation;
  }

  private static boolean passive(Tokens tokens, int v) {
    for (int c : tokens.children(v)) {
      String relation = tokens.relation(c);
      if (relation.equals("nsubj:pass") || relation.equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }
}
