package org.basira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How the holder of a view stands toward a scenario. */
public enum Stance {
  SUPPORTS, REJECTS, NEUTRAL;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static Stance fromWireName(String name) {
    return WireNames.parse(Stance.class, name);
  }
}
