package org.basira.nlp.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.PartialDate;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.CoreNlpSettings;
import org.basira.nlp.LinguisticStage;
import org.basira.nlp.Pipeline;
import org.basira.nlp.actors.ActorStage;
import org.basira.gazetteer.Gazetteer;
import org.basira.names.NameMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The attribution stage's rules over the real CoreNLP models, on short texts the team wrote, one
 * test or more per rule family. The learned model beside them is tested in {@link LearnedSpeechTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributionStageTest {

  private Pipeline pipeline;

  @BeforeAll
  void loadModels() {
    CoreNlpLogging.quiet();
    Gazetteer gazetteer = Gazetteer.builtIn(new NameMatcher());
    pipeline = new Pipeline(List.of(new LinguisticStage(CoreNlpSettings.BASIRA), new ActorStage(gazetteer),
        AttributionStage.rulesOnly()));
  }

  private List<Attribution> attributions(String text) {
    Analysis analysis = pipeline.analyze(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en"));
    for (Attribution a : analysis.attributions()) {
      assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
      assertThat(text.substring(a.cue().start(), a.cue().end())).isEqualTo(a.cue().text());
      assertThat(text.substring(a.speaker().start(), a.speaker().end())).isEqualTo(a.speaker().text());
      assertThat(a.sentence()).isBetween(0, analysis.sentences().size() - 1);
      if (a.speaker().actor() != null) {
        assertThat(analysis.actors()).extracting(Actor::id).contains(a.speaker().actor());
      }
    }
    return analysis.attributions();
  }

  private static Attribution only(List<Attribution> attributions) {
    assertThat(attributions).hasSize(1);
    return attributions.get(0);
  }

  @Test
  void readsReportedSpeechWithThatFromTheParse() {
    Attribution a = only(attributions(
        "Layla Haddad, a researcher at the Tigris Centre, points out that the army now pays its own soldiers."));
    assertThat(a.kind()).isEqualTo(AttributionKind.INDIRECT);
    assertThat(a.speaker().text()).isEqualTo("Layla Haddad, a researcher at the Tigris Centre");
    assertThat(a.speaker().actor()).isEqualTo("person.layla-haddad");
    assertThat(a.cue().text()).isEqualTo("points out that");
    assertThat(a.content().text()).isEqualTo("the army now pays its own soldiers");
  }

  @Test
  void writesTheSpeakerWithItsDeterminerAlsoWhereItBelongsToAnOwner() {
    List<Attribution> found = attributions("The ministry said the road was open. The province's deputy governor "
        + "said the trucks would move at night.");
    assertThat(found).extracting(a -> a.speaker().text()).containsExactly("The ministry",
        "The province's deputy governor");
  }

  @Test
  void hearsSpeakersNamedByARoleTheTeamsListLacks() {
    List<Attribution> found = attributions("The former pollster said the council would lose the vote. "
        + "\u201CThe bridge will hold,\u201D said the columnist.");
    assertThat(found).extracting(a -> a.speaker().text()).containsExactly("The former pollster", "the columnist");
  }

  @Test
  void readsReportedSpeechWithoutThat() {
    Attribution a = only(attributions("Aid agencies say civilians are paying the price of the blockade."));
    assertThat(a.speaker().text()).isEqualTo("Aid agencies");
    assertThat(a.content().text()).isEqualTo("civilians are paying the price of the blockade");
  }

  @Test
  void takesADirectQuoteWithTheSpeakerAfterItInEitherOrder() {
    List<Attribution> found = attributions("\"We will hold the bridge,\" said Omar Talib, a commander. "
        + "\"They have no fuel left,\" he added.");
    assertThat(found).extracting(a -> a.content().text())
        .containsExactly("We will hold the bridge,", "They have no fuel left,");
    assertThat(found).extracting(Attribution::kind).containsOnly(AttributionKind.DIRECT);
    assertThat(found).extracting(a -> a.speaker().actor()).containsOnly("person.omar-talib");
  }

  @Test
  void joinsAQuoteSplitByItsAttribution() {
    String text = "\u201CThe road is open,\u201D Omar Talib said. \u201CThe trucks can move at night.\u201D";
    Attribution a = only(attributions(text));
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.content().text()).startsWith("The road is open,").endsWith("move at night.");
  }

  @Test
  void joinsASplitQuoteWhoseCueSaysWhereOrOfWhom() {
    String text = "\u201CWe have to adapt,\u201D she said of the new council, \u201Cwhether the money comes or not.\u201D\n\n"
        + "\u201CThe camps are full,\u201D Omar Talib wrote in a letter to the governor, \u201Cand more families arrive.\u201D";
    List<Attribution> found = attributions(text);
    assertThat(found).extracting(a -> a.content().text()).containsExactly(
        "We have to adapt,\u201D she said of the new council, \u201Cwhether the money comes or not.",
        "The camps are full,\u201D Omar Talib wrote in a letter to the governor, \u201Cand more families arrive.");
  }

  @Test
  void leavesTheWritersWordsOutOfAQuotationThatOpensASentence() {
    List<Attribution> found = attributions("After the vote, Omar Talib said, \u201CWe will appeal to the court.\u201D "
        + "The brigades, he said, \u201Care fighting for their own villages.\u201D");
    assertThat(found).extracting(a -> a.content().text()).containsExactly(
        "We will appeal to the court.", "The brigades, he said, \u201Care fighting for their own villages.\u201D");
  }

  @Test
  void takesAQuoteOverTwoParagraphsAsOne() {
    String text = "Samira Nouri, a nurse in the town, described the night.\n\n"
        + "\"The shelling started after midnight, and it did not stop until dawn,\" she said. "
        + "\"We moved the children to the basement.\n\n"
        + "\"By morning the water was cut and the generator was hit.\"";
    List<Attribution> found = attributions(text);
    Attribution quote = found.stream().filter(a -> a.kind() == AttributionKind.DIRECT).findFirst().orElseThrow();
    assertThat(quote.content().text()).startsWith("The shelling started").endsWith("generator was hit.");
    assertThat(quote.speaker().actor()).isEqualTo("person.samira-nouri");
  }

  @Test
  void readsGuillemetsAndColonQuotes() {
    Attribution a = only(attributions("Karim Saleh warned: \u00ABThe truce will not survive the summer.\u00BB"));
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.content().text()).isEqualTo("The truce will not survive the summer.");
    assertThat(a.cue().text()).startsWith("warned");
  }

  @Test
  void readsAColonWithoutQuotationMarks() {
    Attribution a = only(attributions("Karim Saleh was at the front last week. He asserts: the brigades have "
        + "not been paid since March."));
    assertThat(a.speaker().text()).isEqualTo("He");
    assertThat(a.speaker().actor()).isEqualTo("person.karim-saleh");
    assertThat(a.content().text()).isEqualTo("the brigades have not been paid since March");
  }

  @Test
  void marksReportedSpeechWithAQuotedPartAsMixed() {
    Attribution a = only(attributions(
        "Omar Talib said the rebels would \"answer every attack on our positions\" in the coming days."));
    assertThat(a.kind()).isEqualTo(AttributionKind.MIXED);
    assertThat(a.content().text()).contains("\"answer every attack on our positions\"");
  }

  @Test
  void readsAccordingToOnEitherSideOfTheClause() {
    List<Attribution> found = attributions("The convoy reached the city on Monday, according to Hana Rashid, "
        + "a spokeswoman for the relief committee. According to the committee, 40 trucks were unloaded.");
    assertThat(found).extracting(a -> a.cue().text()).containsExactly("according to", "According to");
    assertThat(found.get(0).content().text()).isEqualTo("The convoy reached the city on Monday");
    assertThat(found.get(0).speaker().actor()).isEqualTo("person.hana-rashid");
    assertThat(found.get(1).content().text()).isEqualTo("40 trucks were unloaded");
  }

  @Test
  void readsInHerViewAsTheSpeakersView() {
    Attribution a = only(attributions("Hana Rashid has worked in the camps for years. "
        + "In her view, the camps cannot take another winter."));
    assertThat(a.speaker().actor()).isEqualTo("person.hana-rashid");
    assertThat(a.content().text()).isEqualTo("the camps cannot take another winter");
  }

  @Test
  void takesTheSpeechVerbAfterItsContent() {
    Attribution a = only(attributions("The talks will fail without the tribes, Omar Talib says."));
    assertThat(a.content().text()).isEqualTo("The talks will fail without the tribes");
    assertThat(a.speaker().text()).isEqualTo("Omar Talib");
  }

  @Test
  void splitsAParticipleOfSpeechFromTheClauseBeforeIt() {
    List<Attribution> found = attributions("Omar Talib confirmed that the bridge had reopened, "
        + "pointing out that the army still controls the checkpoints.");
    assertThat(found).extracting(a -> a.content().text())
        .containsExactly("the bridge had reopened", "the army still controls the checkpoints");
    assertThat(found).extracting(a -> a.speaker().actor()).containsOnly("person.omar-talib");
  }

  @Test
  void resolvesAPronounToThePersonOfTheRightGender() {
    List<Attribution> found = attributions("Layla Haddad met Omar Talib in Erbil on Sunday. "
        + "She said that the talks had stalled.");
    assertThat(only(found).speaker().actor()).isEqualTo("person.layla-haddad");
  }

  @Test
  void givesAnInstitutionalSpeakerItsActor() {
    Attribution a = only(attributions(
        "Officials of the United States said that the advisers would stay until the end of the year."));
    assertThat(a.speaker().actor()).isEqualTo("us");
    assertThat(a.speaker().text()).isEqualTo("Officials of the United States");
  }

  @Test
  void hearsTheSpeakerOfAQuoteThroughWithTheseWords() {
    Attribution a = attributions("\"We will not leave this valley while our families are here.\" "
        + "With these words, Omar Talib ended the meeting.").get(0);
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.cue().text()).isEqualTo("With these words");
    assertThat(a.speaker().actor()).isEqualTo("person.omar-talib");
  }

  @Test
  void continuesTheSpeakerIntoAQuoteThatOpensTheNextParagraph() {
    String text = "Omar Talib said the bridge would reopen on Monday.\n\n"
        + "\"Nobody in this valley wants another winter without a road.\"";
    List<Attribution> found = attributions(text);
    assertThat(found).hasSize(2);
    assertThat(found.get(1).speaker().actor()).isEqualTo("person.omar-talib");
    assertThat(found.get(1).kind()).isEqualTo(AttributionKind.DIRECT);
  }

  @Test
  void readsQuotationsInTheDoubledMarksOfNewswireTypesetting() {
    Attribution a = only(attributions("''The bridge will not open before winter,'' said Rana Aziz, an engineer at the "
        + "port authority. ''We lost two months to the floods.''"));
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.speaker().text()).isEqualTo("Rana Aziz");
    assertThat(a.content().text()).startsWith("The bridge will not open").endsWith("to the floods.");
  }

  @Test
  void readsAQuotationSignedWithADashAndAName() {
    Attribution a = only(attributions("Readers wrote to us about the floods.\n\n"
        + "\u201CThe water came at night and took the school with it.\u201D \u2015 Rana Aziz, Basra\n\n"
        + "We will print more next week."));
    assertThat(a.kind()).isEqualTo(AttributionKind.DIRECT);
    assertThat(a.speaker().text()).isEqualTo("Rana Aziz");
    assertThat(a.cue().text()).isEqualTo("\u2015");
    assertThat(a.content().text()).isEqualTo("The water came at night and took the school with it.");
  }

  @Test
  void writesARelativePronounSpeakerAsWrittenAndResolvesItToWhomItStandsFor() {
    Attribution a = only(attributions("The road was cut by Layla Haddad, who said that the army had mined the bridge."));
    assertThat(a.speaker().text()).isEqualTo("who");
    assertThat(a.speaker().actor()).isEqualTo("person.layla-haddad");
    assertThat(a.content().text()).isEqualTo("the army had mined the bridge");
  }

  @Test
  void writesTheSpeakerWithTheAppositiveThatGivesItsRoleAndStillResolvesTheName() {
    Attribution a = only(attributions("Omar Talib, the mayor of the town, said that the army had mined the bridge."));
    assertThat(a.speaker().text()).isEqualTo("Omar Talib, the mayor of the town");
    assertThat(a.speaker().actor()).isEqualTo("person.omar-talib");
    Attribution after = only(attributions("The army had mined the bridge, said Omar Talib, the mayor of the town."));
    assertThat(after.speaker().text()).isEqualTo("Omar Talib, the mayor of the town");
    assertThat(after.content().text()).isEqualTo("The army had mined the bridge");
  }

  @Test
  void findsTheSpeakerBeforeARelativeClauseOrAParenthesis() {
    assertThat(only(attributions("Farmers who stayed behind say the wells were poisoned in June.")).speaker().text())
        .isEqualTo("Farmers");
    Attribution a = only(attributions("A European diplomat in Nairobi, who asked not to be named, said the second "
        + "round of talks had been delayed twice."));
    assertThat(a.speaker().text()).startsWith("A European diplomat");
    assertThat(a.content().text()).isEqualTo("the second round of talks had been delayed twice");
  }

  @Test
  void takesTheWholeSentenceWhenTheCueStandsInItsMiddle() {
    Attribution a = only(attributions("The brigades that now hold the hills, Omar Talib said, are fighting "
        + "for their own villages."));
    assertThat(a.speaker().actor()).isEqualTo("person.omar-talib");
    assertThat(a.content().text()).startsWith("The brigades").endsWith("their own villages");
  }

  @Test
  void keepsAnAppositionWithTheSourceOfAccordingTo() {
    Attribution a = only(attributions("According to a statement from the Lakeside Relief Forum, a network of "
        + "local charities, the camps received 9,000 people in a week."));
    assertThat(a.content().text()).isEqualTo("the camps received 9,000 people in a week");
  }

  @Test
  void attributesNothingToSaysInItsNonSpeechSenses() {
    assertThat(attributions("The map says little about who holds the hills. "
        + "That says a lot about the state of the talks.")).isEmpty();
  }

  @Test
  void attributesNothingToScareQuotesOrTitles() {
    assertThat(attributions("The so-called \"buffer zone\" has grown. A report titled \"Cities Under Siege\" "
        + "appeared in May, and Operation \"Dawn Shield\" began soon after. Officials call it \"stabilisation\".")).isEmpty();
  }

  @Test
  void attributesNothingToTheAuthorsQuestionsOrHeadlines() {
    assertThat(attributions("Can the ceasefire hold?\n\nMinister Says Talks Will Resume\n\n"
        + "Will anyone say that the blockade has worked? The blockade has not worked.")).isEmpty();
  }

  @Test
  void attributesNothingToSpeechThatDidNotHappen() {
    assertThat(attributions("Omar Talib did not say that the army would withdraw. "
        + "Critics might argue that the deal is weak.")).isEmpty();
  }

  @Test
  void attributesNothingToAVerbWhoseObjectIsNoClause() {
    assertThat(attributions("The government rejected the findings and described the raid as a success. "
        + "The rebels claim to defend the villages.")).isEmpty();
  }

  @Test
  void attributesNothingToSpeechReportedInsideAQuotation() {
    List<Attribution> found = attributions("\"They told us the army was coming, and then the army left,\" "
        + "said Amina Yusuf, who runs a shop in the market.");
    assertThat(only(found).speaker().text()).isEqualTo("Amina Yusuf");
  }
}
