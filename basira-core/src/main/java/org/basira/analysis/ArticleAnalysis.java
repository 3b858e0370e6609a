package org.basira.analysis;

import org.basira.read.ReadResult;

/**
 * Analyses one read article, turning every way it can fail into a {@link Outcome.Failed} that
 * names the input, so one bad article never stops a batch. The CLI's batches and the Spark job
 * both analyse through it.
 */
public final class ArticleAnalysis {

  /** Longer inputs are refused unless the user raises the limit: they are data errors, not articles. */
  public static final int DEFAULT_MAX_CHARS = 1_000_000;

  private final Analyzer analyzer;
  private final int maxChars;

  public ArticleAnalysis(Analyzer analyzer, int maxChars) {
    this.analyzer = analyzer;
    this.maxChars = maxChars;
  }

  public Outcome of(ReadResult read) {
    if (read instanceof ReadResult.Failure f) {
      return new Outcome.Failed(f.input(), f.problem());
    }
    ReadResult.Success s = (ReadResult.Success) read;
    int length = s.article().text().length();
    if (length > maxChars) {
      return new Outcome.Failed(s.input(), String.format(
          "is %,d characters long, more than the limit of %,d; split it, or raise the limit with --max-chars",
          length, maxChars));
    }
    try {
      return new Outcome.Analysed(s.input(), analyzer.analyze(s.article()));
    } catch (AnalysisException e) {
      if (System.getenv("BASIRA_DEBUG") != null) {
        e.printStackTrace(); // the where, for developers; users get the one sentence below
      }
      return new Outcome.Failed(s.input(), "could not be analysed: " + e.getMessage()
          + (System.getenv("BASIRA_DEBUG") == null ? "; rerun with BASIRA_DEBUG=1 for the stack trace and report it" : ""));
    } catch (OutOfMemoryError e) {
      return new Outcome.Failed(s.input(), "needed more memory than the Java heap has; raise it with BASIRA_HEAP=8g");
    }
  }
}
