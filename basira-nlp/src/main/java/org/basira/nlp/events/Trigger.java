package org.basira.nlp.events;

/**
 * Where a pattern of the lexicon matched: the token that heads the event (the verb or the noun),
 * the words it spans, and for a verb + object pattern the object noun.
 *
 * @param first the first token of the trigger's words
 * @param last the last token of the trigger's words
 * @param object the object noun of a verb + object pattern, or -1
 */
record Trigger(EventPattern pattern, int head, int first, int last, int object) {

  boolean isNoun() {
    return pattern.kind() == EventPattern.Kind.NOUN;
  }

  /** The same words coded as an event of {@code category}, with the pattern's argument roles. */
  Trigger coded(org.basira.model.PloverCategory category) {
    EventPattern p = pattern;
    return new Trigger(new EventPattern(category, p.kind(), p.lemma(), p.particles(), p.object(), p.modifiers(),
        p.roles()), head, first, last, object);
  }

  /** Whether token {@code t} is the trigger's head or its object noun. */
  boolean anchors(int t) {
    return t == head || t == object;
  }
}
