package org.basira.nlp.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the references to scenarios in one sentence, five ways:
 * <ul>
 *   <li>a casebook phrase, with fillers allowed between its words ("the militias' complete control"
 *       for "militia control");
 *   <li>a term before a frame noun ("the Afghan scenario", "a Libyan, not a Syrian, outcome");
 *   <li>a frame noun linked to a term after it ("the fate of Afghanistan");
 *   <li>a term after words that make it a scenario ("another Afghanistan", "as it did in Kabul");
 *   <li>an anaphor ("meet the same fate") for the scenario whose term came last.
 * </ul>
 */
final class References {

  /** How many words may stand between a term and its frame noun. */
  private static final int FRAME_REACH = 7;
  /** How many fillers may stand between a phrase's words, or between a link and its term. */
  private static final int FILLERS = 3;

  private final ReferenceLexicon lexicon;
  private final ScenarioTerms terms;

  References(ReferenceLexicon lexicon, ScenarioTerms terms) {
    this.lexicon = lexicon;
    this.terms = terms;
  }

  /**
   * The references in the sentence of {@code words}, in text order of their first word, and the
   * scenario named last, for anaphors in later sentences.
   *
   * @param named the scenario whose term came last before this sentence, or null
   */
  Found find(Words words, String named) {
    List<Reference> found = new ArrayList<>();
    String last = named;
    for (int i = 0; i < words.size(); i++) {
      for (ScenarioTerms.Phrase phrase : terms.phrases()) {
        int end = withFillers(words, i, phrase.words());
        if (end > 0) {
          found.add(new Reference(phrase.scenario(), words.token[i], words.token[end - 1], words.token[end - 1]));
        }
      }
      for (List<String> anaphor : lexicon.anaphora) {
        int end = words.matches(i, anaphor);
        if (end > 0 && last != null) {
          found.add(new Reference(last, words.token[i], words.token[end - 1], words.token[end - 1]));
        }
      }
      if (lexicon.frameNouns.contains(words.lemmas[i])) {
        linkedTerm(words, i, found);
      }
      Set<String> scenarios = terms.scenariosOf(words, i);
      if (scenarios.isEmpty()) {
        continue;
      }
      for (String scenario : scenarios) {
        frameAfter(words, i, scenario, found);
        wordsBefore(words, i, scenario, found);
      }
      if (scenarios.size() == 1) {
        last = scenarios.iterator().next();
      }
    }
    found.sort(java.util.Comparator.comparingInt(Reference::first).thenComparingInt(Reference::last));
    return new Found(found, last);
  }

  record Found(List<Reference> references, String named) {
  }

  /** "the Afghan scenario": a frame noun after the term, across fillers and other terms. */
  private void frameAfter(Words words, int term, String scenario, List<Reference> found) {
    for (int j = term + 1; j < words.size() && j <= term + FRAME_REACH; j++) {
      if (lexicon.frameNouns.contains(words.lemmas[j]) && words.tokens.isNoun(words.token[j])) {
        found.add(new Reference(scenario, words.token[term], words.token[j], words.token[j]));
        return;
      }
      if (!words.isFiller(j) && terms.scenariosOf(words, j).isEmpty()) {
        return;
      }
    }
  }

  /** "the fate of Afghanistan", "a scenario related to the militias". */
  private void linkedTerm(Words words, int noun, List<Reference> found) {
    for (List<String> link : lexicon.frameLinks) {
      int j = words.matches(noun + 1, link);
      if (j < 0) {
        continue;
      }
      for (int fillers = 0; j < words.size() && fillers <= FILLERS; j++, fillers++) {
        Set<String> scenarios = terms.scenariosOf(words, j);
        if (!scenarios.isEmpty()) {
          for (String scenario : scenarios) {
            found.add(new Reference(scenario, words.token[noun], words.token[j], words.token[noun]));
          }
          return;
        }
        if (!words.isFiller(j)) {
          break;
        }
      }
    }
  }

  /** "another Afghanistan", "what happened in Afghanistan", "closer to the Iranian model". */
  private void wordsBefore(Words words, int term, String scenario, List<Reference> found) {
    for (List<String> before : lexicon.beforeTerm) {
      for (int fillers = 0; fillers <= 2; fillers++) {
        int start = term - fillers - before.size();
        if (start < 0) {
          break;
        }
        if (fillers > 0 && !words.isFiller(term - fillers)) {
          break;
        }
        if (words.matches(start, before) == term - fillers) {
          found.add(new Reference(scenario, words.token[start], words.token[term], words.token[term]));
          return;
        }
      }
    }
  }

  /** The end (exclusive) of {@code phrase} matched from word {@code i} with fillers between its words, or -1. */
  private static int withFillers(Words words, int i, List<String> phrase) {
    if (!words.is(i, phrase.get(0))) {
      return -1;
    }
    int at = i + 1;
    for (int k = 1; k < phrase.size(); k++) {
      int fillers = 0;
      while (at < words.size() && !words.is(at, phrase.get(k)) && words.isFiller(at) && fillers < FILLERS) {
        at++;
        fillers++;
      }
      if (at >= words.size() || !words.is(at, phrase.get(k))) {
        return -1;
      }
      at++;
    }
    return at;
  }
}
