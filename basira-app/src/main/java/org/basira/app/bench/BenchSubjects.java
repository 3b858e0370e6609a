package org.basira.app.bench;

import java.time.Duration;
import java.util.Map;
import org.basira.model.Article;

/**
 * The two pipelines that {@code basira bench} compares. Loading one is part of what is measured,
 * so bench asks for each itself instead of sharing the process's analyzer; tests pass fast
 * stand-ins.
 */
public interface BenchSubjects {

  /** Loads Basira's full extraction pipeline. */
  Subject loadBasira();

  /** Loads plain CoreNLP with the same annotators and its default settings: the yardstick. */
  Subject loadPlain();

  /** A loaded pipeline; safe to call from several threads at once. */
  @FunctionalInterface
  interface Subject {

    /** Analyses one article and says how much it went through. */
    Work process(Article article);

    /** Time spent in each stage so far, for pipelines made of stages; empty otherwise. */
    default Map<String, Duration> timeByStage() {
      return Map.of();
    }
  }

  /**
   * What a pipeline went through in one or more articles.
   *
   * @param sentences sentences as this pipeline split them
   * @param tokens CoreNLP tokens, or {@link #UNCOUNTED} where the pipeline does not expose them
   */
  record Work(long sentences, long tokens) {

    static final long UNCOUNTED = -1;
    static final Work NONE = new Work(0, 0);

    /** Both together; tokens stay uncounted if either side's are. */
    Work plus(Work other) {
      long sum = tokens == UNCOUNTED || other.tokens == UNCOUNTED ? UNCOUNTED : tokens + other.tokens;
      return new Work(sentences + other.sentences, sum);
    }
  }
}
