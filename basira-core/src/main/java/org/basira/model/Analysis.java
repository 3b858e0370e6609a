package org.basira.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * What Basira says about one article: the object {@code basira extract} writes per line, in the
 * shape of the analysis contract. {@code sentences} is an addition the contract allows: it lets a
 * reader find the sentence that an attribution's or event's {@code sentence} index names.
 */
public record Analysis(
    Article article,
    List<Actor> actors,
    List<Attribution> attributions,
    List<Event> events,
    @JsonProperty("scenario_refs") List<ScenarioRef> scenarioRefs,
    List<Sentence> sentences) {

  public Analysis {
    Objects.requireNonNull(article, "article");
    actors = actors == null ? List.of() : List.copyOf(actors);
    attributions = attributions == null ? List.of() : List.copyOf(attributions);
    events = events == null ? List.of() : List.copyOf(events);
    scenarioRefs = scenarioRefs == null ? List.of() : List.copyOf(scenarioRefs);
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }

  /** An analysis that found nothing yet: the starting point of the pipeline. */
  public static Analysis empty(Article article) {
    return new Analysis(article, List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
