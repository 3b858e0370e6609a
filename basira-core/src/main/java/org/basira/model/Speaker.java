package org.basira.model;

import java.util.Objects;

/**
 * Who an attribution names as speaker, as written (possibly a pronoun), and the actor it resolves to.
 *
 * @param actor the actor id, or null when the speaker could not be tied to an actor
 */
public record Speaker(String actor, String text, int start, int end) {

  public Speaker {
    Objects.requireNonNull(text, "text");
    TextSpan.checkOffsets(start, end);
  }
}
