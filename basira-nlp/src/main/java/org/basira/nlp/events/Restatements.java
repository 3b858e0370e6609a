package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;

/**
 * Folds an event restated later in the article into its first mention: same category, same status,
 * same source and target, the same trigger word, and dates and places that do not disagree. The first
 * mention stays, completed with a date or place only the restatement gives.
 */
final class Restatements {

  private Restatements() {
  }

  static List<Event> fold(List<Event> events, List<String> triggerLemmas) {
    List<Event> kept = new ArrayList<>();
    List<String> keptLemmas = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      int same = -1;
      for (int k = 0; k < kept.size() && same < 0; k++) {
        if (restates(kept.get(k), keptLemmas.get(k), event, triggerLemmas.get(i))) {
          same = k;
        }
      }
      if (same < 0) {
        kept.add(event);
        keptLemmas.add(triggerLemmas.get(i));
      } else {
        kept.set(same, completed(kept.get(same), event));
      }
    }
    return kept;
  }

  private static boolean restates(Event first, String firstLemma, Event later, String laterLemma) {
    return first.category() == later.category() && first.status() == later.status()
        && firstLemma.equals(laterLemma)
        && new HashSet<>(first.source()).equals(new HashSet<>(later.source()))
        && new HashSet<>(first.target()).equals(new HashSet<>(later.target()))
        && agree(first.date().value(), later.date().value())
        && agree(first.place().text(), later.place().text());
  }

  private static boolean agree(Object a, Object b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  private static Event completed(Event first, Event later) {
    EventDate date = first.date().value() == null && later.date().value() != null ? later.date() : first.date();
    EventPlace place = first.place().text() == null ? later.place() : first.place();
    return new Event(first.category(), first.source(), first.target(), date, place, first.trigger(), first.sentence(),
        first.status());
  }
}
