package org.basira.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Event;
import org.basira.model.Location;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Sentence;
import org.basira.model.TextSpan;
import org.junit.jupiter.api.Test;

class GeoJsonEventsTest {

  private static final String TEXT = "Rockets hit Sidon. Talks resumed.";

  private static Analysis analysis(String text) {
    Article article = Article.of(TEXT, "Sidon", "s.txt", null, PartialDate.parse("2024-05"), "en");
    Location sidon = new Location(268064L, "Sidon", "LB", "South Governorate", 33.56, 35.37, Location.Precision.TOWN);
    Event hit = new Event(PloverCategory.ASSAULT, List.of("grp.x"), List.of(), new EventDate(PartialDate.parse("2024-05-02"), "Thursday"),
        new EventPlace("place.sidon", "Sidon", sidon), new TextSpan("hit", 8, 11), 0, EventStatus.REPORTED);
    Event talks = new Event(PloverCategory.CONSULT, List.of(), List.of(), EventDate.UNKNOWN, EventPlace.UNKNOWN,
        new TextSpan("Talks", 19, 24), 1, EventStatus.REPORTED);
    return new Analysis(text == null ? article.withoutText() : article,
        List.of(new Actor("grp.x", "Group X", ActorType.ARMED_GROUP, null, List.of())), List.of(), List.of(hit, talks),
        List.of(), List.of(new Sentence(0, 18), new Sentence(19, 33)));
  }

  @Test
  void eachLocatedEventIsAPointAtItsLongitudeAndLatitude() throws Exception {
    StringWriter out = new StringWriter();
    GeoJsonEvents map = new GeoJsonEvents(out);
    map.add(analysis(TEXT));
    map.close();

    JsonNode collection = new ObjectMapper().readTree(out.toString());
    assertThat(collection.get("features")).hasSize(1);
    JsonNode feature = collection.at("/features/0");
    assertThat(feature.at("/geometry/coordinates").toString()).isEqualTo("[35.37,33.56]");
    assertThat(feature.at("/properties/source").toString()).isEqualTo("[\"Group X\"]");
    assertThat(feature.at("/properties/date").asText()).isEqualTo("2024-05-02");
    assertThat(feature.at("/properties/sentence").asText()).isEqualTo("Rockets hit Sidon.");
    assertThat(feature.at("/properties/article_title").asText()).isEqualTo("Sidon");
    assertThat(map.written()).isEqualTo(1);
    assertThat(map.unplaced()).isEqualTo(1);
  }

  @Test
  void anAnalysisWithoutItsTextGivesNoSentenceAndAnEmptyArchiveAnEmptyCollection() throws Exception {
    StringWriter out = new StringWriter();
    GeoJsonEvents map = new GeoJsonEvents(out);
    map.add(analysis(null));
    map.close();
    assertThat(new ObjectMapper().readTree(out.toString()).at("/features/0/properties/sentence").isNull()).isTrue();

    StringWriter empty = new StringWriter();
    new GeoJsonEvents(empty).close();
    assertThat(new ObjectMapper().readTree(empty.toString()).get("features")).isEmpty();
  }
}
