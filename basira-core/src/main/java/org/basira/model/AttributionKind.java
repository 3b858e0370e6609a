package org.basira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Direct quote, reported speech, or a quote embedded in reported speech. */
public enum AttributionKind {
  DIRECT, INDIRECT, MIXED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static AttributionKind fromWireName(String name) {
    return WireNames.parse(AttributionKind.class, name);
  }
}
