package org.basira.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One event on the timeline.
 *
 * @param date the event's date as Basira read it ("2021-08"), or null when the text gives none
 * @param start the first day the event can have happened on: its date's, or, for an undated
 *     event, the article's publication date
 * @param datedBy {@code event} when the text dates it, {@code published} when it is placed on the
 *     article's date, null when neither is known
 * @param sources the canonical names of who acted
 * @param targets the canonical names of who was acted on
 * @param sentence the sentence the event was read from
 */
public record TimelineEntry(String articleId, int index, String date, String dateText, LocalDate start,
    String datedBy, String category, String quadClass, double cooperationScore, String status, List<String> sources,
    List<String> targets, String place, String trigger, int triggerStart, int sentenceIndex, String sentence,
    String title, String source) {

  public TimelineEntry {
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
  }
}
