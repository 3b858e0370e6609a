package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.LinguisticStage;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.CoreNlpSettings;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorMentions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Reversals on the lexicon's own triggers, without the event model, on sentences the team wrote. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReversalsTest {

  private final EventLexicon lexicon = EventLexicon.load();
  private LinguisticStage linguistic;

  @BeforeAll
  void loadModels() {
    CoreNlpLogging.quiet();
    linguistic = new LinguisticStage(CoreNlpSettings.BASIRA);
  }

  private List<Trigger> read(String sentence) {
    AnnotatedArticle article = new AnnotatedArticle(Article.of(sentence, null, "t.txt", null,
        PartialDate.parse("2024-05"), "en"));
    linguistic.process(article);
    Tokens tokens = article.tokens();
    List<Trigger> found = new Triggers(lexicon).find(tokens, new ActorMentions(tokens, List.of()), 0);
    return new Reversals(lexicon).read(tokens, found);
  }

  @Test
  void aVerbThatEndsAConflictualActCarriesAConcession() {
    assertThat(read("The drivers called off the strike.")).singleElement().satisfies(t -> {
      assertThat(t.pattern().category()).isEqualTo(PloverCategory.CONCEDE);
      assertThat(t.pattern().lemma()).isEqualTo("call");
    });
    assertThat(read("The council lifted the boycott.")).singleElement()
        .satisfies(t -> assertThat(t.pattern().category()).isEqualTo(PloverCategory.CONCEDE));
  }

  @Test
  void startingAConflictualActOrEndingACooperativeOneIsLeftAlone() {
    assertThat(read("The drivers called a strike.")).singleElement()
        .satisfies(t -> assertThat(t.pattern().category()).isEqualTo(PloverCategory.PROTEST));
    assertThat(read("The donors suspended aid to the province.")).extracting(t -> t.pattern().category())
        .doesNotContain(PloverCategory.CONCEDE);
  }
}
