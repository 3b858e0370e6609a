package org.basira.nlp.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.basira.geo.PlaceGazetteer;
import org.basira.geo.PlaceResolver;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Location;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Speaker;
import org.basira.model.TextSpan;
import org.basira.nlp.AnnotatedArticle;
import org.junit.jupiter.api.Test;

/** The stage on hand-built articles (text and actors), with a small gazetteer typed by the team. */
class PlaceStageTest {

  private final AtomicInteger reads = new AtomicInteger();
  private final PlaceStage stage = new PlaceStage(() -> {
    reads.incrementAndGet();
    return new PlaceResolver(gazetteer());
  });

  private static PlaceGazetteer gazetteer() {
    String towns = String.join("\n",
        row(1, "Tripoli", 32.89, 13.19, "PPLC", "LY", "09", 1_100_000),
        row(2, "Tripoli", 34.43, 35.84, "PPLA", "LB", "03", 230_000),
        row(3, "Beirut", 33.89, 35.50, "PPLC", "LB", "04", 1_900_000),
        row(4, "Sidon", 33.56, 35.37, "PPLA", "LB", "06", 160_000),
        row(5, "Djibo", 14.10, -1.63, "PPLA2", "BF", "12", 61_000),
        row(6, "Ouagadougou", 12.37, -1.53, "PPLC", "BF", "03", 1_100_000),
        row(7, "Dori", 14.04, -0.03, "PPLA", "BF", "12", 46_000),
        row(8, "Baghdad", 33.34, 44.40, "PPLC", "IQ", "07", 7_000_000));
    String regions = "[{\"code\": \"BF.12\", \"name\": \"Sahel\"}, {\"code\": \"LB.03\", \"name\": \"North\"},"
        + " {\"code\": \"IQ.07\", \"name\": \"Baghdad\"}]";
    try {
      return PlaceGazetteer.read(new StringReader(towns), new StringReader(regions));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(long id, String name, double lat, double lon, String feature, String country,
      String admin1, long population) {
    return String.join("\t", Long.toString(id), name, name, "", Double.toString(lat), Double.toString(lon), "P",
        feature, country, "", admin1, "", "", "", Long.toString(population), "", "0", "UTC", "2024-01-01");
  }

  private static AnnotatedArticle article(String text) {
    return new AnnotatedArticle(Article.of(text, null, "t.txt", null, PartialDate.parse("2024-05"), "en"));
  }

  private static Actor actor(String text, String id, ActorType type, String... names) {
    List<Mention> mentions = new ArrayList<>();
    for (String name : names) {
      int at = text.indexOf(name);
      mentions.add(new Mention(at, at + name.length(), name));
    }
    return new Actor(id, names[0], type, null, mentions);
  }

  private static Event eventAt(String place, String actor) {
    return new Event(PloverCategory.ASSAULT, List.of(), List.of(), EventDate.UNKNOWN, new EventPlace(actor, place),
        new TextSpan("clashed", 0, 7), 0, EventStatus.REPORTED);
  }

  @Test
  void theArticlesPlacesChooseAmongTownsOfOneName() {
    String text = "Gunmen clashed with the army in Tripoli on Sunday, a source in Beirut said. Families fled Sidon.";
    AnnotatedArticle article = article(text);
    article.actors().add(actor(text, "place.tripoli", ActorType.PLACE, "Tripoli"));
    article.actors().add(actor(text, "place.beirut", ActorType.PLACE, "Beirut"));
    article.actors().add(actor(text, "place.sidon", ActorType.PLACE, "Sidon"));
    article.events().add(eventAt("Tripoli", "place.tripoli"));

    stage.process(article);

    assertThat(article.actors().get(0).location().country()).as("Lebanon's, not Libya's capital").isEqualTo("LB");
    assertThat(article.events().get(0).place().location().geonamesId()).isEqualTo(2L);
  }

  @Test
  void aTownTakenForAPersonIsAPlaceWhereTheArticleUsesItAsOne() {
    String text = "Militants fired on a convoy heading to Djibo, officials in Ouagadougou said. "
        + "According to Dori, the road is closed.";
    AnnotatedArticle article = article(text);
    article.actors().add(actor(text, "person.djibo", ActorType.PERSON, "Djibo"));
    article.actors().add(actor(text, "place.ouagadougou", ActorType.PLACE, "Ouagadougou"));
    article.actors().add(actor(text, "person.dori", ActorType.PERSON, "Dori"));

    stage.process(article);

    assertThat(article.actors().get(0)).satisfies(djibo -> {
      assertThat(djibo.type()).isEqualTo(ActorType.PLACE);
      assertThat(djibo.id()).as("events may name it").isEqualTo("person.djibo");
      assertThat(djibo.location().geonamesId()).isEqualTo(5L);
      assertThat(djibo.location().region()).isEqualTo("Sahel");
    });
    assertThat(article.actors().get(2).type()).as("a source is a person").isEqualTo(ActorType.PERSON);
    assertThat(article.actors().get(2).location()).isNull();
  }

  @Test
  void whoSpeaksIsNoPlace() {
    String text = "Families fled to Dori, officials in Ouagadougou said. Dori said the road was closed.";
    AnnotatedArticle article = article(text);
    article.actors().add(actor(text, "person.dori", ActorType.PERSON, "Dori"));
    article.actors().add(actor(text, "place.ouagadougou", ActorType.PLACE, "Ouagadougou"));
    int at = text.lastIndexOf("Dori");
    article.attributions().add(new Attribution(new Speaker("person.dori", "Dori", at, at + 4),
        new TextSpan("said", at + 5, at + 9), new TextSpan("the road was closed", at + 10, at + 29),
        AttributionKind.INDIRECT, 1));

    stage.process(article);

    assertThat(article.actors().get(0).type()).isEqualTo(ActorType.PERSON);
  }

  @Test
  void aStateIsLocatedAsACountryOrNotAtAll() {
    String text = "Baghdad rejected the demand, the Iraqi government said in Baghdad.";
    AnnotatedArticle article = article(text);
    article.actors().add(new Actor("iq.government", "Iraqi government", ActorType.STATE, null,
        List.of(new Mention(0, 7, "Baghdad"))));
    article.actors().add(actor(text, "iq", ActorType.STATE, "Iraq"));

    stage.process(article);

    assertThat(article.actors().get(0).location()).as("not in the town of Baghdad").isNull();
    assertThat(article.actors().get(1).location().precision()).isEqualTo(Location.Precision.COUNTRY);
  }

  @Test
  void anArticleWithoutPlacesNeverReadsTheGazetteer() {
    String text = "The committee met on Monday.";
    AnnotatedArticle article = article(text);
    article.actors().add(actor(text, "org.committee", ActorType.ORGANIZATION, "committee"));

    stage.process(article);

    assertThat(reads).hasValue(0);
  }

  @Test
  void theGazetteerIsReadOnceForEveryArticle() {
    for (int i = 0; i < 3; i++) {
      String text = "Shelling hit Beirut.";
      AnnotatedArticle article = article(text);
      article.actors().add(actor(text, "place.beirut", ActorType.PLACE, "Beirut"));
      stage.process(article);
      assertThat(article.actors().get(0).location().name()).isEqualTo("Beirut");
    }
    assertThat(reads).hasValue(1);
  }

  @Test
  void aRegionWordAfterAPlacesNameMakesItTheRegion() {
    String text = "A curfew was declared in Baghdad province, officials in Baghdad said.";
    AnnotatedArticle article = article(text);
    int province = text.indexOf("Baghdad");
    article.actors().add(new Actor("place.baghdad-province", "Baghdad", ActorType.PLACE, null,
        List.of(new Mention(province, province + 7, "Baghdad"))));
    int town = text.lastIndexOf("Baghdad");
    article.actors().add(new Actor("place.baghdad", "Baghdad", ActorType.PLACE, null,
        List.of(new Mention(town, town + 7, "Baghdad"))));

    stage.process(article);

    assertThat(article.actors().get(0).location().precision()).isEqualTo(Location.Precision.REGION);
    assertThat(article.actors().get(1).location().precision()).isEqualTo(Location.Precision.TOWN);
  }
}
