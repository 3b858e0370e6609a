package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Actor;
import org.basira.model.Article;
import org.basira.model.Event;
import org.basira.model.PartialDate;
import org.basira.names.NameMatcher;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.basira.nlp.Tokens;
import org.basira.nlp.learning.FeatureClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The side model on a tiny set the team wrote: candidates, labels, paths, learning, and filling an empty side. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnedSidesTest {

  /** Shooting "in" a town: the rules take no place as a target; the coders here did. */
  private static final List<String> CODED = List.of(
      "Gunmen opened fire in Kirkuk.",
      "Soldiers opened fire in Basra.",
      "Rebels opened fire in Aleppo.",
      "Police opened fire in Homs.",
      "Guards opened fire in Tikrit.");
  private static final List<String> SOURCES = List.of("Gunmen", "Soldiers", "Rebels", "Police", "Guards");
  private static final List<String> TARGETS = List.of("Kirkuk", "Basra", "Aleppo", "Homs", "Tikrit");

  private Gazetteer gazetteer;
  private Pipeline annotator;
  private EventTraining training;
  private final List<FeatureClassifier.Example> examples = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeAll
  void labelTheTinySet() {
    CoreNlpLogging.quiet();
    gazetteer = Gazetteer.builtIn(new NameMatcher());
    annotator = Pipeline.upToAttributions(gazetteer);
    training = new EventTraining(gazetteer);
    for (int i = 0; i < CODED.size(); i++) {
      examples.addAll(training.sides(annotate(CODED.get(i)), List.of(new EventTraining.GoldEvent(
          List.of("ASSAULT"), CODED.get(i), List.of(SOURCES.get(i)), List.of(TARGETS.get(i))))));
    }
  }

  private AnnotatedArticle annotate(String text) {
    return annotator.annotate(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en"));
  }

  @Test
  void eachCandidateIsLabelledByTheGoldSideItsWordsLieInOrHold() {
    assertThat(examples).extracting(FeatureClassifier.Example::label)
        .containsExactly("SOURCE", "TARGET", "SOURCE", "TARGET", "SOURCE", "TARGET", "SOURCE", "TARGET", "SOURCE", "TARGET");
    assertThat(examples.get(1).features()).contains("first:obl:in", "ruled:none");
    assertThat(training.sides(annotate("Gunmen opened fire in Kirkuk."), List.of(new EventTraining.GoldEvent(
        List.of("ASSAULT"), "Gunmen opened fire in Kirkuk.")))).as("a gold event without sides teaches nothing").isEmpty();
  }

  @Test
  void aPathGoesUpToTheCommonGovernorAndDownWithEachStepsPreposition() {
    Tokens tokens = annotate("Rebels fired rockets at the base in Kirkuk.").tokens();
    int fired = 1;
    int base = 5;
    int kirkuk = 7;
    assertThat(SideFeatures.path(tokens, fired, base)).isEqualTo("obl:at");
    assertThat(SideFeatures.path(tokens, fired, kirkuk)).isEqualTo("obl:at nmod:in");
    assertThat(SideFeatures.path(tokens, base, 0)).isEqualTo("^obl:at nsubj");
    assertThat(SideFeatures.path(tokens, fired, fired)).isEqualTo("self");
  }

  @Test
  void aWordMatchesAGoldSideInsideOrAroundItButNotInsideAnotherWord() {
    assertThat(SideLabels.matches("Gaza Strip", List.of("militant targets in the Gaza Strip"))).isTrue();
    assertThat(SideLabels.matches("the Iranian foreign minister", List.of("Iranian"))).isTrue();
    assertThat(SideLabels.matches("Iran", List.of("Iranian officials"))).isFalse();
    assertThat(SideLabels.matches("", List.of("Iran"))).isFalse();
  }

  @Test
  void theTrainedModelFillsATargetTheRulesLeaveEmptyAndTheRulesAloneDoNot() {
    SideModel model = training.trainSides(examples, 7, 30);
    assertThat(target(new EventStage(gazetteer, null, model), "Snipers opened fire in Mosul.")).containsExactly("Mosul");
    assertThat(target(new EventStage(gazetteer, null, null), "Snipers opened fire in Mosul.")).isEmpty();
  }

  @Test
  void theSameCandidatesAndSeedGiveTheSameModelAndAWrittenModelReadsBackTheSame() throws Exception {
    SideModel first = training.trainSides(examples, 11, 5);
    SideModel second = training.trainSides(examples, 11, 5);
    Path file = dir.resolve("sides.tribuo.gz");
    first.write(file);
    SideModel read = SideModel.read(file);
    List<String> features = examples.get(1).features();
    Map<String, Double> expected = first.read(features);
    assertThat(second.read(features)).isEqualTo(expected);
    assertThat(read.read(features)).isEqualTo(expected);
  }

  /** The names of the target of the sentence's one event. */
  private List<String> target(EventStage stage, String sentence) {
    AnnotatedArticle article = annotate(sentence);
    stage.process(article);
    Event event = article.events().get(0);
    return event.target().stream().map(id -> article.actors().stream().filter(a -> a.id().equals(id))
        .map(Actor::name).findFirst().orElse(id)).toList();
  }
}
