package org.basira.nlp.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.names.NameMatcher;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.basira.nlp.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Training the attribution model on a tiny set the team wrote: labels, learning, reproducibility. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributionTrainingTest {

  private static final List<String> TEXTS = List.of(
      "The mayor wants to rebuild the bridge. The river flows past the old mill.",
      "The union wants to close the port. Trucks carried grain to the market.",
      "The governor hopes to reopen the school. The road runs along the coast.",
      "The council wants to raise the tax. Farmers planted wheat in the valley.",
      "The minister hopes to end the strike. The train reached the city at noon.",
      "The mayor endorsed the new plan. The ferry crossed the lake.",
      "The union endorsed the strike. Workers painted the hall.",
      "The council endorsed the new budget. The bus left the station.",
      "The governor endorsed the treaty. Children crossed the bridge.");

  private static final List<List<AttributionTraining.GoldSpeech>> GOLD = List.of(
      List.of(new AttributionTraining.GoldSpeech("wants", "to rebuild the bridge")),
      List.of(new AttributionTraining.GoldSpeech("wants", "to close the port")),
      List.of(new AttributionTraining.GoldSpeech("hopes", "to reopen the school")),
      List.of(new AttributionTraining.GoldSpeech("wants", "to raise the tax")),
      List.of(new AttributionTraining.GoldSpeech("hopes", "to end the strike")),
      List.of(new AttributionTraining.GoldSpeech("endorsed", "the new plan")),
      List.of(new AttributionTraining.GoldSpeech("endorsed", "the strike")),
      List.of(new AttributionTraining.GoldSpeech("endorsed", "the new budget")),
      List.of(new AttributionTraining.GoldSpeech("endorsed", "the treaty")));

  private Pipeline annotator;
  private final AttributionTraining training = new AttributionTraining();
  private List<AttributionTraining.ArticleExamples> examples;

  @TempDir
  Path dir;

  @BeforeAll
  void labelTheTinySet() {
    CoreNlpLogging.quiet();
    annotator = Pipeline.upToAttributions(Gazetteer.builtIn(new NameMatcher()));
    examples = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      examples.add(training.examples(annotate(TEXTS.get(i)), GOLD.get(i)));
    }
  }

  private AnnotatedArticle annotate(String text) {
    return annotator.annotate(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en"));
  }

  @Test
  void eachGoldSpeechIsFoundInItsTextAndLabelsItsCueWithTheShapeOfItsContent() {
    assertThat(examples).allSatisfy(e -> {
      assertThat(e.gold()).isEqualTo(1);
      assertThat(e.placed()).isEqualTo(1);
      assertThat(e.learnable()).isEqualTo(1);
    });
    assertThat(AttributionTraining.labelCounts(examples))
        .containsEntry("INFINITIVE", 5)
        .containsEntry("OBJECT", 4)
        .containsKey(SpeechModel.NONE);
  }

  @Test
  void theTrainedModelReadsTheLearntCuesInNewTextAndLeavesOtherVerbsAlone() {
    SpeechModel model = training.train(examples, 7, 20);
    assertThat(choice(model, "The senator wants to cut the budget.", "wants")).isEqualTo(ContentShape.INFINITIVE);
    assertThat(choice(model, "The senator endorsed the budget.", "endorsed")).isEqualTo(ContentShape.OBJECT);
    assertThat(choice(model, "The boat carried fish to the harbour.", "carried")).isNull();
  }

  @Test
  void theSameDataAndSeedGiveTheSameModelAndAWrittenModelReadsBackTheSame() throws Exception {
    SpeechModel first = training.train(examples, 11, 5);
    SpeechModel second = training.train(examples, 11, 5);
    Path file = dir.resolve("model.tribuo.gz");
    first.write(file);
    SpeechModel read = SpeechModel.read(file);
    AnnotatedArticle article = annotate("The senator wants to cut the budget. The boat carried fish to the harbour.");
    for (LearnedSpeech.Candidate c : AttributionStage.rulesOnly().candidates(article)) {
      ContentShape expected = first.choose(c.features(), c.shapes().keySet(), 0.5);
      assertThat(second.choose(c.features(), c.shapes().keySet(), 0.5)).isEqualTo(expected);
      assertThat(read.choose(c.features(), c.shapes().keySet(), 0.5)).isEqualTo(expected);
    }
  }

  @Test
  void aGoldSpeechWhoseContentIsNotInTheTextIsNotPlaced() {
    AttributionTraining.ArticleExamples e = training.examples(annotate("The mayor wants to rebuild the bridge."),
        List.of(new AttributionTraining.GoldSpeech("wants", "words that stand nowhere in the text")));
    assertThat(e.placed()).isZero();
    assertThat(e.learnable()).isZero();
  }

  private ContentShape choice(SpeechModel model, String text, String cue) {
    AnnotatedArticle article = annotate(text);
    Tokens tokens = article.tokens();
    for (LearnedSpeech.Candidate c : AttributionStage.rulesOnly().candidates(article)) {
      if (tokens.word(c.token()).equals(cue)) {
        return model.choose(c.features(), c.shapes().keySet(), 0.5);
      }
    }
    throw new AssertionError("no candidate at " + cue + " in: " + text);
  }
}
