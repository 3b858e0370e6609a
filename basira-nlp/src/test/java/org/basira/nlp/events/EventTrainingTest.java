package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
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

/** Training the event model on a tiny set the team wrote: labels, learning, reproducibility. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTrainingTest {

  /** Coded sentences: "undertook" is no trigger of the lexicon, so only the model can learn it as AGREE. */
  private static final List<String> CODED = List.of(
      "The mayor undertook to rebuild the bridge.",
      "The union undertook to reopen the port.",
      "The governor undertook to repair the road.",
      "The council undertook to fund the school.",
      "Rebels attacked the convoy near the border.",
      "Gunmen attacked a police station in the north.",
      "Militants attacked the garrison at dawn.");
  private static final List<String> CATEGORIES = List.of("AGREE", "AGREE", "AGREE", "AGREE", "ASSAULT", "ASSAULT",
      "ASSAULT");
  /** Background news: sentences that report no event. */
  private static final String BACKGROUND = "The river flows past the old mill. The weather stayed mild all week. "
      + "The museum holds a large collection of coins. The train reached the city at noon. "
      + "Farmers planted wheat in the valley. The bus left the station on time.";

  private Pipeline annotator;
  private EventTraining training;
  private final List<FeatureClassifier.Example> examples = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeAll
  void labelTheTinySet() {
    CoreNlpLogging.quiet();
    Gazetteer gazetteer = Gazetteer.builtIn(new NameMatcher());
    annotator = Pipeline.upToAttributions(gazetteer);
    training = new EventTraining(gazetteer);
    for (int i = 0; i < CODED.size(); i++) {
      examples.addAll(training.coded(annotate(CODED.get(i)),
          List.of(new EventTraining.GoldEvent(List.of(CATEGORIES.get(i)), CODED.get(i)))));
    }
    examples.addAll(training.background(annotate(BACKGROUND)));
  }

  private AnnotatedArticle annotate(String text) {
    return annotator.annotate(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en"));
  }

  @Test
  void eachCodedSentenceIsLabelledWithItsCategoryAndEachQuietBackgroundSentenceWithNoEvent() {
    assertThat(examples).extracting(FeatureClassifier.Example::label)
        .containsExactly("AGREE", "AGREE", "AGREE", "AGREE", "ASSAULT", "ASSAULT", "ASSAULT",
            "NONE", "NONE", "NONE", "NONE", "NONE", "NONE");
    assertThat(examples.get(4).features()).contains("trigger:ASSAULT", "root:attack");
    assertThat(examples.get(0).features()).contains("trigger:none", "root:undertake");
  }

  @Test
  void aCodedEventWithSeveralCategoriesTakesTheOneItsTriggerHas() {
    List<FeatureClassifier.Example> coded = training.coded(annotate("Rebels attacked the convoy."),
        List.of(new EventTraining.GoldEvent(List.of("COERCE", "ASSAULT"), "Rebels attacked the convoy.")));
    assertThat(coded).singleElement().extracting(FeatureClassifier.Example::label).isEqualTo("ASSAULT");
  }

  @Test
  void theTrainedModelCodesWhatTheLexiconMissesAndLeavesQuietSentencesAlone() {
    EventModel model = training.train(examples, 7, 30);
    assertThat(reading(model, "The minister undertook to rebuild the dam.").noEvent()).isFalse();
    assertThat(reading(model, "The minister undertook to rebuild the dam.").likeliest()).isEqualTo(PloverCategory.AGREE);
    assertThat(reading(model, "The ferry crossed the lake at noon.").noEvent()).isTrue();
  }

  @Test
  void theSameDataAndSeedGiveTheSameModelAndAWrittenModelReadsBackTheSame() throws Exception {
    EventModel first = training.train(examples, 11, 5);
    EventModel second = training.train(examples, 11, 5);
    Path file = dir.resolve("events.tribuo.gz");
    first.write(file);
    EventModel read = EventModel.read(file);
    for (String sentence : List.of("The minister undertook to rebuild the dam.", "Rebels attacked the depot.")) {
      EventModel.Reading expected = reading(first, sentence);
      assertThat(reading(second, sentence)).isEqualTo(expected);
      assertThat(reading(read, sentence)).isEqualTo(expected);
    }
  }

  private EventModel.Reading reading(EventModel model, String sentence) {
    Tokens tokens = annotate(sentence).tokens();
    List<Trigger> found = new Triggers(EventLexicon.load()).find(tokens,
        new org.basira.nlp.actors.ActorMentions(tokens, List.of()), 0);
    return model.read(EventFeatures.of(tokens, 0, found));
  }
}
