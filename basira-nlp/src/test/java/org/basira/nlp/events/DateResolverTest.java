package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.basira.model.PartialDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  private static final PartialDate OCTOBER_2021 = PartialDate.parse("2021-10");
  private static final PartialDate THURSDAY_14_OCTOBER_2021 = PartialDate.parse("2021-10-14");

  private static String resolve(String text, PartialDate published) {
    PartialDate date = DateResolver.resolve(text, published);
    return date == null ? null : date.toString();
  }

  @Test
  void explicitDatesKeepThePrecisionTheTextGives() {
    assertThat(resolve("14 March 2021", null)).isEqualTo("2021-03-14");
    assertThat(resolve("March 14, 2021", null)).isEqualTo("2021-03-14");
    assertThat(resolve("March 2021", null)).isEqualTo("2021-03");
    assertThat(resolve("2014", null)).isEqualTo("2014");
    assertThat(resolve("early 2020", null)).isEqualTo("2020");
    assertThat(resolve("the summer of 2014", null)).isEqualTo("2014");
  }

  @Test
  void aMonthWithoutAYearIsTheLatestSuchMonthUpToPublication() {
    assertThat(resolve("March", OCTOBER_2021)).isEqualTo("2021-03");
    assertThat(resolve("December", OCTOBER_2021)).isEqualTo("2020-12");
    assertThat(resolve("31 December", OCTOBER_2021)).isEqualTo("2020-12-31");
    assertThat(resolve("next March", OCTOBER_2021)).isEqualTo("2022-03");
    assertThat(resolve("this December", OCTOBER_2021)).isEqualTo("2021-12");
  }

  @Test
  void aPlannedEventLooksForwardForItsMonth() {
    assertThat(DateResolver.resolve("by 31 December", OCTOBER_2021, true)).hasToString("2021-12-31");
    assertThat(DateResolver.resolve("in March", OCTOBER_2021, true)).hasToString("2022-03");
  }

  @Test
  void lastMonthNameIsTheLatestBeforeThePublicationMonth() {
    assertThat(resolve("last August", OCTOBER_2021)).isEqualTo("2021-08");
    assertThat(resolve("early last September", OCTOBER_2021)).isEqualTo("2021-09");
    assertThat(resolve("at the beginning of last June", OCTOBER_2021)).isEqualTo("2021-06");
    assertThat(resolve("last October", OCTOBER_2021)).isEqualTo("2020-10");
  }

  @Test
  void relativeYearsAndMonthsCountFromPublication() {
    assertThat(resolve("last year", OCTOBER_2021)).isEqualTo("2020");
    assertThat(resolve("this year", OCTOBER_2021)).isEqualTo("2021");
    assertThat(resolve("next year", OCTOBER_2021)).isEqualTo("2022");
    assertThat(resolve("two years ago", OCTOBER_2021)).isEqualTo("2019");
    assertThat(resolve("last month", OCTOBER_2021)).isEqualTo("2021-09");
    assertThat(resolve("three months ago", OCTOBER_2021)).isEqualTo("2021-07");
  }

  @Test
  void daysAndWeekdaysNeedAPublicationDay() {
    assertThat(resolve("yesterday", THURSDAY_14_OCTOBER_2021)).isEqualTo("2021-10-13");
    assertThat(resolve("on Monday", THURSDAY_14_OCTOBER_2021)).isEqualTo("2021-10-11");
    assertThat(resolve("last Thursday", THURSDAY_14_OCTOBER_2021)).isEqualTo("2021-10-07");
    assertThat(resolve("yesterday", OCTOBER_2021)).isNull();
  }

  @Test
  void whatCannotBeResolvedHasNoValue() {
    assertThat(resolve("last August", null)).isNull();
    assertThat(resolve("the 1990s", OCTOBER_2021)).isNull();
    assertThat(resolve("several years ago", OCTOBER_2021)).isNull();
    assertThat(resolve("in recent weeks", OCTOBER_2021)).isNull();
  }

  @Test
  void onlyExpressionsThatSpeakOfTheCalendarAreDates() {
    assertThat(DateResolver.isCalendar("in recent weeks")).isTrue();
    assertThat(DateResolver.isCalendar("last September")).isTrue();
    assertThat(DateResolver.isCalendar("2014")).isTrue();
    assertThat(DateResolver.isCalendar("recently")).isFalse();
    assertThat(DateResolver.isCalendar("now")).isFalse();
    assertThat(DateResolver.isCalendar("may")).isFalse();
  }
}
