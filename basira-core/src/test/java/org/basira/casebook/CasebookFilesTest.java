package org.basira.casebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.basira.model.PloverCategory;
import org.basira.model.Stance;
import org.junit.jupiter.api.Test;

class CasebookFilesTest {

  private static final Path SHIPPED = Path.of("../casebooks/iraq-2021.yaml");
  private static final Path SCHEMA = Path.of("../casebooks/casebook.schema.json");

  private static final String MINIMAL = """
      id: test-case
      title: A test case
      scenarios:
        - id: collapse
          name: Collapse
          terms: [Ruritanian]
        - id: truce
          name: Truce
          phrases: [lasting truce]
      indicators:
        - id: raids
          name: Raids per month
          scenario: collapse
          events: {categories: [ASSAULT], sources: [grp.x]}
          window: 2 months
          threshold: 3
      """;

  private final CasebookFiles files = new CasebookFiles();

  private Casebook parse(String yaml) {
    return files.parse(yaml.getBytes(StandardCharsets.UTF_8), "case.yaml");
  }

  @Test
  void the_shipped_casebook_reads_with_four_scenarios_and_at_least_six_indicators() {
    Casebook casebook = files.read(SHIPPED);

    assertThat(casebook.scenarioIds()).containsExactly("afghan", "iranian", "third-path", "russian");
    assertThat(casebook.indicators()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(casebook.indicators()).allSatisfy(i -> assertThat(casebook.scenario(i.scenario())).isPresent());
    assertThat(casebook.actors()).contains("iq.pmf", "grp.isis", "us.forces");
    assertThat(casebook.addedActors()).extracting(a -> a.id()).containsExactly("iq.joint-security-committee");
  }

  @Test
  void the_shipped_casebook_is_valid_against_the_schema() throws Exception {
    JsonSchema schema = schema();
    JsonNode shipped = new YAMLMapper().readTree(Files.readAllBytes(SHIPPED));

    assertThat(schema.validate(shipped)).isEmpty();
  }

  @Test
  void the_schema_and_the_reader_refuse_the_same_mistakes() throws Exception {
    JsonSchema schema = schema();
    String[] broken = {
      MINIMAL.replace("terms: [Ruritanian]", "term: [Ruritanian]"),
      MINIMAL.replace("id: truce", "name2: x"),
      MINIMAL.replace("categories: [ASSAULT]", "categories: [ATTACK]"),
      MINIMAL.replace("title: A test case", "title: A test case\nperiod: {from: 2021-13-45}"),
      MINIMAL.replace("bears", "x").replace("window: 2 months", "window: fortnight"),
    };
    for (String yaml : broken) {
      assertThat(schema.validate(new YAMLMapper().readTree(yaml))).as(yaml).isNotEmpty();
      assertThatThrownBy(() -> parse(yaml)).as(yaml).isInstanceOf(CasebookException.class);
    }
    assertThat(schema.validate(new YAMLMapper().readTree(MINIMAL))).isEmpty();
  }

  @Test
  void a_minimal_casebook_gives_its_scenarios_and_indicator_filters() {
    Casebook casebook = parse(MINIMAL);

    assertThat(casebook.scenario("collapse")).get().extracting(Scenario::terms).asList().containsExactly("Ruritanian");
    Indicator raids = casebook.indicators().get(0);
    assertThat(raids.bears()).isEqualTo(Stance.SUPPORTS);
    assertThat(raids.windowMonths()).isEqualTo(2);
    assertThat(raids.threshold()).isEqualTo(3);
    assertThat(raids.events().categories()).containsExactly(PloverCategory.ASSAULT);
    assertThat(raids.events().sources()).containsExactly("grp.x");
  }

  @Test
  void an_unknown_key_is_named_with_where_it_is_and_the_keys_allowed() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("terms: [Ruritanian]", "term: [Ruritanian]")))
        .hasMessageContaining("case.yaml: scenarios[1] (collapse): unknown key 'term'")
        .hasMessageContaining("description, id, name, phrases, terms");
  }

  @Test
  void a_missing_id_and_a_duplicate_id_are_refused() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("- id: truce", "- name2: x").replace("    name: Truce\n", "")))
        .hasMessageContaining("scenarios[2]: 'id' is missing");
    assertThatThrownBy(() -> parse(MINIMAL.replace("id: truce", "id: collapse")))
        .hasMessageContaining("scenarios[2] (collapse): the id 'collapse' is used by an earlier scenario");
  }

  @Test
  void a_key_written_twice_is_refused_with_its_line() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("title: A test case", "title: A test case\ntitle: again")))
        .hasMessageContaining("case.yaml: not valid YAML at line")
        .hasMessageContaining("title");
  }

  @Test
  void bad_dates_windows_thresholds_and_categories_say_what_to_write() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("title: A test case", "title: A test case\nperiod: {from: 2021-13}")))
        .hasMessageContaining("period: 'from' 2021-13 is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
    assertThatThrownBy(() -> parse(MINIMAL.replace("title: A test case", "title: A\nperiod: {from: 2022-02, to: 2021}")))
        .hasMessageContaining("'from' 2022-02 is after 'to' 2021");
    assertThatThrownBy(() -> parse(MINIMAL.replace("window: 2 months", "window: fortnight")))
        .hasMessageContaining("indicators[1] (raids): window 'fortnight' is not a number of months");
    assertThatThrownBy(() -> parse(MINIMAL.replace("threshold: 3", "threshold: 0")))
        .hasMessageContaining("threshold '0' is not a whole number of events of at least 1");
    assertThatThrownBy(() -> parse(MINIMAL.replace("categories: [ASSAULT]", "categories: [ATTACK]")))
        .hasMessageContaining("category 'ATTACK' is not a PLOVER category");
  }

  @Test
  void an_indicator_must_bear_on_a_scenario_of_the_casebook() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("scenario: collapse", "scenario: colapse")))
        .hasMessageContaining("scenario 'colapse' is not one of the casebook's scenarios (collapse, truce)");
  }

  @Test
  void a_scenario_without_terms_or_phrases_is_refused_because_nothing_could_refer_to_it() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("    terms: [Ruritanian]\n", "")))
        .hasMessageContaining("scenarios[1] (collapse): give 'terms' or 'phrases'");
  }

  @Test
  void actors_name_gazetteer_ids_or_add_new_ones_and_unknown_ids_are_reported() {
    Casebook casebook = parse(MINIMAL + """
        actors:
          - id: grp.x
          - id: case.mediator
            name: Joint mediation office
            type: ORGANIZATION
        """);

    assertThat(casebook.actors()).containsExactly("grp.x", "case.mediator");
    assertThat(casebook.addedActors()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Joint mediation office"));
    assertThat(casebook.unknownActorIds(id -> false)).containsExactly("grp.x");
    assertThat(casebook.unknownActorIds(id -> id.equals("grp.x"))).isEmpty();
  }

  @Test
  void the_example_in_the_documentation_reads_and_is_valid() throws Exception {
    String doc = Files.readString(Path.of("../docs/casebooks.md"));
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));

    Casebook casebook = parse(example);
    assertThat(casebook.scenarioIds()).containsExactly("somali", "libyan");
    assertThat(schema().validate(new YAMLMapper().readTree(example))).isEmpty();
  }

  @Test
  void a_phrase_without_a_word_and_a_window_beyond_ten_years_are_refused() {
    assertThatThrownBy(() -> parse(MINIMAL.replace("phrases: [lasting truce]", "phrases: [\"-\"]")))
        .hasMessageContaining("'phrases' holds something that is not a word or a name");
    assertThatThrownBy(() -> parse(MINIMAL.replace("window: 2 months", "window: 10000000000")))
        .hasMessageContaining("is not a number of months from 1 to 120");
  }

  private static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Files.readString(SCHEMA));
  }
}
