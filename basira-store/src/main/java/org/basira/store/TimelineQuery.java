package org.basira.store;

import java.util.List;
import org.basira.model.PartialDate;

/**
 * Which events to put on a timeline; every filter is optional.
 *
 * @param actor an actor's id or any name it is written with, as source or target
 * @param categories PLOVER category names (ASSAULT, AGREE …); empty for all
 * @param statuses event statuses (reported, negated …); empty for all
 * @param from keep events that can have happened on or after the first day of this date
 * @param to keep events that can have happened on or before the last day of this date
 */
public record TimelineQuery(String actor, List<String> categories, List<String> statuses, PartialDate from,
    PartialDate to, int limit) {

  public TimelineQuery {
    categories = List.copyOf(categories);
    statuses = List.copyOf(statuses);
  }

  /** Every event, up to {@code limit}. */
  public static TimelineQuery all(int limit) {
    return new TimelineQuery(null, List.of(), List.of(), null, null, limit);
  }
}
