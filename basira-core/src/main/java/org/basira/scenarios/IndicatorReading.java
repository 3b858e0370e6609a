package org.basira.scenarios;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.basira.casebook.Indicator;

/** The events an indicator counts, month by month, as the store found them. */
public record IndicatorReading(Indicator indicator, SortedMap<YearMonth, Integer> counts) {

  public IndicatorReading {
    Objects.requireNonNull(indicator, "indicator");
    counts = Collections.unmodifiableSortedMap(new TreeMap<>(counts));
  }

  /** count(m) = Σ counts over the window of months ending at {@code m}. */
  public int countAt(YearMonth m) {
    int total = 0;
    for (int back = 0; back < indicator.windowMonths(); back++) {
      total += counts.getOrDefault(m.minusMonths(back), 0);
    }
    return total;
  }
}
