package org.basira.store;

/**
 * One attributed statement in the workspace, with who made it across spellings.
 *
 * @param speakerId the canonical actor, or null when the speaker is not a known actor
 *     ("a senior official")
 * @param writtenAs how the article named the speaker; empty where it names none ("is expected to")
 * @param role how the article described the speaker ("a researcher at …"), or null
 * @param kind {@code DIRECT} for a quote, {@code INDIRECT} for reported speech
 */
public record Claim(String speakerId, String speaker, String writtenAs, String role, String kind, String cue,
    String content, int sentence, String articleId, String title, String source, String published) {

  /** Who made the claim, for display: the actor's name, else the speaker as written, else "unnamed". */
  public String who() {
    if (speaker != null) {
      return speaker;
    }
    return writtenAs == null || writtenAs.isBlank() ? "unnamed" : writtenAs;
  }
}
