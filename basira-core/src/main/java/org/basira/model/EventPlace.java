package org.basira.model;

/** Where an event happened: the place actor, if known, and the place as written. */
public record EventPlace(String actor, String text) {

  public static final EventPlace UNKNOWN = new EventPlace(null, null);
}
