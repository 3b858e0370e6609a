package org.basira.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.basira.model.ActorType;
import org.basira.names.NameMatcher;
import org.junit.jupiter.api.Test;

class GazetteerFilesTest {

  private static List<GazetteerEntry> parse(String yaml) {
    return GazetteerFiles.parse(yaml.getBytes(StandardCharsets.UTF_8), "case.yaml");
  }

  @Test
  void theBuiltInGazetteerLoadsWithEveryLinkResolved() {
    Gazetteer gazetteer = Gazetteer.builtIn(new NameMatcher());

    long states = gazetteer.entries().stream().filter(e -> e.type() == ActorType.STATE && e.id().length() == 2).count();
    assertThat(states).as("UN members and observers").isGreaterThanOrEqualTo(193);
    assertThat(gazetteer.entry("iq.pmf")).get().satisfies(pmf -> {
      assertThat(pmf.arabic()).isNotBlank();
      assertThat(pmf.affiliated(Relation.ALIGNED_WITH)).contains("ir");
    });
    assertThat(gazetteer.governmentOf("iq")).isEqualTo("iq.government");
    assertThat(gazetteer.governmentOf("us")).as("a state without its own government entry").isEqualTo("us");
    assertThat(gazetteer.forcesOf("iq")).contains("iq.isf");
    assertThat(gazetteer.stateOf("iq.mustafa-al-kadhimi")).contains("iq");
    assertThat(gazetteer.capitalPlaceOf("us")).isPresent();
  }

  @Test
  void everyBuiltInStateHasAnArabicNameADemonymAndACapital() {
    List<GazetteerEntry> states = GazetteerFiles.builtIn().stream()
        .filter(e -> e.type() == ActorType.STATE && e.id().length() == 2).toList();

    assertThat(states).allSatisfy(state -> {
      assertThat(state.arabic()).as(state.id()).isNotBlank();
      assertThat(state.demonyms()).as(state.id()).isNotEmpty();
      assertThat(state.capital()).as(state.id()).isNotBlank();
    });
  }

  @Test
  void readsAnEntryWithEveryKey() {
    List<GazetteerEntry> entries = parse("""
        - id: xx.front
          name: Northern Front
          type: armed_group
          arabic: الجبهة الشمالية
          aliases: [the Front, NF]
          affiliations:
            - {actor: xx, relation: backed-by}
        """);

    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.type()).isEqualTo(ActorType.ARMED_GROUP);
      assertThat(e.names()).containsExactly("Northern Front", "the Front", "NF", "الجبهة الشمالية");
      assertThat(e.affiliations()).containsExactly(new Affiliation("xx", Relation.BACKED_BY));
      assertThat(e.source()).isEqualTo("case.yaml");
    });
  }

  @Test
  void anUnknownKeyIsNamedWithTheKeysThatExist() {
    assertThatThrownBy(() -> parse("- {id: a, name: A, type: PERSON, alias: [B]}"))
        .hasMessageContaining("case.yaml: actor 1 (a): unknown key 'alias'")
        .hasMessageContaining("aliases");
  }

  @Test
  void aMissingIdNameOrTypeIsReported() {
    assertThatThrownBy(() -> parse("- {name: A, type: PERSON}")).hasMessageContaining("actor 1: 'id' is missing");
    assertThatThrownBy(() -> parse("- {id: a, type: PERSON}")).hasMessageContaining("actor 1 (a): 'name' is missing");
    assertThatThrownBy(() -> parse("- {id: a, name: A}")).hasMessageContaining("'type' is missing");
  }

  @Test
  void aRepeatedIdIsReported() {
    assertThatThrownBy(() -> parse("- {id: a, name: A, type: PERSON}\n- {id: a, name: B, type: PERSON}"))
        .hasMessageContaining("actor 2 repeats the id 'a'");
  }

  @Test
  void aBadTypeRelationOrIdIsReportedWithWhatIsAllowed() {
    assertThatThrownBy(() -> parse("- {id: a, name: A, type: MILITIA}"))
        .hasMessageContaining("type 'MILITIA' is not one of STATE, ARMED_GROUP");
    assertThatThrownBy(() -> parse("- {id: a, name: A, type: PERSON, affiliations: [{actor: b, relation: friend-of}]}"))
        .hasMessageContaining("relation 'friend-of' is not one of part-of");
    assertThatThrownBy(() -> parse("- {id: 'A B', name: A, type: PERSON}"))
        .hasMessageContaining("an id is lower-case letters");
  }

  @Test
  void notAListOrNotYamlIsReported() {
    assertThatThrownBy(() -> parse("id: a\nname: A")).hasMessageContaining("expected a list of actors");
    assertThatThrownBy(() -> parse("- [unclosed")).hasMessageContaining("case.yaml: not valid YAML");
    assertThat(parse("")).isEmpty();
  }

  @Test
  void anAffiliationToAnUnknownActorIsReportedWhenTheGazetteerIsBuilt() {
    List<GazetteerEntry> entries = parse("- {id: a, name: A, type: PERSON, affiliations: [{actor: nowhere, relation: member-of}]}");

    assertThatThrownBy(() -> Gazetteer.of(entries, new NameMatcher()))
        .isInstanceOf(GazetteerException.class)
        .hasMessageContaining("actor a is member-of 'nowhere', which no gazetteer or actor file defines");
  }

  @Test
  void addedEntriesExtendTheGazetteerAndReplaceOnesWithTheSameId() {
    Gazetteer base = Gazetteer.of(parse("- {id: a, name: Old Name, type: PERSON}"), new NameMatcher());

    Gazetteer extended = base.with(parse("- {id: a, name: New Name, type: PERSON}\n- {id: b, name: B, type: OTHER}"));

    assertThat(extended.entry("a")).get().extracting(GazetteerEntry::name).isEqualTo("New Name");
    assertThat(extended.entry("b")).isPresent();
    assertThat(base.entry("b")).isEmpty();
  }
}
