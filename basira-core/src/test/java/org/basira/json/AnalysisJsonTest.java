package org.basira.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.List;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.ScenarioRef;
import org.basira.model.Sentence;
import org.basira.model.Speaker;
import org.basira.model.Stance;
import org.basira.model.TextSpan;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

  private static final String TEXT =
      "Rana Saleh, an analyst in Basra, says the brigade withdrew from Fallujah in 2016.";

  private final AnalysisJson json = new AnalysisJson();
  private final ObjectMapper mapper = new ObjectMapper();

  /** An analysis with every layer filled, as later stages will produce. */
  static Analysis full() {
    Article article = Article.of(TEXT, "A title", "wire.txt", "https://example.org/a", PartialDate.parse("2021-10"), "en");
    Actor rana = new Actor("p.rana-saleh", "Rana Saleh", ActorType.PERSON, "an analyst in Basra",
        List.of(new Mention(0, 10, "Rana Saleh")));
    Actor fallujah = new Actor("iq.fallujah", "Fallujah", ActorType.PLACE, null,
        List.of(new Mention(64, 72, "Fallujah")));
    Attribution said = new Attribution(new Speaker("p.rana-saleh", "Rana Saleh", 0, 10),
        TextSpan.of(TEXT, 33, 37), TextSpan.of(TEXT, 38, 80), AttributionKind.INDIRECT, 0);
    Event withdrew = new Event(PloverCategory.RETREAT, List.of("x.brigade"), List.of(),
        new EventDate(PartialDate.parse("2016"), "in 2016"), new EventPlace("iq.fallujah", "Fallujah"),
        TextSpan.of(TEXT, 50, 63), 0, EventStatus.REPORTED);
    ScenarioRef ref = new ScenarioRef("afghan", "withdrew", 50, 58, "p.rana-saleh", Stance.NEUTRAL, 0);
    return new Analysis(article, List.of(rana, fallujah), List.of(said), List.of(withdrew), List.of(ref),
        List.of(new Sentence(0, TEXT.length())));
  }

  @Test
  void writesTheContractFieldNamesAndLowerCaseValues() throws Exception {
    JsonNode node = mapper.readTree(json.toLine(full(), true));

    assertThat(node.fieldNames()).toIterable()
        .contains("article", "actors", "attributions", "events", "scenario_refs");
    assertThat(node.get("article").fieldNames()).toIterable()
        .containsExactly("id", "title", "source", "url", "published", "language", "text");
    assertThat(node.at("/article/published").asText()).isEqualTo("2021-10");
    assertThat(node.at("/actors/0/type").asText()).isEqualTo("PERSON");
    assertThat(node.at("/attributions/0/kind").asText()).isEqualTo("indirect");
    assertThat(node.at("/attributions/0/speaker").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("actor", "text", "start", "end");
    assertThat(node.at("/events/0/status").asText()).isEqualTo("reported");
    assertThat(node.at("/events/0/date/value").asText()).isEqualTo("2016");
    assertThat(node.at("/scenario_refs/0/stance").asText()).isEqualTo("neutral");
  }

  @Test
  void writesNullsExplicitlyAsTheContractShowsThem() throws Exception {
    Article bare = Article.of("Text.", null, null, null, null, "en");
    JsonNode node = mapper.readTree(json.toLine(Analysis.empty(bare), true));

    assertThat(node.at("/article").has("title")).isTrue();
    assertThat(node.at("/article/title").isNull()).isTrue();
    assertThat(node.at("/article/published").isNull()).isTrue();
  }

  @Test
  void roundTripsEveryLayerUnchanged() throws Exception {
    Analysis original = full();

    Analysis back = json.fromLine(json.toLine(original, true));

    assertThat(back).isEqualTo(original);
  }

  @Test
  void leavesTheTextOutWhenAsked() throws Exception {
    JsonNode node = mapper.readTree(json.toLine(full(), false));

    assertThat(node.get("article").has("text")).isFalse();
    assertThat(node.at("/article/id").asText()).isEqualTo(Article.idOf(TEXT));
  }

  @Test
  void keepsEachAnalysisOnOneLineWhateverTheText() {
    Article article = Article.of("Line one.\n\nLine \"two\"\r\nend", null, null, null, null, "en");

    assertThat(json.toLine(Analysis.empty(article), true)).doesNotContain("\n", "\r");
  }

  @Test
  void readsContractObjectsFromOtherProducersWithExtraAndMissingFields() throws Exception {
    String line = "{\"article\":{\"id\":\"" + Article.idOf("x") + "\",\"language\":\"en\",\"extra\":1},"
        + "\"actors\":[],\"scenario_refs\":[]}";

    Analysis analysis = json.fromLine(line);

    assertThat(analysis.events()).isEmpty();
    assertThat(analysis.article().title()).isNull();
  }

  @Test
  void aFullAnalysisIsValidAgainstTheProjectSchema() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(AnalysisJson.schema());

    assertThat(schema.validate(mapper.readTree(json.toLine(full(), true)))).isEmpty();
    assertThat(schema.validate(mapper.readTree(json.toLine(full(), false)))).isEmpty();
  }

  @Test
  void theSchemaRejectsWhatBreaksTheContract() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(AnalysisJson.schema());
    String line = json.toLine(full(), true)
        .replace("\"kind\":\"indirect\"", "\"kind\":\"reported\"")
        .replace("\"category\":\"RETREAT\"", "\"category\":\"WITHDRAW\"");

    assertThat(schema.validate(mapper.readTree(line))).hasSize(2);
  }
}
