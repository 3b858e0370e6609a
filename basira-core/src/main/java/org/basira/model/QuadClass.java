package org.basira.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The four classes event data is usually aggregated into: cooperation or conflict, in words or in
 * deeds. PLOVER defines each as a set of its categories.
 */
public enum QuadClass {
  VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT;

  /** Whether the class is one of cooperation, in words or in deeds; otherwise it is one of conflict. */
  public boolean isCooperation() {
    return this == VERBAL_COOPERATION || this == MATERIAL_COOPERATION;
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  @JsonCreator
  public static QuadClass fromWireName(String name) {
    return WireNames.parse(QuadClass.class, name);
  }
}
