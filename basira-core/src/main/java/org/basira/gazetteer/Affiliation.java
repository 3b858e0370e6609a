package org.basira.gazetteer;

import java.util.Objects;

/** A link from one gazetteer actor to another: a faction {@code part-of} the PMF. */
public record Affiliation(String actor, Relation relation) {

  public Affiliation {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(relation, "relation");
  }
}
