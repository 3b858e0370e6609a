package org.basira.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * The article's tokens as the layer stages read them: word, offsets, part of speech, lemma, NER
 * tag and sentence, by index over the whole article. A plain view of CoreNLP's annotation, built
 * once per article, so stages do not each walk CoreNLP's maps.
 */
public final class Tokens {

  private final String text;
  private final String[] words;
  private final int[] starts;
  private final int[] ends;
  private final String[] tags;
  private final String[] lemmas;
  private final String[] ner;
  private final int[] sentenceOf;
  private final int[] sentenceStarts;

  Tokens(String text, Annotation annotation) {
    this.text = text;
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    int n = tokens.size();
    words = new String[n];
    starts = new int[n];
    ends = new int[n];
    tags = new String[n];
    lemmas = new String[n];
    ner = new String[n];
    sentenceOf = new int[n];
    for (int i = 0; i < n; i++) {
      CoreLabel token = tokens.get(i);
      words[i] = token.word();
      starts[i] = token.beginPosition();
      ends[i] = token.endPosition();
      tags[i] = token.tag() == null ? "" : token.tag();
      lemmas[i] = token.lemma() == null ? token.word() : token.lemma();
      ner[i] = token.ner() == null ? "O" : token.ner();
    }
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    sentenceStarts = new int[sentences.size() + 1];
    for (int s = 0; s < sentences.size(); s++) {
      int from = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
      int to = sentences.get(s).get(CoreAnnotations.TokenEndAnnotation.class);
      sentenceStarts[s] = from;
      for (int i = from; i < to; i++) {
        sentenceOf[i] = s;
      }
    }
    sentenceStarts[sentences.size()] = n;
  }

  public String text() {
    return text;
  }

  public int size() {
    return words.length;
  }

  public String word(int i) {
    return words[i];
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public String tag(int i) {
    return tags[i];
  }

  public String lemma(int i) {
    return lemmas[i];
  }

  public String ner(int i) {
    return ner[i];
  }

  public int sentence(int i) {
    return sentenceOf[i];
  }

  public int sentences() {
    return sentenceStarts.length - 1;
  }

  /** The first token of sentence {@code s}. */
  public int sentenceStart(int s) {
    return sentenceStarts[s];
  }

  /** One past the last token of sentence {@code s}. */
  public int sentenceEnd(int s) {
    return sentenceStarts[s + 1];
  }

  /** The token that covers or follows character {@code offset}. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = words.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The text from token {@code first} to token {@code last}, inclusive. */
  public String span(int first, int last) {
    return text.substring(starts[first], ends[last]);
  }

  public boolean isNoun(int i) {
    return tags[i].startsWith("NN");
  }

  public boolean isProperNoun(int i) {
    return tags[i].startsWith("NNP");
  }

  public boolean isAdjective(int i) {
    return tags[i].startsWith("JJ");
  }

  public boolean isCapitalised(int i) {
    return !words[i].isEmpty() && Character.isUpperCase(words[i].codePointAt(0));
  }
}
