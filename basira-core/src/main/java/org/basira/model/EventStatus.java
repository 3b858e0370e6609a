package org.basira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the text reports an event as having happened, denies it, supposes it or expects it. */
public enum EventStatus {
  REPORTED, NEGATED, HYPOTHETICAL, FUTURE;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static EventStatus fromWireName(String name) {
    return WireNames.parse(EventStatus.class, name);
  }
}
