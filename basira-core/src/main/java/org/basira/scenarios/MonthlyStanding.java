package org.basira.scenarios;

import java.time.YearMonth;
import java.util.List;

/** The standings as they were at the end of {@code month}, in rank order. */
public record MonthlyStanding(YearMonth month, List<Standing> standings) {

  public MonthlyStanding {
    standings = List.copyOf(standings);
  }
}
