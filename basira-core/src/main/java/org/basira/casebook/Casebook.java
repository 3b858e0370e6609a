package org.basira.casebook;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.model.PartialDate;

/**
 * One analysis case: the question, the competing scenarios, the actors it turns on and the
 * indicators that bear on the scenarios. The format is {@code docs/casebooks.md}.
 *
 * @param from first month of the period the case covers, or null
 * @param to last month of that period, or null
 * @param actors ids of the case's actors, those of the built-in gazetteer and those added here
 * @param addedActors the actors this casebook adds to the gazetteer
 * @param source the file it was read from, for messages
 * @param yaml the text it was read from, kept so that a workspace can store it as written
 */
public record Casebook(String id, String title, String question, PartialDate from, PartialDate to,
    List<Scenario> scenarios, List<String> actors, List<GazetteerEntry> addedActors, List<Indicator> indicators,
    String source, String yaml) {

  public Casebook {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    question = question == null ? "" : question;
    scenarios = List.copyOf(scenarios);
    actors = List.copyOf(actors);
    addedActors = List.copyOf(addedActors);
    indicators = List.copyOf(indicators);
  }

  public Optional<Scenario> scenario(String scenarioId) {
    return scenarios.stream().filter(s -> s.id().equals(scenarioId)).findFirst();
  }

  public List<String> scenarioIds() {
    return scenarios.stream().map(Scenario::id).toList();
  }

  /**
   * The actor ids the casebook names (its actors and the indicators' sources and targets) that
   * {@code known} does not hold; the actors it adds count as known. Places are not checked: they
   * may be names as written as well as ids.
   */
  public List<String> unknownActorIds(java.util.function.Predicate<String> known) {
    java.util.Set<String> added = new java.util.HashSet<>();
    addedActors.forEach(a -> added.add(a.id()));
    java.util.LinkedHashSet<String> unknown = new java.util.LinkedHashSet<>();
    java.util.function.Consumer<String> check = id -> {
      if (!added.contains(id) && !known.test(id)) {
        unknown.add(id);
      }
    };
    actors.forEach(check);
    for (Indicator indicator : indicators) {
      indicator.events().sources().forEach(check);
      indicator.events().targets().forEach(check);
    }
    return List.copyOf(unknown);
  }
}
