package org.basira.analysis;

import org.basira.model.Analysis;
import org.basira.model.Article;

/**
 * Turns an article into its analysis. The core knows only this interface; the CoreNLP-backed
 * pipeline implements it in {@code basira-nlp}. Implementations are safe to call from several
 * threads at once.
 */
public interface Analyzer {

  /**
   * Analyses one article.
   *
   * @throws AnalysisException when this article cannot be analysed; others still can
   */
  Analysis analyze(Article article);
}
