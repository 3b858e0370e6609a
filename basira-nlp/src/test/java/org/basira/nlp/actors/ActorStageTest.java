package org.basira.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.names.NameMatcher;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The actor stage over the real CoreNLP models, on short texts the team wrote. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorStageTest {

  private Pipeline pipeline;

  @BeforeAll
  void loadModels() {
    CoreNlpLogging.quiet();
    Gazetteer gazetteer = Gazetteer.builtIn(new NameMatcher()).with(List.of(
        GazetteerEntry.of("case.zubaidi", "Karim al-Zubaidi", ActorType.PERSON, "Zubaidi")));
    pipeline = Pipeline.standard(gazetteer);
  }

  private Analysis analyze(String text) {
    Analysis analysis = pipeline.analyze(Article.of(text, null, "t.txt", null, PartialDate.parse("2021-10"), "en"));
    for (Actor actor : analysis.actors()) {
      for (Mention mention : actor.mentions()) {
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      }
    }
    return analysis;
  }

  private static Optional<Actor> actorWith(Analysis analysis, String mention) {
    return analysis.actors().stream()
        .filter(a -> a.mentions().stream().anyMatch(m -> m.text().equals(mention)))
        .findFirst();
  }

  private static Actor actor(Analysis analysis, String mention) {
    return actorWith(analysis, mention).orElseThrow(() -> new AssertionError(
        "no actor with the mention '" + mention + "' among " + analysis.actors()));
  }

  private static List<String> mentions(Actor actor) {
    return actor.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void aSurnameLaterInTheArticleJoinsTheFullName() {
    Analysis analysis = analyze("Hamid Fartousi, a lecturer at Basra University, expects more strikes. "
        + "Fartousi says the ministry has no plan. Later, Fartusi added that the talks had failed.");

    Actor fartousi = actor(analysis, "Hamid Fartousi");
    assertThat(mentions(fartousi)).containsExactly("Hamid Fartousi", "Fartousi", "Fartusi");
    assertThat(fartousi.type()).isEqualTo(ActorType.PERSON);
    assertThat(fartousi.description()).isEqualTo("a lecturer at Basra University");
    assertThat(fartousi.id()).isEqualTo("person.hamid-fartousi");
  }

  @Test
  void twoPeopleWhoShareASurnameAreNeverJoined() {
    Analysis analysis = analyze("Ali Hamdani, a tribal leader, met Hassan Hamdani, a police officer, in Kut. "
        + "Ali Hamdani later said the meeting went well.");

    Actor ali = actor(analysis, "Ali Hamdani");
    Actor hassan = actor(analysis, "Hassan Hamdani");
    assertThat(ali.id()).isNotEqualTo(hassan.id());
    assertThat(mentions(ali)).containsExactly("Ali Hamdani", "Ali Hamdani");
  }

  @Test
  void aKnownPersonIsRecognisedInAnotherTransliteration() {
    Analysis analysis = analyze("Iraqi Prime Minister Mustafa Al-Kazemi visited Washington. "
        + "Al-Kadhimi told reporters that Kadhimi's government would hold elections.");

    Actor kadhimi = actor(analysis, "Mustafa Al-Kazemi");
    assertThat(kadhimi.id()).isEqualTo("iq.mustafa-al-kadhimi");
    assertThat(kadhimi.name()).isEqualTo("Mustafa al-Kadhimi");
    assertThat(mentions(kadhimi)).contains("Al-Kadhimi", "Kadhimi");
    assertThat(kadhimi.description()).isEqualTo("Iraqi Prime Minister");
  }

  @Test
  void actorsFromACasebookOrActorFileAreRecognised() {
    Analysis analysis = analyze("Karim Zubaydi, the commander of the brigade, refused. Zubaidi had warned of this.");

    assertThat(actor(analysis, "Karim Zubaydi").id()).isEqualTo("case.zubaidi");
    assertThat(actor(analysis, "Zubaidi").id()).isEqualTo("case.zubaidi");
  }

  @Test
  void aCapitalStandsForItsGovernmentExceptAfterAPlacePreposition() {
    Analysis analysis = analyze("Washington warned Tehran on Monday. Two rockets later landed in Baghdad, "
        + "and Baghdad condemned the attack.");

    assertThat(actor(analysis, "Washington").id()).isEqualTo("us");
    assertThat(actor(analysis, "Tehran").id()).isEqualTo("ir");
    assertThat(analysis.actors().stream().filter(a -> a.type() == ActorType.PLACE).flatMap(a -> mentions(a).stream()))
        .containsExactly("Baghdad");
    assertThat(analysis.actors().stream().filter(a -> a.id().equals("iq.government")).flatMap(a -> mentions(a).stream()))
        .containsExactly("Baghdad");
  }

  @Test
  void aProvinceIsAPlaceWhateverTheTaggerThinks() {
    Analysis analysis = analyze("Fighting spread from Salah al-Din to Diyala, where Kirkuk police were sent.");

    assertThat(actor(analysis, "Salah al-Din").type()).isEqualTo(ActorType.PLACE);
    assertThat(actor(analysis, "Diyala").type()).isEqualTo(ActorType.PLACE);
  }

  @Test
  void anOutletToldSomethingIsMediaNotAPerson() {
    Analysis analysis = analyze("Nabil Qubati, a former diplomat, told Sahifa that the truce was fragile.");

    assertThat(actor(analysis, "Sahifa").type()).isEqualTo(ActorType.MEDIA);
    assertThat(actor(analysis, "Nabil Qubati").type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void forcesAndGovernmentsDescribedByNationalityBelongToTheirState() {
    Analysis analysis = analyze("Iraqi security forces and US forces raided the village. The United States said "
        + "the Iraqi government had asked for help, and the army later withdrew. The Biden administration agreed.");

    assertThat(actor(analysis, "Iraqi security forces").id()).isEqualTo("iq.isf");
    assertThat(actor(analysis, "the army").id()).as("the article's main state").isEqualTo("iq.isf");
    assertThat(actor(analysis, "US forces").id()).isEqualTo("us.forces");
    assertThat(actor(analysis, "United States").id()).isEqualTo("us");
    assertThat(actor(analysis, "Iraqi government").id()).isEqualTo("iq.government");
    assertThat(actor(analysis, "Biden administration").id()).isEqualTo("us");
  }

  @Test
  void describedMilitiasAreOneActorUnlessTheirSectOrSponsorDiffers() {
    Analysis analysis = analyze("Iranian-backed militias fired rockets at the base. Shiite militias loyal to Tehran "
        + "denied it, but these militias have done so before. Sunni tribal militias stayed out of the fight.");

    Actor iranAligned = actor(analysis, "Iranian-backed militias");
    assertThat(mentions(iranAligned)).contains("Shiite militias loyal to Tehran", "militias");
    assertThat(iranAligned.type()).isEqualTo(ActorType.ARMED_GROUP);
    assertThat(actor(analysis, "Sunni tribal militias").id()).isNotEqualTo(iranAligned.id());
  }

  @Test
  void membersOfANamedGroupStandForTheGroupAndTheOrganizationRefersBackToIt() {
    Analysis analysis = analyze("ISIS fighters attacked a checkpoint near Kirkuk. "
        + "The organization has kept up such attacks since 2017.");

    assertThat(actor(analysis, "ISIS fighters").id()).isEqualTo("grp.isis");
    assertThat(actor(analysis, "The organization").id()).isEqualTo("grp.isis");
  }

  @Test
  void peopleAndStatesNamedByDemonymAreTheirOwnActors() {
    Analysis analysis = analyze("Many Iraqis fear that the Iraqi state cannot protect the Iraqi people.");

    assertThat(actor(analysis, "Iraqis").id()).isEqualTo("iq.people");
    assertThat(actor(analysis, "Iraqi people").id()).isEqualTo("iq.people");
    assertThat(actor(analysis, "Iraqi state").id()).isEqualTo("iq");
  }

  @Test
  void textWithoutActorsHasNone() {
    assertThat(analyze("It rained all week, and the roads were closed.").actors()).isEmpty();
  }
}
