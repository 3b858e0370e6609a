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
 * @param place a place's name: events there, or in it (a town of a region or a country so named),
 *     as written or as the gazetteer of places located them; null for everywhere
 * @param sideless whether to keep events with neither a source nor a target ("the war", "fighting
 *     resumed"): they say that something happened, not who did it, and are left out unless asked for
 */
public record TimelineQuery(String actor, List<String> categories, List<String> statuses, PartialDate from,
    PartialDate to, int limit, String place, boolean sideless) {

  public TimelineQuery {
    categories = List.copyOf(categories);
    statuses = List.copyOf(statuses);
  }

  /** A query for events anywhere with at least one side. */
  public TimelineQuery(String actor, List<String> categories, List<String> statuses, PartialDate from,
      PartialDate to, int limit) {
    this(actor, categories, statuses, from, to, limit, null, false);
  }

  /** The same query, only for events at {@code place}. */
  public TimelineQuery at(String place) {
    return new TimelineQuery(actor, categories, statuses, from, to, limit, place, sideless);
  }

  /** The same query, with or without the events that have no side. */
  public TimelineQuery withSideless(boolean keep) {
    return new TimelineQuery(actor, categories, statuses, from, to, limit, place, keep);
  }

  /** Every event, up to {@code limit}. */
  public static TimelineQuery all(int limit) {
    return new TimelineQuery(null, List.of(), List.of(), null, null, limit);
  }
}
