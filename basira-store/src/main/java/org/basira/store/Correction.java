package org.basira.store;

import java.time.Instant;
import java.util.List;

/**
 * One correction an analyst made to the workspace's actors, as the audit log keeps it.
 *
 * @param action {@code merge} (other joined into actor) or {@code split} (other split off actor)
 * @param names for a split, the names that were split off
 */
public record Correction(int seq, Instant at, String action, String actor, String other, List<String> names,
    String byWhom, String why) {

  public Correction {
    names = List.copyOf(names);
  }
}
