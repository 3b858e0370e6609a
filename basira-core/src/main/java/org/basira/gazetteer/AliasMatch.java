package org.basira.gazetteer;

import java.util.List;

/**
 * Gazetteer aliases found in a text: the words from {@code firstWord} to {@code lastWord}, at
 * {@code start}–{@code end}, name each of {@code targets}.
 */
public record AliasMatch(int firstWord, int lastWord, int start, int end, List<Target> targets) {

  /** One actor an alias names, and how. */
  public record Target(String actor, AliasKind kind) {
  }

  public AliasMatch {
    targets = List.copyOf(targets);
  }

  public int words() {
    return lastWord - firstWord + 1;
  }
}
