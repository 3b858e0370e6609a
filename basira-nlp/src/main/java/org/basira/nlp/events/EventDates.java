package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.PartialDate;
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

  /** Prepositions that make a bare number a year: "in 2014", "since 2003", "by 2025", "the war of 2011". */
  private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "of", "by", "until", "till", "before",
      "after", "during", "from", "to", "between", "through", "throughout", "around", "circa");
  /** Relations by which a bare year modifies an event noun: "the 2003 invasion". */
  private static final Set<String> MODIFYING = Set.of("compound", "nummod", "amod", "nmod:tmod", "obl:tmod");
  /** Relations by which a number belongs to the name it follows: "Resolution 1973", "Brigade 2010". */
  private static final Set<String> NAME_PARTS = Set.of("nummod", "compound", "flat", "appos");
  /** How far before and after the article's year a bare year may lie and still date what it reports. */
  private static final int YEARS_BACK = 100;
  private static final int YEARS_AHEAD = 10;

  /** The date expressions of a sentence in an article of unknown date. */
  static List<DateExpression> find(Tokens tokens, int sentence) {
    return find(tokens, sentence, null);
  }

  /**
   * The date expressions of a sentence in an article published on {@code published} (or null),
   * leaving out numbers the tagger reads as years that are none ({@link #yearOrNot}).
   */
  static List<DateExpression> find(Tokens tokens, int sentence, PartialDate published) {
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
      if (DateResolver.isCalendar(text) && (first != t || yearOrNot(tokens, first, published))) {
        found.add(new DateExpression(first, t, head(tokens, first, t), text));
      }
    }
    return found;
  }

  /**
   * Whether a lone token tagged DATE is a date. The tagger reads any four digits as a year
   * ("Operation 1027", "Resolution 1973", "Flight 17"); a bare number is a year only when it lies
   * within {@value #YEARS_BACK} years before and {@value #YEARS_AHEAD} after the article's year (1900
   * to 2100 when the article is undated), does not continue a name, and the text introduces it as a
   * date: after a preposition of time ("in 2014") or modifying a noun ("the 2003 invasion"). A word
   * such as "yesterday" is no number and stays a date.
   */
  static boolean yearOrNot(Tokens tokens, int t, PartialDate published) {
    String word = tokens.word(t);
    if (!word.chars().allMatch(Character::isDigit)) {
      return true;
    }
    int year = word.length() == 4 ? Integer.parseInt(word) : -1;
    int from = published == null ? 1900 : published.year() - YEARS_BACK;
    int to = published == null ? 2100 : published.year() + YEARS_AHEAD;
    if (year < from || year > to) {
      return false;
    }
    int head = tokens.head(t);
    boolean previousIsName = t > tokens.sentenceStart(tokens.sentence(t)) && tokens.isProperNoun(t - 1)
        && !DateResolver.isCalendar(tokens.word(t - 1));
    String relation = tokens.relation(t);
    boolean numberOfName = NAME_PARTS.contains(relation) && head >= 0 && head < t && tokens.isProperNoun(head)
        && !DateResolver.isCalendar(tokens.word(head));
    if (previousIsName || numberOfName) {
      return false;
    }
    return DATE_PREPOSITIONS.contains(tokens.caseMarker(t).toLowerCase(Locale.ROOT))
        || MODIFYING.contains(relation) && head >= 0 && tokens.isNoun(head);
  }

  /** The index in {@code triggers} of the event {@code date} belongs to, or -1. */
  static int eventOf(Tokens tokens, DateExpression date, List<Trigger> triggers) {
    int governor = tokens.head(date.head());
    if (governor >= 0 && tokens.isNoun(governor) && tokens.caseMarker(date.head()).equalsIgnoreCase("of")
        && triggers.stream().noneMatch(trigger -> trigger.anchors(governor))) {
      return -1; // "with the habits of 1988" dates the habits, not the war they describe
    }
    for (int t = governor, steps = 0; t >= 0 && steps < 8; t = tokens.head(t), steps++) {
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
