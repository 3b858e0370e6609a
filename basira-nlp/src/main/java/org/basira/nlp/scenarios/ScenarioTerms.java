package org.basira.nlp.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.casebook.Scenario;

/**
 * A casebook's scenarios made ready to match: each term lower-cased with its consonant skeleton,
 * each phrase as words. A capitalised word matches a capitalised term loosely when they share their
 * first two letters and their consonants, so that a transliteration ("Talabani scenario" for
 * "Taliban") still counts but "Maltese" is not "militias".
 */
final class ScenarioTerms {

  /** Skeletons shorter than this are too common to match loosely ("rn" for Iran). */
  private static final int LOOSE_MINIMUM = 4;

  /** @param skeleton the consonants, or null when the term is not matched loosely */
  private record Term(String scenario, String word, String skeleton) {
  }

  record Phrase(String scenario, List<String> words) {
  }

  private final List<Term> terms = new ArrayList<>();
  private final List<Phrase> phrases = new ArrayList<>();

  ScenarioTerms(List<Scenario> scenarios) {
    for (Scenario scenario : scenarios) {
      for (String term : scenario.terms()) {
        boolean name = Character.isUpperCase(term.codePointAt(0));
        for (String word : Words.split(term.toLowerCase(Locale.ROOT))) {
          String skeleton = skeleton(word);
          terms.add(new Term(scenario.id(), word, name && skeleton.length() >= LOOSE_MINIMUM ? skeleton : null));
        }
      }
      for (String phrase : scenario.phrases()) {
        phrases.add(new Phrase(scenario.id(), Words.split(phrase.toLowerCase(Locale.ROOT))));
      }
    }
  }

  List<Phrase> phrases() {
    return phrases;
  }

  /** The scenarios whose terms word {@code i} is, by form, lemma or (capitalised) skeleton. */
  Set<String> scenariosOf(Words words, int i) {
    Set<String> found = new LinkedHashSet<>();
    boolean capitalised = words.initial[i] && words.tokens.isCapitalised(words.token[i]);
    String skeleton = null;
    for (Term term : terms) {
      if (words.is(i, term.word)) {
        found.add(term.scenario);
      } else if (capitalised && term.skeleton != null && words.forms[i].length() > 2
          && words.forms[i].regionMatches(0, term.word, 0, 2)) {
        if (skeleton == null) {
          skeleton = skeleton(words.forms[i]);
        }
        if (skeleton.equals(term.skeleton)) {
          found.add(term.scenario);
        }
      }
    }
    return found;
  }

  /** The word without vowels and doubled letters: "taliban" and "talabani" both give "tlbn". */
  static String skeleton(String word) {
    StringBuilder out = new StringBuilder();
    for (char c : word.toCharArray()) {
      if (Character.isLetter(c) && "aeiouy".indexOf(c) < 0 && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
