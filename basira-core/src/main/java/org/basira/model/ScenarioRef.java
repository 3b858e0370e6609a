package org.basira.model;

import java.util.Objects;

/**
 * A passage that refers to one of the casebook's scenarios, and who holds the view.
 *
 * @param holder the actor id of whoever holds the view, or null for the article's own voice
 * @param attribution index into {@link Analysis#attributions()} of the attribution it sits in, or null
 */
public record ScenarioRef(
    String scenario, String text, int start, int end, String holder, Stance stance, Integer attribution) {

  public ScenarioRef {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stance, "stance");
    TextSpan.checkOffsets(start, end);
  }
}
