package org.basira.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import edu.stanford.nlp.ling.CoreAnnotations;
import java.util.List;
import java.util.Set;
import org.basira.analysis.AnalysisException;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.model.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real CoreNLP models, loaded once for the class. */
class PipelineTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void loadModels() {
    CoreNlpLogging.quiet();
    pipeline = Pipeline.standard();
  }

  private static Article article(String text) {
    return Article.of(text, null, "test.txt", null, PartialDate.parse("2021-10"), "en");
  }

  private static List<String> sentenceTexts(Analysis analysis) {
    String text = analysis.article().text();
    return analysis.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void splitsSentencesWithOffsetsIntoTheArticleText() {
    Analysis analysis = pipeline.analyze(article(
        "Rockets struck the base on Tuesday. \u201CWe will respond,\u201D a spokesman said.\n\nNo one was hurt."));

    assertThat(sentenceTexts(analysis)).containsExactly(
        "Rockets struck the base on Tuesday.",
        "\u201CWe will respond,\u201D a spokesman said.",
        "No one was hurt.");
  }

  @Test
  void endsASentenceAtABlankLineSoAHeadlineStandsAlone() {
    Analysis analysis = pipeline.analyze(article("Militias Regroup in Diyala\n\nFighters returned last week."));

    assertThat(sentenceTexts(analysis)).containsExactly("Militias Regroup in Diyala", "Fighters returned last week.");
  }

  @Test
  void keepsOffsetsRightAfterAByteOrderMarkAndOutsideTheBasicPlane() {
    String text = "\uFEFFThe envoy \uD83C\uDDEE\uD83C\uDDF6 arrived. He left.";

    Analysis analysis = pipeline.analyze(article(text));

    assertThat(sentenceTexts(analysis)).containsExactly("The envoy \uD83C\uDDEE\uD83C\uDDF6 arrived.", "He left.");
  }

  @Test
  void annotatesTokensWithNamedEntitiesAndNormalisedDates() {
    AnnotatedArticle annotated = new AnnotatedArticle(article("Mustafa al-Kadhimi visited Tehran on 14 March 2022."));
    new Pipeline(pipeline.stages()).stages().get(0).process(annotated);

    var tokens = annotated.annotation().get(CoreAnnotations.TokensAnnotation.class);
    assertThat(tokens).anySatisfy(t -> {
      assertThat(t.word()).isEqualTo("Tehran");
      assertThat(t.ner()).isIn("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");
    });
    assertThat(tokens).anySatisfy(t -> {
      assertThat(t.word()).isEqualTo("March");
      assertThat(t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)).isEqualTo("2022-03-14");
    });
  }

  @Test
  void leavesLayersEmptyWhenTheTextHoldsNothingForThem() {
    Analysis analysis = pipeline.analyze(article("Nothing to see."));

    assertThat(analysis.actors()).isEmpty();
    assertThat(analysis.attributions()).isEmpty();
    assertThat(analysis.events()).isEmpty();
    assertThat(analysis.scenarioRefs()).isEmpty();
    assertThat(analysis.sentences()).containsExactly(new Sentence(0, 15));
  }

  @Test
  void recordsTheTimeSpentInEachStage() {
    pipeline.analyze(article("Time is measured."));

    assertThat(pipeline.timeByStage()).containsOnlyKeys("linguistic", "actors", "attributions", "events", "places", "scenarios");
    assertThat(pipeline.timeByStage().values()).allSatisfy(time -> assertThat(time).isPositive());
  }

  @Test
  void namesTheStageThatFailed() {
    Stage broken = new Stage() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Set<Layer> needs() {
        return Set.of();
      }

      @Override
      public Set<Layer> provides() {
        return Set.of();
      }

      @Override
      public void process(AnnotatedArticle article) {
        throw new IllegalStateException("no luck");
      }
    };

    assertThatThrownBy(() -> new Pipeline(List.of(broken)).analyze(article("x")))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("the broken stage failed")
        .hasMessageContaining("no luck");
  }

  /** A stage that does nothing but declare what it reads and adds. */
  private static Stage declaring(String name, Set<Layer> needs, Set<Layer> provides) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Layer> needs() {
        return needs;
      }

      @Override
      public Set<Layer> provides() {
        return provides;
      }

      @Override
      public void process(AnnotatedArticle article) {
      }
    };
  }

  @Test
  void aStageBeforeTheLayersItReadsIsRefusedWhenThePipelineIsBuilt() {
    Stage linguistic = declaring("linguistic", Set.of(), Set.of(Layer.LINGUISTIC));
    Stage actors = declaring("actors", Set.of(Layer.LINGUISTIC), Set.of(Layer.ACTORS));
    Stage events = declaring("events", Set.of(Layer.LINGUISTIC, Layer.ACTORS, Layer.ATTRIBUTIONS), Set.of(Layer.EVENTS));

    assertThatThrownBy(() -> new Pipeline(List.of(linguistic, events, actors)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the events stage reads actors and attributions, which no stage before it adds; "
            + "put the stages that add them first");
    assertThat(new Pipeline(List.of(linguistic, actors)).stages()).hasSize(2);
  }

  @Test
  void theStandardStagesEachReadOnlyWhatTheStagesBeforeThemAdd() {
    assertThat(pipeline.stages()).extracting(Stage::provides).containsExactly(Set.of(Layer.LINGUISTIC),
        Set.of(Layer.ACTORS), Set.of(Layer.ATTRIBUTIONS), Set.of(Layer.EVENTS), Set.of(Layer.PLACES),
        Set.of(Layer.SCENARIOS));
    assertThat(new Pipeline(pipeline.stages()).stages()).isEqualTo(pipeline.stages());
  }
}
