package org.basira.nlp;

/**
 * One step of the analysis, in the spirit of a Lucene token filter: it reads what earlier stages
 * put on the annotated article and adds its own layer. Stages hold no per-article state, so one
 * instance serves every thread.
 */
public interface Stage {

  /** A short name for timings and messages, such as {@code linguistic} or {@code actors}. */
  String name();

  void process(AnnotatedArticle article);
}
