package org.basira.nlp;

/**
 * What a stage puts on an {@link AnnotatedArticle}, for stages to declare what they read and what
 * they add, so that a pipeline in the wrong order is refused when it is built, not by output that is
 * silently poorer.
 */
public enum Layer {
  /** CoreNLP's annotation (tokens, parses, named entities, normalised dates) and the sentences. */
  LINGUISTIC,
  /** The actors and their mentions. */
  ACTORS,
  /** Who said what. */
  ATTRIBUTIONS,
  /** Who did what to whom. */
  EVENTS,
  /** The places of actors and events, located in the gazetteer of places. */
  PLACES,
  /** References to a casebook's scenarios. */
  SCENARIOS
}
