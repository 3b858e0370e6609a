package org.basira.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The article's tokens as the layer stages read them: word, offsets, part of speech, lemma, NER
 * tag and sentence, by index over the whole article. A plain view of CoreNLP's annotation, built
 * once per article, so stages do not each walk CoreNLP's maps.
 *
 * <p>The dependency parse (basic Universal Dependencies, a tree per sentence) is kept as a head and
 * a relation per token; a token of a sentence too long to parse has no head and no relation.
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
  private final int[] heads;
  private final String[] relations;
  private int[][] children;

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
    heads = new int[n];
    relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "");
    for (int s = 0; s < sentences.size(); s++) {
      SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph == null) {
        continue;
      }
      int offset = sentenceStarts[s] - 1; // graph indices count from 1 within the sentence
      for (SemanticGraphEdge edge : graph.edgeIterable()) {
        int dependent = offset + edge.getDependent().index();
        heads[dependent] = offset + edge.getGovernor().index();
        relations[dependent] = edge.getRelation().toString();
      }
      graph.getRoots().forEach(root -> relations[offset + root.index()] = "root");
    }
    ParseRepairs.apply(words, tags, ner, sentenceOf, heads, relations);
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

  /** The head of token {@code i} in the dependency parse, or -1 for a sentence's root or an unparsed token. */
  public int head(int i) {
    return heads[i];
  }

  /**
   * The dependency relation of token {@code i} to its head, such as {@code nsubj}, {@code ccomp} or
   * {@code obl:tmod}; {@code root} for a sentence's root, empty for an unparsed token.
   */
  public String relation(int i) {
    return relations[i];
  }

  /** The dependents of token {@code i}, in text order. */
  public int[] children(int i) {
    if (children == null) {
      List<List<Integer>> lists = new ArrayList<>(words.length);
      for (int t = 0; t < words.length; t++) {
        lists.add(new ArrayList<>(2));
      }
      for (int t = 0; t < words.length; t++) {
        if (heads[t] >= 0) {
          lists.get(heads[t]).add(t);
        }
      }
      int[][] built = new int[words.length][];
      for (int t = 0; t < words.length; t++) {
        built[t] = lists.get(t).stream().mapToInt(Integer::intValue).toArray();
      }
      children = built;
    }
    return children[i];
  }

  /** The first dependent of {@code i} whose relation is {@code relation} or one of its subtypes, or -1. */
  public int child(int i, String relation) {
    for (int c : children(i)) {
      if (relations[c].equals(relation) || relations[c].startsWith(relation + ":")) {
        return c;
      }
    }
    return -1;
  }

  /** The preposition marking token {@code i} ("in" for "in Kirkuk"), lower-cased, or "" if none. */
  public String caseMarker(int i) {
    int marker = child(i, "case");
    return marker < 0 ? "" : words[marker].toLowerCase(java.util.Locale.ROOT);
  }

  /** The leftmost token of the subtree headed by {@code i}. */
  public int subtreeFirst(int i) {
    return subtreeEdge(i, true);
  }

  /** The rightmost token of the subtree headed by {@code i}. */
  public int subtreeLast(int i) {
    return subtreeEdge(i, false);
  }

  /**
   * The leftmost or rightmost token under {@code i}, walked without recursion and visiting each
   * token once: a repaired parse can hold a cycle, which must not send the walk round for ever.
   */
  private int subtreeEdge(int i, boolean leftmost) {
    int edge = i;
    java.util.BitSet seen = new java.util.BitSet(words.length);
    java.util.ArrayDeque<Integer> pending = new java.util.ArrayDeque<>();
    pending.push(i);
    seen.set(i);
    while (!pending.isEmpty()) {
      int t = pending.pop();
      edge = leftmost ? Math.min(edge, t) : Math.max(edge, t);
      for (int c : children(t)) {
        if (!seen.get(c)) {
          seen.set(c);
          pending.push(c);
        }
      }
    }
    return edge;
  }

  /** Whether {@code ancestor} is {@code i} or dominates it in the parse. */
  public boolean dominates(int ancestor, int i) {
    for (int t = i, steps = 0; t >= 0 && steps <= words.length; t = heads[t], steps++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  public boolean isVerb(int i) {
    return tags[i].startsWith("VB");
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
