package org.basira.nlp.actors;

import java.util.List;
import org.basira.gazetteer.AliasMatch;

/**
 * A stretch of text that may name an actor, before linking: tokens {@code first}..{@code last},
 * characters {@code start}..{@code end}.
 *
 * @param ner the CoreNLP NER tag over it, or "O"
 * @param targets gazetteer actors its words are an alias of
 * @param descriptor set when it is a group noun with its modifiers ("Iraqi security forces")
 */
record Candidate(int start, int end, int first, int last, Origin origin, String ner,
    List<AliasMatch.Target> targets, Descriptor descriptor) {

  enum Origin { NAME, ALIAS, DESCRIPTOR }

  Candidate {
    targets = List.copyOf(targets);
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }

  boolean contains(Candidate other) {
    return start <= other.start && other.end <= end;
  }

  Candidate withNer(String tag) {
    return new Candidate(start, end, first, last, origin, tag, targets, descriptor);
  }
}
