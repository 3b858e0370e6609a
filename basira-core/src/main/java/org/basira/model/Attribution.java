package org.basira.model;

import java.util.Objects;

/**
 * Who said what: a speaker, the cue that marks the speech ("says", "according to", a colon), the
 * content, and the sentence (index into {@link Analysis#sentences()}) where the cue stands.
 */
public record Attribution(Speaker speaker, TextSpan cue, TextSpan content, AttributionKind kind, int sentence) {

  public Attribution {
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(kind, "kind");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must not be negative");
    }
  }
}
