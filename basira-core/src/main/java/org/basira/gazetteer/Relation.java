package org.basira.gazetteer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How one gazetteer actor stands to another; written in the files in kebab case ({@code part-of}). */
public enum Relation {
  PART_OF, MEMBER_OF, ALIGNED_WITH, BACKED_BY, LEADS, HOLDS_OFFICE_IN, GOVERNMENT_OF, FORCES_OF,
  LOCATED_IN, BASED_IN, BRANCH_OF;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Relation> fromWireName(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst();
  }
}
