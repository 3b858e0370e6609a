package org.basira.model;

/**
 * Where one sentence lies in the article text. Attributions and events name their sentence by its
 * index in {@link Analysis#sentences()}, so every item leads back to the sentence it came from.
 */
public record Sentence(int start, int end) {

  public Sentence {
    TextSpan.checkOffsets(start, end);
  }
}
