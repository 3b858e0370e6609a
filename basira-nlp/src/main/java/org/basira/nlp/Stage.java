package org.basira.nlp;

import java.util.Set;

/**
 * One step of the analysis, in the spirit of a Lucene token filter: it reads what earlier stages
 * put on the annotated article and adds its own layer. Stages hold no per-article state, so one
 * instance serves every thread.
 */
public interface Stage {

  /** A short name for timings and messages, such as {@code linguistic} or {@code actors}. */
  String name();

  /** The layers this stage reads, which stages before it must add. */
  Set<Layer> needs();

  /** The layers this stage adds (or completes, as places complete actors and events). */
  Set<Layer> provides();

  void process(AnnotatedArticle article);
}
