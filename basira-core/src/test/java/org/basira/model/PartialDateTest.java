package org.basira.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parsesTheThreePrecisionsAndWritesThemBackUnchanged() {
    assertThat(PartialDate.parse("2014")).hasToString("2014");
    assertThat(PartialDate.parse("2021-09")).hasToString("2021-09");
    assertThat(PartialDate.parse("2021-12-31")).hasToString("2021-12-31");
    assertThat(PartialDate.parse("2021-09").hasDay()).isFalse();
  }

  @Test
  void refusesWhatIsNotACalendarDate() {
    assertThat(PartialDate.tryParse("2021-02-30")).isEmpty();
    assertThat(PartialDate.tryParse("2021-13")).isEmpty();
    assertThat(PartialDate.tryParse("Oct 2021")).isEmpty();
    assertThat(PartialDate.tryParse(null)).isEmpty();
    assertThatThrownBy(() -> PartialDate.parse("last September"))
        .hasMessageContaining("'last September' is not a date");
  }

  @Test
  void ordersCoarserDatesBeforeTheFinerDatesInsideThem() {
    assertThat(PartialDate.parse("2021")).isLessThan(PartialDate.parse("2021-01"));
    assertThat(PartialDate.parse("2021-01")).isLessThan(PartialDate.parse("2021-01-01"));
    assertThat(PartialDate.parse("2020-12-31")).isLessThan(PartialDate.parse("2021"));
  }
}
