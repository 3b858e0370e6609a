package org.basira.nlp.attributions;

import org.basira.model.AttributionKind;

/**
 * An attribution while the stage builds it: the speaker's head token and span, the cue and the
 * content as character offsets. Spans grow as quotations are tied to it, and the speaker's actor
 * is filled in last; it belongs to one article on one thread.
 */
final class Draft {

  /** The token the speaker phrase is headed by, or -1 when it is taken over from another draft. */
  int speakerHead;
  int speakerStart;
  int speakerEnd;
  String actor;
  final int cueStart;
  final int cueEnd;
  int contentStart;
  int contentEnd;
  AttributionKind kind = AttributionKind.INDIRECT;
  final int sentence;
  /** Whether the speaker is the subject of the clause the cue hangs from ("..., saying that"). */
  boolean inheritsSpeaker;
  /** The attribution a continuation paragraph goes on from: its speaker is this one's. */
  Draft continues;
  /** Whether the learned model read this draft rather than a rule. */
  boolean learned;

  Draft(int speakerHead, int speakerStart, int speakerEnd, int cueStart, int cueEnd, int contentStart, int contentEnd,
      int sentence) {
    this.speakerHead = speakerHead;
    this.speakerStart = speakerStart;
    this.speakerEnd = speakerEnd;
    this.cueStart = cueStart;
    this.cueEnd = cueEnd;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.sentence = sentence;
  }

  /** Takes the speaker a rule read for the same cue: the rule's reading of the speaker is the better one. */
  void takeSpeaker(Draft ruled) {
    speakerHead = ruled.speakerHead;
    speakerStart = ruled.speakerStart;
    speakerEnd = ruled.speakerEnd;
    inheritsSpeaker = ruled.inheritsSpeaker;
    continues = ruled.continues;
    learned = false;
  }

  boolean contentOverlaps(int start, int end) {
    return contentStart < end && start < contentEnd;
  }

  @Override
  public String toString() {
    return "Draft[speaker " + speakerStart + "-" + speakerEnd + ", cue " + cueStart + "-" + cueEnd + ", content "
        + contentStart + "-" + contentEnd + ", " + kind + "]";
  }
}
