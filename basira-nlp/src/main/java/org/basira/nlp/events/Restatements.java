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
 * same source and target, the same trigger word, and dates and places that do not disagree. A
 * nominal mention restates ("the withdrawal", "these attacks"); a clause with a verb restates only
 * when it names both sides ("why Hamas attacked Israel") or the same date ("withdrew from Iraq in
 * 2011" twice): with a side and the date missing ("it withdrew from the bases") it tells of an event
 * of its own. The first mention stays, completed with a date or
 * place only the restatement gives.
 */
final class Restatements {

  private Restatements() {
  }

  /** An event as the text tells it: the lemma of its trigger's main word, and whether that is a noun. */
  record Told(Event event, String lemma, boolean nominal) {
  }

  static List<Event> fold(List<Told> told) {
    List<Told> kept = new ArrayList<>();
    for (Told later : told) {
      int same = -1;
      for (int k = 0; k < kept.size() && same < 0; k++) {
        if (restates(kept.get(k), later)) {
          same = k;
        }
      }
      if (same < 0) {
        kept.add(later);
      } else {
        Told first = kept.get(same);
        kept.set(same, new Told(completed(first.event(), later.event()), first.lemma(), first.nominal()));
      }
    }
    return kept.stream().map(Told::event).toList();
  }

  private static boolean restates(Told firstTold, Told laterTold) {
    Event first = firstTold.event();
    Event later = laterTold.event();
    boolean bothSides = !later.source().isEmpty() && !later.target().isEmpty();
    boolean sameDate = later.date().value() != null && later.date().value().equals(first.date().value());
    return (laterTold.nominal() || bothSides || sameDate) && first.category() == later.category()
        && first.status() == later.status()
        && firstTold.lemma().equals(laterTold.lemma())
        && new HashSet<>(first.source()).equals(new HashSet<>(later.source()))
        && new HashSet<>(first.target()).equals(new HashSet<>(later.target()))
        && agree(first.date().value(), later.date().value())
        && agree(first.place().text(), later.place().text());
  }

  private static boolean agree(Object a, Object b) {
    return a == null || b == null || Objects.equals(a, b);
  }

  /** {@code first}, with the date or place only {@code later} gives. */
  static Event completed(Event first, Event later) {
    EventDate date = first.date().value() == null && later.date().value() != null ? later.date() : first.date();
    EventPlace place = first.place().text() == null ? later.place() : first.place();
    return new Event(first.category(), first.source(), first.target(), date, place, first.trigger(), first.sentence(),
        first.status());
  }
}
