package org.basira.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, state, armed group, institution, place or outlet that the article names.
 *
 * @param id a gazetteer id such as {@code iq.pmf}, or one minted for an actor the gazetteer lacks
 * @param description the role the text gives it ("a Yemeni analyst of tribal politics"), or null
 * @param location where a place or a state lies, once resolved in the gazetteer of places, or null
 */
public record Actor(String id, String name, ActorType type, String description, List<Mention> mentions,
    Location location) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
  }

  /** An actor with no location (yet). */
  public Actor(String id, String name, ActorType type, String description, List<Mention> mentions) {
    this(id, name, type, description, mentions, null);
  }

  public Actor withLocation(Location location) {
    return new Actor(id, name, type, description, mentions, location);
  }
}
