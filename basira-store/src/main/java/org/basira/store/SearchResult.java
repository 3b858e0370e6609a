package org.basira.store;

import java.util.List;
import java.util.Map;

/**
 * The articles that match a query, best first, with how the matches spread over facets.
 *
 * @param total how many articles match in all, beyond the hits returned
 * @param facets per facet ("source", "actor", "month"), its most frequent values among all matches
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }

  /** One matching article, with the passages that match and the query's words marked by « ». */
  public record Hit(String articleId, String source, String title, String published, float score, String snippet) {
  }

  /** One facet value and how many matching articles have it. */
  public record FacetCount(String value, long count) {
  }
}
