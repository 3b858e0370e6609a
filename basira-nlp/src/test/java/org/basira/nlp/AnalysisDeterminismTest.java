package org.basira.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.GazetteerFiles;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.names.NameMatcher;
import org.basira.names.NameWords;
import org.basira.nlp.actors.ActorStage;
import org.basira.nlp.attributions.AttributionStage;
import org.basira.nlp.events.EventStage;
import org.basira.nlp.scenarios.ScenarioStage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An article's analysis depends on the article and the pipeline's configuration only: not on the
 * articles analysed before it, not on other threads, and not on the process it runs in, so that
 * {@code basira extract}, {@code --threads 2} and the Spark job agree. Short texts the team wrote;
 * the CoreNLP models load once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisDeterminismTest {

  /** "Congolese" is the demonym of both Congos: the gazetteer's order decides which army this is. */
  private static final String GOMA = """
      Rebels Push Toward Goma

      Fighting resumed on Tuesday in the hills north of Goma. The Congolese army said its soldiers had \
      retaken two villages, but a rebel spokesman denied the claim and said the fighters would hold \
      their positions. Overnight the rebels shelled Congolese positions near Sake.
      """;

  private static final String DIYALA = """
      Iraqi security forces arrested three suspects in Diyala on Monday, a police official said. \
      "The operation took weeks to plan," said Ahmed Jassim, a spokesman for the provincial police. \
      Militias loyal to Iran condemned the raid.
      """;

  private Gazetteer builtIn;
  private Pipeline pipeline;

  @BeforeAll
  void loadModels() {
    CoreNlpLogging.quiet();
    builtIn = Gazetteer.builtIn(new NameMatcher());
    pipeline = Pipeline.standard(builtIn);
  }

  private static Article article(String text) {
    return Article.of(text, null, "t.txt", null, PartialDate.parse("2024-02"), "en");
  }

  /** The standard pipeline over {@code gazetteer}, sharing the loaded CoreNLP models. */
  private Pipeline withGazetteer(Gazetteer gazetteer) {
    Pipeline built = new Pipeline(List.of(pipeline.stages().get(0), new ActorStage(gazetteer), new AttributionStage(),
        new EventStage(gazetteer), pipeline.stages().get(4), new ScenarioStage(List.of())));
    assertThat(built.stages()).extracting(Stage::name)
        .containsExactlyElementsOf(pipeline.stages().stream().map(Stage::name).toList());
    return built;
  }

  @Test
  void theCongoleseArmyIsTheSameCongosWhenACasebookAddsActorsTheArticleNeverMentions() {
    Analysis plain = pipeline.analyze(article(GOMA));
    assertThat(plain.actors()).extracting(Actor::id).contains("cd.forces").doesNotContain("cg.forces");

    Gazetteer withCasebook = builtIn.with(List.of(
        GazetteerEntry.of("case.unmentioned", "Zarvandi Quellor Institute", ActorType.ORGANIZATION)));

    assertThat(withGazetteer(withCasebook).analyze(article(GOMA))).isEqualTo(plain);
  }

  @Test
  void aGazetteerKeepsItsFilesOrderWithACasebooksActorsAfterItsOwnInEveryProcess() {
    List<String> files = GazetteerFiles.builtIn().stream().map(GazetteerEntry::id).toList();
    Gazetteer withCasebook = builtIn.with(List.of(
        GazetteerEntry.of("case.unmentioned", "Zarvandi Quellor Institute", ActorType.ORGANIZATION)));
    List<String> builtInOrder = builtIn.entries().stream().map(GazetteerEntry::id).toList();
    List<String> withCasebookOrder = withCasebook.entries().stream().map(GazetteerEntry::id).toList();

    // Not an order that Map.copyOf salts afresh in each JVM: shared aliases ("Congolese") and
    // first-wins lookups follow this order, so it must be the same in every process.
    assertThat(builtInOrder.subList(0, files.size())).isEqualTo(files);
    assertThat(withCasebookOrder.subList(0, files.size())).isEqualTo(files);
    assertThat(withCasebookOrder.get(files.size())).isEqualTo("case.unmentioned");
    NameWords words = new NameWords(builtIn.names().normalizer());
    assertThat(withCasebook.aliases().find(words.split("Congolese")))
        .isEqualTo(builtIn.aliases().find(words.split("Congolese")));
  }

  @Test
  void anArticleAnalysedAfterAnotherGetsTheAnalysisItGetsFirst() {
    Analysis first = pipeline.analyze(article(GOMA));
    pipeline.analyze(article(DIYALA));
    Analysis afterAnother = pipeline.analyze(article(GOMA));

    assertThat(afterAnother).isEqualTo(first);
  }

  @Test
  void articlesAnalysedOnTwoThreadsAtOnceGetTheirAnalysesFromOneThread() throws Exception {
    List<String> texts = List.of(GOMA, DIYALA, GOMA, DIYALA, DIYALA, GOMA);
    List<Analysis> sequential = texts.stream().map(t -> pipeline.analyze(article(t))).toList();

    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Analysis>> concurrent = new ArrayList<>();
      for (String text : texts) {
        concurrent.add(threads.submit(() -> pipeline.analyze(article(text))));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(concurrent.get(i).get()).as("article %d", i).isEqualTo(sequential.get(i));
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
