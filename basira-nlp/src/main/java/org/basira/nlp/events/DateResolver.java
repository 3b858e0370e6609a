package org.basira.nlp.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.basira.model.PartialDate;

/**
 * Turns a date expression into a calendar date at the precision the text gives, resolving
 * relative expressions against the article's publication date. Pure functions; the rules:
 *
 * <ul>
 *   <li>a year, month and day as written: "14 March 2021", "March 14, 2021", "March 2021", "in 2014";
 *       "early 2020", "the summer of 2014" keep the year;
 *   <li>a month without a year is the latest such month up to publication ("in March"), or for a
 *       planned event the next one ("by 31 December"); "last
 *       August" the latest strictly before the publication month; "next March" the first after;
 *       qualifiers ("early last September", "at the beginning of last June") keep the month;
 *   <li>"last year", "this year", "next year", "last month", "N years ago", "N months ago";
 *   <li>"yesterday", "today", "tomorrow", and weekdays ("on Monday": the latest Monday up to
 *       publication) need a publication day;
 *   <li>anything else, and a relative expression without the publication date it needs, is null:
 *       the expression is kept as text with no value.
 * </ul>
 */
final class DateResolver {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8),
      Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
      Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
      Map.entry("december", 12), Map.entry("dec", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("monday", DayOfWeek.MONDAY, "tuesday",
      DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY, "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY,
      "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
      Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("several", -1), Map.entry("few", -1));
  private static final Set<String> PAST = Set.of("last", "past", "previous", "preceding");
  private static final Set<String> NEXT = Set.of("next", "coming", "following");
  private static final Set<String> THIS = Set.of("this", "current");
  private static final Set<String> CALENDAR_WORDS = Set.of("year", "years", "month", "months", "week", "weeks",
      "day", "days", "yesterday", "today", "tomorrow", "decade", "decades", "century", "spring", "summer", "autumn",
      "fall", "winter", "weekend");
  private static final Pattern WORD = Pattern.compile("\\d+(?:st|nd|rd|th|s)?|\\p{L}+");

  private DateResolver() {
  }

  /** Whether {@code text} speaks of the calendar at all ("in 2014", "last week"), unlike "recently". */
  static boolean isCalendar(String text) {
    for (String word : words(text)) {
      if (year(word) > 0 || MONTHS.containsKey(word) && !word.equals("may") || WEEKDAYS.containsKey(word)
          || CALENDAR_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The date {@code text} names, or null; {@code published} may be null. */
  static PartialDate resolve(String text, PartialDate published) {
    return resolve(text, published, false);
  }

  /**
   * Like {@link #resolve(String, PartialDate)}; with {@code forward}, a month without a year is the
   * next such month from publication, as in a plan ("will withdraw by 31 December").
   */
  static PartialDate resolve(String text, PartialDate published, boolean forward) {
    List<String> words = words(text);
    if (words.stream().anyMatch(w -> w.matches("\\d{4}s"))) {
      return null; // a decade: "the 1990s"
    }
    int year = -1;
    int month = -1;
    int day = -1;
    int monthAt = -1;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (year < 0 && year(word) > 0) {
        year = year(word);
      } else if (month < 0 && MONTHS.containsKey(word) && (!word.equals("may") || i > 0 && isDay(words.get(i - 1))
          || i + 1 < words.size() && (isDay(words.get(i + 1)) || year(words.get(i + 1)) > 0))) {
        month = MONTHS.get(word);
        monthAt = i;
      }
    }
    if (monthAt >= 0) {
      day = dayBeside(words, monthAt);
    }
    if (year > 0) {
      return date(year, month, day);
    }
    if (month > 0) {
      return monthWithoutYear(words, monthAt, month, day, published, forward);
    }
    return relative(words, published);
  }

  private static PartialDate monthWithoutYear(List<String> words, int at, int month, int day, PartialDate published,
      boolean forward) {
    if (published == null) {
      return null;
    }
    String before = at > 0 ? words.get(at - 1) : "";
    int y = published.year();
    int p = published.month();
    if (PAST.contains(before)) {
      y = month < p ? y : y - 1;
    } else if (NEXT.contains(before)) {
      y = month > p ? y : y + 1;
    } else if (forward && !THIS.contains(before) && month < p) {
      y = y + 1;
    } else if (!forward && !THIS.contains(before) && month > p) {
      y = y - 1;
    }
    return date(y, month, day);
  }

  private static PartialDate relative(List<String> words, PartialDate published) {
    if (published == null) {
      return null;
    }
    LocalDate day = published.hasDay() ? LocalDate.of(published.year(), published.month(), published.day()) : null;
    YearMonth month = YearMonth.of(published.year(), published.month());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String before = i > 0 ? words.get(i - 1) : "";
      String after = i + 1 < words.size() ? words.get(i + 1) : "";
      switch (word) {
        case "yesterday":
          return day == null ? null : PartialDate.of(day.minusDays(1));
        case "today":
          return day == null ? null : PartialDate.of(day);
        case "tomorrow":
          return day == null ? null : PartialDate.of(day.plusDays(1));
        case "year", "years":
          if (after.equals("ago")) {
            int n = number(before);
            return n > 0 ? PartialDate.ofYear(published.year() - n) : null;
          }
          if (PAST.contains(before) && word.equals("year")) {
            return PartialDate.ofYear(published.year() - 1);
          }
          if (THIS.contains(before)) {
            return PartialDate.ofYear(published.year());
          }
          if (NEXT.contains(before) && word.equals("year")) {
            return PartialDate.ofYear(published.year() + 1);
          }
          break;
        case "month", "months":
          if (after.equals("ago")) {
            int n = number(before);
            return n > 0 ? PartialDate.of(month.minusMonths(n)) : null;
          }
          if (PAST.contains(before) && word.equals("month")) {
            return PartialDate.of(month.minusMonths(1));
          }
          if (THIS.contains(before)) {
            return PartialDate.of(month);
          }
          if (NEXT.contains(before) && word.equals("month")) {
            return PartialDate.of(month.plusMonths(1));
          }
          break;
        default:
          DayOfWeek weekday = WEEKDAYS.get(word);
          if (weekday != null && day != null) {
            LocalDate d = day;
            if (NEXT.contains(before)) {
              do {
                d = d.plusDays(1);
              } while (d.getDayOfWeek() != weekday);
            } else {
              if (PAST.contains(before)) {
                d = d.minusDays(1);
              }
              while (d.getDayOfWeek() != weekday) {
                d = d.minusDays(1);
              }
            }
            return PartialDate.of(d);
          }
      }
    }
    return null;
  }

  private static PartialDate date(int year, int month, int day) {
    if (month < 0) {
      return PartialDate.ofYear(year);
    }
    if (day > 0) {
      try {
        return new PartialDate(year, month, day);
      } catch (IllegalArgumentException e) {
        return new PartialDate(year, month, null);
      }
    }
    return new PartialDate(year, month, null);
  }

  /** A day number written next to a month: "14 March", "March 14", "the 3rd of May". */
  private static int dayBeside(List<String> words, int monthAt) {
    if (monthAt + 1 < words.size() && isDay(words.get(monthAt + 1))) {
      return dayNumber(words.get(monthAt + 1));
    }
    if (monthAt > 0 && isDay(words.get(monthAt - 1))) {
      return dayNumber(words.get(monthAt - 1));
    }
    if (monthAt > 1 && words.get(monthAt - 1).equals("of") && isDay(words.get(monthAt - 2))) {
      return dayNumber(words.get(monthAt - 2));
    }
    return -1;
  }

  private static boolean isDay(String word) {
    int n = dayNumber(word);
    return n >= 1 && n <= 31;
  }

  private static int dayNumber(String word) {
    Matcher m = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?").matcher(word);
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  private static int year(String word) {
    if (word.length() == 4 && word.chars().allMatch(Character::isDigit)) {
      int y = Integer.parseInt(word);
      return y >= 1000 && y <= 2999 ? y : -1;
    }
    return -1;
  }

  private static int number(String word) {
    if (word.chars().allMatch(Character::isDigit) && !word.isEmpty() && word.length() < 4) {
      return Integer.parseInt(word);
    }
    return NUMBERS.getOrDefault(word, 0);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
