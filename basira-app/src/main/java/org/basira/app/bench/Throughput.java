package org.basira.app.bench;

import java.util.List;

/**
 * How fast one pipeline went at one thread count: the timed passes over the same texts, and what
 * one pass went through. Rates are taken at the median pass, which one slow pass (a GC, a noisy
 * neighbour) does not move.
 *
 * @param passSeconds wall time of each timed pass over all texts
 * @param tokens tokens in one pass, or {@link BenchSubjects.Work#UNCOUNTED}
 */
record Throughput(int threads, List<Double> passSeconds, int articles, long sentences, long tokens) {

  Throughput {
    if (threads < 1 || passSeconds.isEmpty()) {
      throw new IllegalArgumentException("a throughput needs a thread and at least one pass");
    }
    passSeconds = List.copyOf(passSeconds);
  }

  /** The same passes with the token count of the texts, once some pipeline has counted them. */
  Throughput withTokens(long count) {
    return new Throughput(threads, passSeconds, articles, sentences, count);
  }

  double medianSeconds() {
    return median(passSeconds);
  }

  double articlesPerSecond() {
    return perSecond(articles);
  }

  double sentencesPerSecond() {
    return perSecond(sentences);
  }

  /** NaN when no pipeline counted the tokens. */
  double tokensPerSecond() {
    return tokens == BenchSubjects.Work.UNCOUNTED ? Double.NaN : perSecond(tokens);
  }

  double sentencesPerSecondPerThread() {
    return sentencesPerSecond() / threads;
  }

  double tokensPerSecondPerThread() {
    return tokensPerSecond() / threads;
  }

  /** How many times the one-thread throughput this is; 2.0 on two threads is perfect scaling. */
  double scalingOver(Throughput oneThread) {
    return ratio(articlesPerSecond(), oneThread.articlesPerSecond());
  }

  private double perSecond(long count) {
    return ratio(count, medianSeconds());
  }

  /** The middle value, or the mean of the two middle values of an even count. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values to take the median of");
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  /** {@code a / b}, or NaN when either is unknown or b is not positive: no figure beats a wrong one. */
  static double ratio(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b) || b <= 0 || a < 0) {
      return Double.NaN;
    }
    return a / b;
  }
}
