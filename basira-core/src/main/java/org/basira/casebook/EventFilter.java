package org.basira.casebook;

import java.util.List;
import java.util.Set;
import org.basira.model.PloverCategory;

/**
 * Which reported events an indicator counts. An empty list places no condition.
 *
 * @param sources actor ids of which one must act
 * @param targets actor ids of which one must be acted upon
 * @param places place actor ids or place names as written, of which one must be the event's place
 * @param words words of which one must occur in the words that carry the event ("seized")
 */
public record EventFilter(Set<PloverCategory> categories, List<String> sources, List<String> targets,
    List<String> places, List<String> words) {

  public EventFilter {
    categories = Set.copyOf(categories);
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    places = List.copyOf(places);
    words = List.copyOf(words);
  }
}
