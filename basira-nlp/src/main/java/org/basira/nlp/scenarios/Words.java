package org.basira.nlp.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.basira.nlp.Tokens;

/**
 * A sentence as the words phrases are matched against: lower-cased, with hyphenated tokens split
 * ("Iranian-backed" gives "iranian" and "backed") so that "Iran-style" in a casebook matches however
 * the tokenizer cut it. Each word remembers its token.
 */
final class Words {

  final Tokens tokens;
  final String[] forms;
  final String[] lemmas;
  final int[] token;
  /** Whether a word is the first part of its token; only such words start a term. */
  final boolean[] initial;

  Words(Tokens tokens, int sentence) {
    this.tokens = tokens;
    List<String> forms = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    List<Integer> token = new ArrayList<>();
    List<Boolean> initial = new ArrayList<>();
    for (int t = tokens.sentenceStart(sentence); t < tokens.sentenceEnd(sentence); t++) {
      String word = tokens.word(t).toLowerCase(Locale.ROOT);
      if (word.equals("-") || word.equals("--")) {
        continue;
      }
      List<String> parts = word.length() > 1 && word.indexOf('-') > 0 ? split(word) : List.of(word);
      for (int p = 0; p < parts.size(); p++) {
        forms.add(parts.get(p));
        lemmas.add(parts.size() == 1 ? tokens.lemma(t).toLowerCase(Locale.ROOT) : parts.get(p));
        token.add(t);
        initial.add(p == 0);
      }
    }
    this.forms = forms.toArray(String[]::new);
    this.lemmas = lemmas.toArray(String[]::new);
    this.token = token.stream().mapToInt(Integer::intValue).toArray();
    this.initial = new boolean[initial.size()];
    for (int i = 0; i < this.initial.length; i++) {
      this.initial[i] = initial.get(i);
    }
  }

  int size() {
    return forms.length;
  }

  /**
   * Whether word {@code i} is {@code word}, by form, by lemma, or as its plural: a capitalised plural
   * ("Militias' Influence" in a headline) is tagged a proper noun and keeps its "s" in the lemma.
   */
  boolean is(int i, String word) {
    String form = forms[i];
    return form.equals(word) || lemmas[i].equals(word)
        || form.length() == word.length() + 1 && form.endsWith("s") && form.startsWith(word);
  }

  /** Whether the words from {@code i} are exactly {@code phrase}; -1 if not, else the index after it. */
  int matches(int i, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (i + k >= forms.length || !is(i + k, phrase.get(k))) {
        return -1;
      }
    }
    return i + phrase.size();
  }

  /**
   * Whether word {@code i} may stand between the words of a phrase without breaking it: articles,
   * adjectives, adverbs, possessive marks, numbers, commas and conjunctions ("the militias' complete
   * control", "a Libyan, not a Syrian, outcome").
   */
  boolean isFiller(int i) {
    String tag = tokens.tag(token[i]);
    return tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("RB") || tag.equals("POS") || tag.equals("CD")
        || tag.equals("CC") || tag.equals(",") || tag.equals("PRP$") || forms[i].equals("'") || forms[i].equals("’");
  }

  /** Splits on spaces and hyphens, dropping empty parts. */
  static List<String> split(String text) {
    return Arrays.stream(text.split("[\\s\\-]+")).filter(s -> !s.isEmpty()).toList();
  }
}
