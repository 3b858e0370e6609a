package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import org.basira.nlp.Tokens;

/**
 * Finds the date expressions of a sentence and ties each to the event it dates.
 *
 * <p>Expressions are the runs of tokens CoreNLP tags DATE that speak of the calendar ("in 2014",
 * "last September", not "recently"); the stage resolves them with {@link DateResolver}. An expression dates the event whose trigger it hangs from in the
 * parse ("the collapse of the army in 2014"); one that hangs from a verb that is no trigger dates the
 * nearest trigger in that verb's clause; in a sentence with one event, that event.
 */
final class EventDates {

  private EventDates() {
  }

  static List<DateExpression> find(Tokens tokens, int sentence) {
    List<DateExpression> found = new ArrayList<>();
    int end = tokens.sentenceEnd(sentence);
    for (int t = tokens.sentenceStart(sentence); t < end; t++) {
      if (!tokens.ner(t).equals("DATE")) {
        continue;
      }
      int first = t;
      while (t + 1 < end && tokens.ner(t + 1).equals("DATE")) {
        t++;
      }
      String text = tokens.span(first, t);
      if (DateResolver.isCalendar(text)) {
        found.add(new DateExpression(first, t, head(tokens, first, t), text));
      }
    }
    return found;
  }

  /** The index in {@code triggers} of the event {@code date} belongs to, or -1. */
  static int eventOf(Tokens tokens, DateExpression date, List<Trigger> triggers) {
    for (int t = tokens.head(date.head()), steps = 0; t >= 0 && steps < 8; t = tokens.head(t), steps++) {
      for (int i = 0; i < triggers.size(); i++) {
        if (triggers.get(i).anchors(t)) {
          return i;
        }
      }
      if (tokens.isVerb(t)) {
        int nearest = -1;
        for (int i = 0; i < triggers.size(); i++) {
          int head = triggers.get(i).head();
          if (tokens.dominates(t, head) && (nearest < 0
              || Math.abs(head - date.head()) < Math.abs(triggers.get(nearest).head() - date.head()))) {
            nearest = i;
          }
        }
        if (nearest >= 0) {
          return nearest;
        }
      }
    }
    return triggers.size() == 1 ? 0 : -1;
  }

  private static int head(Tokens tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      int head = tokens.head(t);
      if (head < first || head > last) {
        return t;
      }
    }
    return last;
  }
}
