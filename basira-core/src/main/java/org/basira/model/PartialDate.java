package org.basira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day, written {@code YYYY}, {@code YYYY-MM}
 * or {@code YYYY-MM-DD} as the contract wants. News gives dates at all three precisions ("in 2014",
 * "last September", "on 14 March"), so precision is part of the value.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is out of range");
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("a day needs a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month " + month + " is out of range");
    }
    if (day != null) {
      try {
        LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(year + "-" + month + "-" + day + " is not a calendar date");
      }
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.getYear(), month.getMonthValue(), null);
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; anything else is an error. */
  @JsonCreator
  public static PartialDate parse(String text) {
    Optional<PartialDate> date = tryParse(text);
    return date.orElseThrow(() -> new IllegalArgumentException(
        "'" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY"));
  }

  /** Like {@link #parse} but empty for text that is not such a date, including impossible dates. */
  public static Optional<PartialDate> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
          m.group(2) == null ? null : Integer.valueOf(m.group(2)),
          m.group(3) == null ? null : Integer.valueOf(m.group(3))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The first day this date can mean: 2021 is 1 January 2021, 2021-08 is 1 August. */
  public java.time.LocalDate firstDay() {
    return java.time.LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1);
  }

  /** The last day this date can mean: 2021 is 31 December 2021, 2021-02 is 28 February. */
  public java.time.LocalDate lastDay() {
    if (hasDay()) {
      return firstDay();
    }
    return hasMonth() ? java.time.YearMonth.of(year, month).atEndOfMonth() : java.time.LocalDate.of(year, 12, 31);
  }

  public boolean hasMonth() {
    return month != null;
  }

  public boolean hasDay() {
    return day != null;
  }

  @JsonValue
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(String.format("%04d", year));
    if (month != null) {
      s.append(String.format("-%02d", month));
    }
    if (day != null) {
      s.append(String.format("-%02d", day));
    }
    return s.toString();
  }

  /** Orders by time; a coarser date sorts before the finer dates inside it (2021 < 2021-01). */
  @Override
  public int compareTo(PartialDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
    }
    if (c == 0) {
      c = Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
    }
    return c;
  }
}
