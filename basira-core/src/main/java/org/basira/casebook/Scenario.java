package org.basira.casebook;

import java.util.List;
import java.util.Objects;

/**
 * One of the competing hypotheses of a case.
 *
 * @param terms words that name the precedent the scenario is modelled on ("Afghan", "Taliban"),
 *     which articles use in frames such as "the Afghan scenario" or "another Afghanistan"
 * @param phrases whole phrases that refer to the scenario by themselves ("third path")
 */
public record Scenario(String id, String name, String description, List<String> terms, List<String> phrases) {

  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    terms = List.copyOf(terms);
    phrases = List.copyOf(phrases);
  }
}
