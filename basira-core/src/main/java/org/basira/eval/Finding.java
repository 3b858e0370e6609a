package org.basira.eval;

/**
 * One reason a score is what it is, for {@code basira eval --explain}: a gold item the prediction
 * missed, a predicted item with no gold counterpart, or a pair that is only partly right.
 *
 * @param layer attributions, events, scenario_refs, actor_resolution or places
 * @param kind missed, spurious, wrong speaker, partial content, wrong stance, split, merged; for
 *     places wrong place, unplaced (not located where the gold locates it) or guessed (located
 *     where the gold says it should stay unresolved)
 */
public record Finding(String article, String layer, String kind, String text, String detail) {
}
