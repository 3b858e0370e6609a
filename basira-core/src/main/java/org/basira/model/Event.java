package org.basira.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * Who did what to whom, when and where, in a PLOVER category, with the words that carry it.
 *
 * @param source ids of the actors who act
 * @param target ids of the actors acted upon
 */
@JsonIgnoreProperties(value = {"quad_class", "cooperation_score"}, allowGetters = true)
public record Event(
    PloverCategory category,
    List<String> source,
    List<String> target,
    EventDate date,
    EventPlace place,
    TextSpan trigger,
    int sentence,
    EventStatus status) {

  public Event {
    Objects.requireNonNull(category, "category");
    source = source == null ? List.of() : List.copyOf(source);
    target = target == null ? List.of() : List.copyOf(target);
    date = date == null ? EventDate.UNKNOWN : date;
    place = place == null ? EventPlace.UNKNOWN : place;
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(status, "status");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must not be negative");
    }
  }

  /** The category's quad class, written out so that aggregates need no lookup table. */
  @JsonProperty("quad_class")
  public QuadClass quadClass() {
    return category.quadClass();
  }

  /** The category's conflict–cooperation score, from -10 to +10 (see {@link PloverCategory}). */
  @JsonProperty("cooperation_score")
  public double cooperationScore() {
    return category.cooperationScore();
  }
}
