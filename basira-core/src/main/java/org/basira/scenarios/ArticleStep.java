package org.basira.scenarios;

import java.time.YearMonth;
import java.util.Map;

/**
 * The scenario board after one more article's claims arrived: each scenario's posterior then, and
 * how far this article moved it.
 *
 * @param month the article's month, or null when it is undated (undated articles come last)
 * @param posterior each scenario's posterior once this article's claims count
 * @param moved each scenario's posterior now minus before this article
 */
public record ArticleStep(String articleId, String title, YearMonth month, Map<String, Double> posterior,
    Map<String, Double> moved) {

  public ArticleStep {
    posterior = Map.copyOf(posterior);
    moved = Map.copyOf(moved);
  }

  /** The largest move this article made on any scenario, in either direction. */
  public double largestMove() {
    return moved.values().stream().mapToDouble(Math::abs).max().orElse(0);
  }
}
