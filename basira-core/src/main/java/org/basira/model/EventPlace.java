package org.basira.model;

/**
 * Where an event happened: the place actor, if known, the place as written, and where it lies
 * once resolved in the gazetteer of places (null when unresolved).
 */
public record EventPlace(String actor, String text, Location location) {

  public static final EventPlace UNKNOWN = new EventPlace(null, null, null);

  /** A place not (yet) resolved to a location. */
  public EventPlace(String actor, String text) {
    this(actor, text, null);
  }

  public EventPlace withLocation(Location location) {
    return new EventPlace(actor, text, location);
  }
}
