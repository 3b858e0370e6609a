package org.basira.model;

import java.util.Objects;

/** One place where the text names an actor, as written. */
public record Mention(int start, int end, String text) {

  public Mention {
    Objects.requireNonNull(text, "text");
    TextSpan.checkOffsets(start, end);
  }
}
