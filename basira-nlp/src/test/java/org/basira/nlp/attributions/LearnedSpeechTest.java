package org.basira.nlp.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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

/**
 * The candidates the attribution model reads, over the real parse of sentences the team wrote: each
 * family of speaker rules, and the content each shape takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnedSpeechTest {

  private Pipeline annotator;
  private Pipeline standard;
  private final AttributionStage rules = AttributionStage.rulesOnly();

  @BeforeAll
  void loadModels() {
    CoreNlpLogging.quiet();
    annotator = Pipeline.upToAttributions(Gazetteer.builtIn(new NameMatcher()));
    standard = Pipeline.standard();
  }

  private List<org.basira.model.Attribution> attributions(String text) {
    return standard.analyze(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en")).attributions();
  }

  @Test
  void theShippedModelReadsStancesAndIntentionsTheRulesLeave() {
    assertThat(attributions("The farmers' union endorsed the new water plan on Monday."))
        .anySatisfy(a -> {
          assertThat(a.cue().text()).isEqualTo("endorsed");
          assertThat(a.speaker().text()).endsWith("union");
          assertThat(a.content().text()).startsWith("the new water plan");
        });
    assertThat(attributions("The mayor wants to rebuild the old bridge before winter."))
        .extracting(a -> a.content().text())
        .contains("to rebuild the old bridge before winter");
  }

  @Test
  void theShippedModelReportsAConfidentAgentlessPassiveWithAnEmptySpeakerAtItsCue() {
    assertThat(attributions("The election board met on Monday.\n\n"
        + "All three candidates are expected to speak at the dinner on Friday."))
        .anySatisfy(a -> {
          assertThat(a.cue().text()).isEqualTo("expected");
          assertThat(a.speaker().text()).isEmpty();
          assertThat(a.speaker().actor()).isNull();
          assertThat(a.speaker().start()).isEqualTo(a.cue().start());
          assertThat(a.content().text()).isEqualTo("to speak at the dinner on Friday");
        });
  }

  @Test
  void whereTheRulesSayNoOnPurposeTheModelIsNotAsked() {
    assertThat(attributions("The map says little about who holds the hills.")).isEmpty();
    assertThat(attributions("Omar Talib did not say that the army would withdraw. "
        + "Critics might argue that the deal is weak.")).isEmpty();
    assertThat(attributions("Can the ceasefire hold?\n\nMinister Says Talks Will Resume\n\n"
        + "Will anyone say that the blockade has worked? The blockade has not worked.")).isEmpty();
  }

  @Test
  void aSpeechVerbBeforeAQuotationIsACandidateWhateverItsSubject() {
    Read read = candidateAt("A voice from the back said, \u201CWe all know what the council thinks of us.\u201D", "said");
    assertThat(read).isNotNull();
    assertThat(read.speaker()).isEqualTo("voice");
    assertThat(read.content(ContentShape.FOLLOWING)).startsWith("\u201CWe all know");
    assertThat(candidateAt("A voice from the back said little about the council.", "said")).isNull();
  }

  private record Read(Tokens tokens, LearnedSpeech.Candidate candidate) {
    String speaker() {
      return tokens.word(candidate.speaker());
    }

    String content(ContentShape shape) {
      int[] span = candidate.shapes().get(shape);
      return span == null ? null : tokens.span(span[0], span[1]);
    }
  }

  /** The candidate at the first token whose word is {@code cue}. */
  private Read candidateAt(String text, String cue) {
    AnnotatedArticle article = annotator.annotate(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en"));
    Tokens tokens = article.tokens();
    List<LearnedSpeech.Candidate> candidates = rules.candidates(article);
    for (LearnedSpeech.Candidate c : candidates) {
      if (tokens.word(c.token()).equals(cue)) {
        return new Read(tokens, c);
      }
    }
    return null;
  }

  @Test
  void aWishTakesItsSubjectAsSpeakerAndItsInfinitiveAsContent() {
    Read read = candidateAt("The mayor wants to rebuild the old bridge before winter.", "wants");
    assertThat(read.speaker()).isEqualTo("mayor");
    assertThat(read.content(ContentShape.INFINITIVE)).isEqualTo("to rebuild the old bridge before winter");
  }

  @Test
  void anEndorsementTakesItsObjectAsContent() {
    Read read = candidateAt("The farmers' union endorsed the new water plan on Monday.", "endorsed");
    assertThat(read.speaker()).isEqualTo("union");
    assertThat(read.content(ContentShape.OBJECT)).isEqualTo("the new water plan");
    assertThat(read.content(ContentShape.ARGUMENTS)).isEqualTo("the new water plan on Monday");
  }

  /** Token {@code word}'s index in the parse of {@code text}, for rules the stage's own cues cover too. */
  private Tokens parse(String text) {
    return annotator.annotate(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en")).tokens();
  }

  private static int at(Tokens tokens, String word) {
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.word(t).equals(word)) {
        return t;
      }
    }
    throw new AssertionError("no " + word);
  }

  private static String span(Tokens tokens, int[] span) {
    return span == null ? null : tokens.span(span[0], span[1]);
  }

  @Test
  void accordingToTakesItsNounAsSpeakerAndTheClauseItHangsFromAsContent() {
    Tokens tokens = parse("According to the ministry, the northern road will stay closed until May.");
    int cue = at(tokens, "According");
    assertThat(tokens.word(LearnedSpeech.speaker(tokens, cue))).isEqualTo("ministry");
    assertThat(span(tokens, ContentShape.GOVERNOR.span(tokens, cue))).isEqualTo("the northern road will stay closed until May");
  }

  @Test
  void aPassiveCueTakesItsAgentAsSpeaker() {
    Tokens tokens = parse("The ceasefire was welcomed by the council as a first step.");
    assertThat(tokens.word(LearnedSpeech.speaker(tokens, at(tokens, "welcomed")))).isEqualTo("council");
  }

  @Test
  void aPassiveWithoutAgentOrAPassiveParticipleHasNoSpeaker() {
    Tokens tokens = parse("The militias are accused of attacking the convoy.");
    assertThat(LearnedSpeech.speaker(tokens, at(tokens, "accused"))).isEqualTo(-1);
    Tokens described = parse("Two members accused of smuggling were released.");
    assertThat(LearnedSpeech.speaker(described, at(described, "accused"))).isEqualTo(-1);
  }

  @Test
  void aPassiveWithoutAgentIsStillACandidateWithNoSpeaker() {
    Read read = candidateAt("All three candidates are expected to speak at the dinner.", "expected");
    assertThat(read).isNotNull();
    assertThat(read.candidate().speaker()).isEqualTo(-1);
    assertThat(read.content(ContentShape.INFINITIVE)).isEqualTo("to speak at the dinner");
    assertThat(read.candidate().features()).contains("speaker=none");
  }

  @Test
  void anInvertedReportTakesTheNameAfterItsVerbAsSpeaker() {
    Tokens tokens = parse("\"The road is open,\" said the governor of the province.");
    assertThat(tokens.word(LearnedSpeech.speaker(tokens, at(tokens, "said")))).isEqualTo("governor");
    Tokens plain = parse("The governor said the road is open.");
    assertThat(plain.word(LearnedSpeech.speaker(plain, at(plain, "said")))).isEqualTo("governor");
  }

  @Test
  void anAdjectiveOfAttitudeWithAPhraseIsACandidate() {
    Read read = candidateAt("The farmers are hostile to the new dam.", "hostile");
    assertThat(read).isNotNull();
    assertThat(read.speaker()).isEqualTo("farmers");
    assertThat(read.content(ContentShape.ARGUMENTS)).isEqualTo("to the new dam");
    assertThat(candidateAt("The new dam is hostile.", "hostile")).isNull();
  }

  @Test
  void theModelReadsWhatTheComplementOfACueIs() {
    Read speech = candidateAt("The villagers continued to insist that the well was poisoned.", "continued");
    assertThat(speech.candidate().features()).contains("xcomp.lemma=insist", "xcomp.speech=true");
    Read state = candidateAt("Most of the soldiers continued to remain in the old barracks.", "continued");
    assertThat(state.candidate().features()).contains("xcomp.lemma=remain", "xcomp.speech=false");
  }

  @Test
  void anAdjectiveWhoseSubjectIsItIsTheAuthorsOwnVoice() {
    assertThat(candidateAt("It is noteworthy that the dam will hold.", "noteworthy")).isNull();
  }

  @Test
  void aNounCueTakesItsOwnerAsSpeaker() {
    Read read = candidateAt("The governor's claim that the dam is safe angered the engineers.", "claim");
    assertThat(read.speaker()).isEqualTo("governor");
  }

  @Test
  void anInfinitiveTakesTheSubjectOfTheClauseItHangsFrom() {
    Tokens tokens = parse("The council decided to back the harbour plan.");
    int cue = at(tokens, "back");
    assertThat(tokens.word(LearnedSpeech.speaker(tokens, cue))).isEqualTo("council");
    assertThat(span(tokens, ContentShape.OBJECT.span(tokens, cue))).isEqualTo("the harbour plan");
  }

  @Test
  void aHeadlineColonTakesTheNameBeforeItAsSpeakerAndTheRestAsContent() {
    Read read = candidateAt("Harbour pilots: Night crossings are no longer safe\n\nThe pilots met on Friday.", ":");
    assertThat(read.speaker()).isEqualTo("pilots");
    assertThat(read.content(ContentShape.FOLLOWING)).isEqualTo("Night crossings are no longer safe");
  }

  @Test
  void aCueTheRulesAlreadyReadIsNoCandidate() {
    assertThat(candidateAt("The minister said that the port will reopen.", "said")).isNull();
  }

  @Test
  void aWordWithoutSpeakerIsNoCandidate() {
    assertThat(candidateAt("There were reports of shelling near the river.", "reports")).isNull();
  }

  @Test
  void everyCandidateOffersOnlyShapesThatLeaveOutItsCueAndSpeaker() {
    AnnotatedArticle article = annotator.annotate(Article.of(
        "Officials in the province hope the bridge reopens soon, adding that repairs began last week.", null,
        "t.txt", null, PartialDate.parse("2024-05"), "en"));
    for (LearnedSpeech.Candidate c : rules.candidates(article)) {
      for (Map.Entry<ContentShape, int[]> shape : c.shapes().entrySet()) {
        int[] span = shape.getValue();
        assertThat(span[0]).isLessThanOrEqualTo(span[1]);
        assertThat(c.token() < span[0] || c.token() > span[1]).as("the cue lies outside its content").isTrue();
        assertThat(c.speaker() < span[0] || c.speaker() > span[1]).as("the speaker lies outside the content").isTrue();
      }
      assertThat(c.features()).contains("lemma=" + article.tokens().lemma(c.token()).toLowerCase());
    }
  }
}
