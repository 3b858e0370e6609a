package org.basira.scenarios;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the scenario board: a claim (an attribution, or the article's own voice, that refers
 * to scenarios) or an indicator, with Basira's proposed rating of it against each scenario and why.
 *
 * @param month when it became known: the article's month, or the month an indicator was read
 * @param summary what it says, in a line
 * @param source the article it comes from, or the indicator's name
 * @param holder who gives it, or null for an article's own voice and for indicators
 * @param views the references it is made of (empty for an indicator)
 */
public record Evidence(String id, Kind kind, YearMonth month, String summary, String source, String holder,
    Credibility credibility, Weight relevance, Map<String, Rating> proposed, Map<String, String> reasons,
    List<ScenarioView> views) {

  /** Where an item comes from. */
  public enum Kind { CLAIM, INDICATOR }

  public Evidence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(credibility, "credibility");
    Objects.requireNonNull(relevance, "relevance");
    proposed = Map.copyOf(proposed);
    reasons = Map.copyOf(reasons);
    views = List.copyOf(views);
  }

  public Rating proposed(String scenario) {
    return proposed.getOrDefault(scenario, Rating.N);
  }
}
