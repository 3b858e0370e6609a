package org.basira.nlp;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.basira.analysis.AnalysisException;
import org.basira.gazetteer.Gazetteer;
import org.basira.names.NameMatcher;
import org.basira.nlp.actors.ActorStage;
import org.basira.nlp.attributions.AttributionStage;
import org.basira.nlp.events.EventStage;
import org.basira.nlp.places.PlaceStage;
import org.basira.nlp.scenarios.ScenarioStage;
import org.basira.casebook.Scenario;
import org.basira.analysis.Analyzer;
import org.basira.model.Analysis;
import org.basira.model.Article;

/**
 * The analysis: stages run in order over one annotated article. Building a pipeline loads the
 * models, so a process builds one and shares it between threads. It keeps the time spent in each
 * stage, which {@code basira bench} reports.
 */
public final class Pipeline implements Analyzer {

  private final List<Stage> stages;
  private final Map<String, LongAdder> nanosByStage = new LinkedHashMap<>();

  /**
   * A pipeline of {@code stages} in this order.
   *
   * @throws IllegalArgumentException when a stage needs a layer that no stage before it provides
   */
  public Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    Set<Layer> provided = EnumSet.noneOf(Layer.class);
    for (Stage stage : this.stages) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.needs());
      missing.removeAll(provided);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException("the " + stage.name() + " stage reads " + names(missing)
            + ", which no stage before it adds; put the stages that add them first");
      }
      provided.addAll(stage.provides());
      nanosByStage.put(stage.name(), new LongAdder());
    }
  }

  private static String names(Set<Layer> layers) {
    return String.join(" and ", layers.stream().map(l -> l.name().toLowerCase(Locale.ROOT)).toList());
  }

  /** Basira's pipeline with CoreNLP configured as {@link CoreNlpSettings#BASIRA}. */
  public static Pipeline standard() {
    return standard(Gazetteer.builtIn(new NameMatcher()));
  }

  /** Basira's pipeline with the actors of {@code gazetteer}, such as the built-in one with a case's actors added. */
  public static Pipeline standard(Gazetteer gazetteer) {
    return standard(gazetteer, List.of());
  }

  /** The same, also finding references to {@code scenarios}, a casebook's. */
  public static Pipeline standard(Gazetteer gazetteer, List<Scenario> scenarios) {
    return new Pipeline(List.of(new LinguisticStage(CoreNlpSettings.BASIRA), new ActorStage(gazetteer),
        new AttributionStage(), new EventStage(gazetteer), PlaceStage.shipped(), new ScenarioStage(scenarios)));
  }

  /**
   * The stages that annotate an article before attributions are read: the linguistic analysis and
   * the actors. Training the attribution model reads the articles this far.
   */
  public static Pipeline upToAttributions(Gazetteer gazetteer) {
    return new Pipeline(List.of(new LinguisticStage(CoreNlpSettings.BASIRA), new ActorStage(gazetteer)));
  }

  @Override
  public Analysis analyze(Article article) {
    return annotate(article).toAnalysis();
  }

  /** The article with every stage's layer on it. */
  public AnnotatedArticle annotate(Article article) {
    AnnotatedArticle annotated = new AnnotatedArticle(article);
    for (Stage stage : stages) {
      long start = System.nanoTime();
      try {
        stage.process(annotated);
      } catch (RuntimeException e) {
        throw new AnalysisException("the " + stage.name() + " stage failed (" + e + ")", e);
      } finally {
        nanosByStage.get(stage.name()).add(System.nanoTime() - start);
      }
    }
    return annotated;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Time spent in each stage since this pipeline was built, summed over threads, in stage order. */
  public Map<String, Duration> timeByStage() {
    Map<String, Duration> times = new LinkedHashMap<>();
    nanosByStage.forEach((name, nanos) -> times.put(name, Duration.ofNanos(nanos.sum())));
    return times;
  }
}
