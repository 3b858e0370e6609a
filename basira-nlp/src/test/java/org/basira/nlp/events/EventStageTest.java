package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Event;
import org.basira.model.EventStatus;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The event stage over the real CoreNLP models, on short texts the team wrote. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStageTest {

  private Pipeline pipeline;

  @BeforeAll
  void loadModels() {
    CoreNlpLogging.quiet();
    pipeline = Pipeline.standard();
  }

  private List<Event> events(String text) {
    Analysis analysis = pipeline.analyze(Article.of(text, null, "t.txt", null, PartialDate.parse("2021-10"), "en"));
    List<String> ids = analysis.actors().stream().map(Actor::id).toList();
    for (Event e : analysis.events()) {
      assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
      assertThat(ids).containsAll(e.source()).containsAll(e.target());
      assertThat(e.sentence()).isBetween(0, analysis.sentences().size() - 1);
    }
    return analysis.events();
  }

  private static Event only(List<Event> events) {
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void anActiveVerbGivesSourceTargetDateAndPlace() {
    Event e = only(events("Israel attacked Hezbollah positions in Lebanon on 14 March 2023."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.source()).containsExactly("il");
    assertThat(e.target()).containsExactly("grp.hezbollah");
    assertThat(e.date().value()).hasToString("2023-03-14");
    assertThat(e.date().text()).isEqualTo("14 March 2023");
    assertThat(e.place().text()).isEqualTo("Lebanon");
    assertThat(e.trigger().text()).isEqualTo("attacked");
    assertThat(e.status()).isEqualTo(EventStatus.REPORTED);
  }

  @Test
  void thePassiveAgentActs() {
    Event e = only(events("The convoy was attacked by Hezbollah."));
    assertThat(e.source()).containsExactly("grp.hezbollah");
  }

  @Test
  void aNominalEventTakesItsActorFromTheDemonymAndItsTargetFromTheOfPhrase() {
    Event e = only(events("The Israeli assassination of a Hamas commander in Beirut drew condemnation."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.source()).containsExactly("il");
    assertThat(e.target()).containsExactly("grp.hamas");
    assertThat(e.place().text()).isEqualTo("Beirut");
  }

  @Test
  void aVerbWithItsObjectNounMakesOneEventDirectedAtTheObjectsActor() {
    Event e = only(events("Iran has demanded the departure of American forces from Syria."));
    assertThat(e.category()).isEqualTo(PloverCategory.REQUEST);
    assertThat(e.trigger().text()).isEqualTo("demanded the departure");
    assertThat(e.source()).containsExactly("ir");
    assertThat(e.target()).containsExactly("us.forces");
  }

  @Test
  void negatedHypotheticalAndFutureEventsAreMarked() {
    assertThat(only(events("Russian troops did not attack the border posts.")).status())
        .isEqualTo(EventStatus.NEGATED);
    assertThat(only(events("If Turkey withdraws from the talks, the mediation will collapse.")).status())
        .isEqualTo(EventStatus.HYPOTHETICAL);
    Event planned = only(events("The United States will withdraw its forces from Syria by 31 December."));
    assertThat(planned.status()).isEqualTo(EventStatus.FUTURE);
    assertThat(planned.date().value()).hasToString("2021-12-31");
    assertThat(planned.place().text()).isEqualTo("Syria");
  }

  @Test
  void aRelativeDateIsResolvedAgainstPublication() {
    Event e = only(events("Hezbollah fired rockets at Israel last August."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.target()).containsExactly("il");
    assertThat(e.date().value()).hasToString("2021-08");
    assertThat(e.date().text()).isEqualTo("last August");
    assertThat(e.place().text()).as("a target is not a place").isNull();
  }

  @Test
  void aNumberInANameOrFarFromTheArticlesYearIsNoDate() {
    for (String text : List.of("The rebels of Operation 1027 attacked army posts in Shan State.",
        "Rebels attacked the army after Resolution 1973 passed.",
        "Hezbollah fired 1500 rockets at Israel.")) {
      assertThat(events(text)).as(text).isNotEmpty().allSatisfy(e -> assertThat(e.date().value()).as(text).isNull());
    }
  }

  @Test
  void aYearIsADateWhenTheTextMakesItOne() {
    assertThat(only(events("In 2014 ISIS seized Mosul.")).date().value()).hasToString("2014");
    assertThat(only(events("The 2003 invasion of Iraq toppled the regime.")).date().value()).hasToString("2003");
  }

  @Test
  void aYearThatDescribesAnotherNounDoesNotDateTheEvent() {
    Event war = events("Russia fought a war with the habits of 1988 against Ukraine.").stream()
        .filter(e -> e.category() == PloverCategory.ASSAULT).findFirst().orElseThrow();
    assertThat(war.date().value()).isNull();
  }

  @Test
  void aSentenceCanHoldSeveralEvents() {
    List<Event> events = events("Israel struck Hezbollah positions and Iran condemned the strikes.");
    assertThat(events).extracting(Event::category).containsExactly(PloverCategory.ASSAULT, PloverCategory.ACCUSE);
    assertThat(events.get(0).source()).containsExactly("il");
    assertThat(events.get(1).source()).containsExactly("ir");
  }

  @Test
  void anEventRestatedLaterIsOneEvent() {
    List<Event> events = events("Hamas attacked Israel on 7 October 2023. Months later, officials still argued "
        + "about why Hamas attacked Israel.");
    assertThat(only(events).sentence()).isZero();
  }

  @Test
  void aParticipleThatTellsTheOutcomeBelongsToTheEvent() {
    Event e = only(events("Hezbollah fighters ambushed an Israeli patrol, killing three soldiers."));
    assertThat(e.trigger().text()).isEqualTo("ambushed");
    assertThat(e.source()).containsExactly("grp.hezbollah");
  }

  @Test
  void aSpeakerWhoStatesWhatTheirSideWillDoAgrees() {
    List<Event> events = events("\"We will continue to train the Lebanese army,\" Lloyd Austin said.");
    assertThat(events).filteredOn(e -> e.status() == EventStatus.REPORTED).singleElement()
        .satisfies(e -> {
          assertThat(e.category()).isEqualTo(PloverCategory.AGREE);
          assertThat(e.source()).containsExactly("us.lloyd-austin");
          assertThat(e.trigger().text()).isEqualTo("said");
        });
    assertThat(events).filteredOn(e -> e.status() == EventStatus.FUTURE).extracting(Event::category)
        .containsExactly(PloverCategory.COOPERATE);
  }

  @Test
  void aPassiveParticipleActsOnTheNounItDescribes() {
    List<Event> events = events("Police arrested two Hezbollah members accused of smuggling weapons.");
    assertThat(events).extracting(Event::category).containsExactly(PloverCategory.COERCE, PloverCategory.ACCUSE);
    assertThat(events).allSatisfy(e -> assertThat(e.target()).containsExactly("grp.hezbollah"));
  }

  @Test
  void aKindOfEventWithNoOneNoPlaceAndNoTimeIsNoEvidence() {
    assertThat(events("War is a costly business, and attacks rarely settle anything.")).isEmpty();
  }

  @Test
  void wordsInsideAnActorsNameAreNoEvent() {
    assertThat(events("The Popular Mobilization Forces held a parade.")).extracting(Event::trigger)
        .noneMatch(t -> t.text().contains("Mobilization"));
  }

  @Test
  void coordinatedVerbsOfOneCategoryAreOneEvent() {
    List<Event> events = events("Turkey kept troops in Syria to protect its convoys and assist the Syrian opposition.");
    assertThat(events).filteredOn(e -> e.category() == PloverCategory.AID).singleElement()
        .satisfies(e -> assertThat(e.trigger().text()).isEqualTo("protect"));
  }

  @Test
  void anEventDoneWithoutIsNegatedAndAnAbilityIsHypothetical() {
    assertThat(only(events("The army left Mosul without a fight with ISIS.")).status())
        .isEqualTo(EventStatus.NEGATED);
    assertThat(only(events("Hezbollah is capable of carrying out attacks on Israel.")).status())
        .isEqualTo(EventStatus.HYPOTHETICAL);
  }

  @Test
  void whoTakesPartInAWarFightsItWhereItsAdjectiveSays() {
    Event e = only(events("Russia justified its participation in the Syrian war."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.source()).containsExactly("ru");
    assertThat(e.place().text()).isEqualTo("Syrian");
  }

  @Test
  void aGerundAfterAPrepositionStillTakesItsObject() {
    Event e = only(events("Iran succeeded in creating several militias in Iraq."));
    assertThat(e.category()).isEqualTo(PloverCategory.MOBILIZE);
    assertThat(e.source()).containsExactly("ir");
    assertThat(e.target()).hasSize(1);
  }

  @Test
  void whoLeadsOthersToActActsWithThem() {
    Event e = only(events("Saudi Arabia led a coalition of Gulf states to attack the Houthis in 2015."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.source()).contains("sa");
    assertThat(e.target()).containsExactly("grp.houthis");
  }

  @Test
  void aLeaderWhoSaysWhatTheirStateWillDoPledgesIt() {
    List<Event> events = events("\"Washington will not abandon its partners in the region,\" Joe Biden said.");
    assertThat(events).filteredOn(e -> e.status() == EventStatus.REPORTED).singleElement()
        .satisfies(e -> {
          assertThat(e.category()).isEqualTo(PloverCategory.AGREE);
          assertThat(e.source()).containsExactly("us.joe-biden");
          assertThat(e.trigger().text()).isEqualTo("said");
        });
  }

  @Test
  void anAttackThatKillsIsOneEventByWhoeverAttacked() {
    Event e = only(events("A raid by Turkish forces killed three PKK fighters near Duhok."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.trigger().text()).isEqualTo("killed");
    assertThat(e.source()).containsExactly("tr.forces");
    assertThat(e.target()).containsExactly("grp.pkk");
  }

  @Test
  void aPhraseTheParserHangsOnATimeStillNamesTheTarget() {
    Event e = only(events("Officials of the United Kingdom renewed their guarantees in recent days to the leaders of Somaliland."));
    assertThat(e.category()).isEqualTo(PloverCategory.AGREE);
    assertThat(e.source()).containsExactly("gb");
    assertThat(e.target()).containsExactly("place.somaliland");
  }

  @Test
  void aPrepositionOfSeveralWordsReadsAsTheOneItMeans() {
    Event collapse = only(events("The Kenyan army collapsed in front of al-Shabaab in 2019."));
    assertThat(collapse.category()).isEqualTo(PloverCategory.RETREAT);
    assertThat(collapse.source()).containsExactly("ke.forces");
    assertThat(collapse.target()).containsExactly("grp.al-shabaab");
    Event killing = only(events("The soldiers were killed at the hands of al-Shabaab fighters."));
    assertThat(killing.source()).containsExactly("grp.al-shabaab");
  }

  @Test
  void whoGoesThroughAWarAgainstSomeoneFightsIt() {
    Event e = only(events("The Somali army, which gained a great deal of experience during the war on al-Shabaab, now holds the coast."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.source()).containsExactly("so.forces");
    assertThat(e.target()).containsExactly("grp.al-shabaab");
    assertThat(events("Civilians suffered during the war.")).isEmpty();
  }

  @Test
  void aPossessiveAfterAVerbThatActsForItsObjectIsTheObjects() {
    List<Event> events = events("Turkey backed the Libyan government in its war against Haftar.");
    assertThat(events).filteredOn(e -> e.category() == PloverCategory.ASSAULT).singleElement()
        .satisfies(war -> assertThat(war.source()).containsExactly("ly"));
    assertThat(events).filteredOn(e -> e.category() == PloverCategory.SUPPORT).singleElement()
        .satisfies(backing -> assertThat(backing.source()).containsExactly("tr"));
  }

  @Test
  void anAdjectiveReadAsAVerbIsNoEvent() {
    assertThat(events("Kenya has armed and security forces in every county.")).isEmpty();
  }

  @Test
  void aVisitAndTheMeetingItBringsAreOneEncounter() {
    Event e = only(events("Foreign Minister Ali Karti visited Ankara, and after his meeting with Erdogan he flew home."));
    assertThat(e.category()).isEqualTo(PloverCategory.CONSULT);
    assertThat(e.source()).containsExactly("person.ali-karti");
    assertThat(e.target()).contains("person.erdogan");
  }

  @Test
  void anEventToldAgainWithItsDateIsOneEvent() {
    Event e = only(events("Ethiopia withdrew from Somalia in 2016. Analysts said that Ethiopia withdrew from Somalia in 2016 because of costs."));
    assertThat(e.sentence()).isZero();
    assertThat(only(events("Ethiopia withdrew from Somalia in 2016. It withdrew from Somalia again in 2023.")
        .stream().filter(w -> w.sentence() == 1).toList()).date().value()).hasToString("2023");
  }

  @Test
  void aParticipleOnAnEventNounTellsWhatThatEventWas() {
    List<Event> events = events("Thousands joined protests condemning the Russian invasion in Tbilisi.");
    assertThat(events).extracting(Event::category).doesNotContain(PloverCategory.ACCUSE);
    assertThat(events).filteredOn(e -> e.category() == PloverCategory.PROTEST).singleElement()
        .satisfies(protest -> assertThat(protest.target()).containsExactly("ru"));
  }

  @Test
  void aNounThatModifiesAnotherIsNoEvent() {
    assertThat(events("The Malian army is on a combat mission near Gao.")).isEmpty();
  }

  @Test
  void whoWithdrawsFromAnOrganisationRetreatsFromIt() {
    Event e = only(events("Burkina Faso withdrew from ECOWAS in January."));
    assertThat(e.category()).isEqualTo(PloverCategory.RETREAT);
    assertThat(e.source()).containsExactly("bf");
    assertThat(e.target()).containsExactly("int.ecowas");
    assertThat(e.date().value()).hasToString("2021-01");
  }

  @Test
  void aSideTheTextDescribesWithoutNamingItTakesPartAsItIsWritten() {
    Event e = only(events("Iraqi forces opened fire on protesters in Basra on Friday."));
    assertThat(e.category()).isEqualTo(PloverCategory.ASSAULT);
    assertThat(e.target()).containsExactly("participant.protesters");
    assertThat(events("The team gained a great deal of experience."))
        .as("described participants alone make no evidence").isEmpty();
  }

  @Test
  void aVerbThatSaysWhatItsSubjectWillDoActsOnWhomItsComplementActsOn() {
    Event e = only(events("Syria refused to send troops to Lebanon."));
    assertThat(e.category()).isEqualTo(PloverCategory.REJECT);
    assertThat(e.source()).containsExactly("sy");
    assertThat(e.target()).containsExactly("lb");
  }

  @Test
  void anEventThatIsWhatAnotherIsAboutIsNoSecondReportUnlessItNamesWhoActed() {
    assertThat(events("Turkey condemned the bombing.")).extracting(Event::category)
        .containsExactly(PloverCategory.ACCUSE);
    List<Event> both = events("Turkey condemned Israel's strike on Gaza.");
    assertThat(both).extracting(Event::category).containsExactly(PloverCategory.ACCUSE, PloverCategory.ASSAULT);
    assertThat(both.get(1).source()).containsExactly("il");
  }

  @Test
  void aCooperativeActThatFailedOrWasDeniedIsReportedAsARefusal() {
    Event failed = only(events("Iran and Iraq failed to reach an agreement on the border in March 2023."));
    assertThat(failed.category()).isEqualTo(PloverCategory.REJECT);
    assertThat(failed.status()).isEqualTo(EventStatus.REPORTED);
    Event denied = only(events("Russia did not withdraw its troops from the border."));
    assertThat(denied.category()).isEqualTo(PloverCategory.REJECT);
    assertThat(denied.status()).isEqualTo(EventStatus.REPORTED);
  }

  @Test
  void endingAConflictualActIsAConcessionByWhoeverEndsIt() {
    Event lifted = only(events("Turkey lifted its boycott of Iraqi goods in May 2023."));
    assertThat(lifted.category()).isEqualTo(PloverCategory.CONCEDE);
    assertThat(lifted.source()).containsExactly("tr");
    assertThat(events("Turkey began a boycott of Iraqi goods in May 2023.")).extracting(Event::category)
        .containsExactly(PloverCategory.PROTEST);
  }
}
