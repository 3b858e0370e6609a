package org.basira.nlp.attributions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Tokens;

/**
 * Training the attribution model from hand-annotated articles (gold attributions give the cue and
 * content as text): each gold attribution is found in its article, its cue's head word labels the
 * candidate at that word with the content shape that best covers the gold content, and every other
 * candidate is labelled "no cue". Candidates are those the stage itself reads beside its rules, so
 * the model learns exactly the speech that the rules leave unread.
 */
public final class AttributionTraining {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** How far from its content a cue is looked for, in characters. */
  private static final int CUE_WINDOW = 400;
  /** The least share of the gold content a shape must cover for its candidate to be a training example. */
  private static final double LEAST_COVER = 0.5;

  private final AttributionStage stage = AttributionStage.rulesOnly();

  /** A gold attribution as text, as a gold file gives it. */
  public record GoldSpeech(String cue, String content) {
  }

  /**
   * An article's labelled candidates, with what became of its gold attributions: placed in the
   * text; of their distinct cue words ({@code cues}), those a word the rules already read ({@code ruled}), by a candidate with a
   * shape that covers the content ({@code learnable}) or without ({@code unshaped}), or by a word
   * that is no candidate at all (no speaker found, or a deliberate no of the rules).
   */
  public record ArticleExamples(List<SpeechModel.LabelledCandidate> candidates, int gold, int placed, int cues,
      int learnable, int ruled, int unshaped) {

    /** Distinct cue words of placed attributions that no candidate stands at. */
    public int noCandidate() {
      return cues - learnable - ruled - unshaped;
    }
  }

  /**
   * The labelled candidates of one article that the linguistic and actor stages have annotated.
   * Thread-safe: articles may be labelled in parallel and their examples joined in order.
   */
  public ArticleExamples examples(AnnotatedArticle article, List<GoldSpeech> gold) {
    Tokens tokens = article.tokens();
    String text = article.text();
    Map<Integer, int[]> contentByCueHead = new HashMap<>();
    Set<Integer> cueWords = new HashSet<>();
    Set<Integer> usedContent = new HashSet<>();
    int placed = 0;
    for (GoldSpeech speech : gold) {
      int[] content = find(text, speech.content(), usedContent);
      if (content == null || speech.cue() == null || speech.cue().isBlank()) {
        continue;
      }
      int[] cue = nearest(text, speech.cue(), content);
      if (cue == null || tokens.size() == 0) {
        continue;
      }
      placed++;
      int first = tokens.tokenAt(cue[0]);
      int last = tokens.tokenAt(Math.max(cue[0], cue[1] - 1));
      for (int t = first; t <= last; t++) {
        cueWords.add(t);
      }
      contentByCueHead.putIfAbsent(head(tokens, first, last), content);
    }
    List<SpeechModel.LabelledCandidate> labelled = new ArrayList<>();
    int learnable = 0;
    int unshaped = 0;
    AttributionStage.Reading reading = stage.reading(article);
    List<Draft> ruledDrafts = reading.ruled();
    int ruled = (int) contentByCueHead.keySet().stream()
        .filter(h -> ruledDrafts.stream().anyMatch(d -> tokens.start(h) < d.cueEnd && d.cueStart < tokens.end(h))).count();
    for (LearnedSpeech.Candidate candidate : reading.candidates()) {
      int[] content = contentByCueHead.get(candidate.token());
      if (content == null) {
        if (!cueWords.contains(candidate.token())) {
          labelled.add(new SpeechModel.LabelledCandidate(candidate.features(), SpeechModel.NONE));
        }
        continue;
      }
      ContentShape best = bestShape(tokens, candidate, text.substring(content[0], content[1]));
      if (best != null) {
        learnable++;
        labelled.add(new SpeechModel.LabelledCandidate(candidate.features(), best.name()));
      } else {
        unshaped++;
      }
    }
    return new ArticleExamples(labelled, gold.size(), placed, contentByCueHead.size(), learnable, ruled, unshaped);
  }

  /** Trains the model on the examples of every article, in the order given. */
  public SpeechModel train(List<ArticleExamples> articles, long seed, int epochs) {
    List<SpeechModel.LabelledCandidate> all = new ArrayList<>();
    articles.forEach(a -> all.addAll(a.candidates()));
    return SpeechModel.train(all, seed, epochs);
  }

  /** How many training examples each label has, for the training report. */
  public static Map<String, Integer> labelCounts(List<ArticleExamples> articles) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ArticleExamples a : articles) {
      for (SpeechModel.LabelledCandidate c : a.candidates()) {
        counts.merge(c.label(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The cue's head word: the one whose parse head lies outside the cue. */
  private static int head(Tokens tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      int h = tokens.head(t);
      if (h < first || h > last) {
        return t;
      }
    }
    return first;
  }

  /** The shape whose span best matches the gold content by word overlap (F1), if it covers enough of it. */
  private static ContentShape bestShape(Tokens tokens, LearnedSpeech.Candidate candidate, String gold) {
    List<String> goldWords = words(gold);
    ContentShape best = null;
    double bestF1 = 0;
    for (Map.Entry<ContentShape, int[]> shape : candidate.shapes().entrySet()) {
      int[] span = shape.getValue();
      List<String> predicted = words(tokens.span(span[0], span[1]));
      int common = common(goldWords, predicted);
      double recall = goldWords.isEmpty() ? 0 : (double) common / goldWords.size();
      double precision = predicted.isEmpty() ? 0 : (double) common / predicted.size();
      double f1 = recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
      if (recall >= LEAST_COVER && f1 > bestF1) {
        best = shape.getKey();
        bestF1 = f1;
      }
    }
    return best;
  }

  /** Where {@code content} stands in the text: its first occurrence not yet taken by another attribution. */
  static int[] find(String text, String content, Set<Integer> used) {
    if (content == null || content.isBlank()) {
      return null;
    }
    String wanted = content.strip();
    for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      if (used.add(at)) {
        return new int[] {at, at + wanted.length()};
      }
    }
    return null;
  }

  /** The occurrence of {@code cue} nearest to the content, within {@link #CUE_WINDOW} characters of it. */
  static int[] nearest(String text, String cue, int[] content) {
    String wanted = cue.strip();
    int from = Math.max(0, content[0] - CUE_WINDOW);
    int to = Math.min(text.length(), content[1] + CUE_WINDOW);
    int[] best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int at = text.indexOf(wanted, from); at >= 0 && at + wanted.length() <= to; at = text.indexOf(wanted, at + 1)) {
      int end = at + wanted.length();
      int distance = end <= content[0] ? content[0] - end : at >= content[1] ? at - content[1] : 0;
      if (distance < bestDistance) {
        best = new int[] {at, end};
        bestDistance = distance;
      }
    }
    return best;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** The size of the multiset intersection. */
  private static int common(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    a.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String w : b) {
      Integer n = counts.get(w);
      if (n != null && n > 0) {
        common++;
        counts.put(w, n - 1);
      }
    }
    return common;
  }
}
