package org.basira.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChartsTest {

  @Test
  void everyMonthFromTheFirstToTheLastKeepsItsPlaceAQuietOneEmpty() {
    TreeMap<String, Map<String, Integer>> months = new TreeMap<>();
    months.put("2021-11", Map.of("material_conflict", 2));
    months.put("2022-02", Map.of("verbal_cooperation", 1));
    assertThat(Charts.everyMonth(months)).containsOnlyKeys("2021-11", "2021-12", "2022-01", "2022-02")
        .containsEntry("2021-12", Map.of()).containsEntry("2021-11", Map.of("material_conflict", 2));
    assertThat(Charts.everyMonth(new TreeMap<>())).isEmpty();
  }
}
