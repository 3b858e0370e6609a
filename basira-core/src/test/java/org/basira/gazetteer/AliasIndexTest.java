package org.basira.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.basira.model.ActorType;
import org.basira.names.NameMatcher;
import org.basira.names.NameWords;
import org.junit.jupiter.api.Test;

class AliasIndexTest {

  private final NameMatcher names = new NameMatcher();
  private final Gazetteer gazetteer = Gazetteer.of(List.of(
      new GazetteerEntry("td", "Chad", ActorType.STATE, "تشاد", List.of(), List.of("Chadian"), List.of("Chadians"),
          "N'Djamena", List.of(), List.of(), List.of(), "test"),
      new GazetteerEntry("us", "United States", ActorType.STATE, null, List.of("US", "America"), List.of("American"),
          List.of(), "Washington", List.of(), List.of(), List.of(), "test"),
      GazetteerEntry.of("xx.kadhimi", "Mustafa al-Kadhimi", ActorType.PERSON, "Kadhimi"),
      GazetteerEntry.of("xx.kataib", "Kata'ib Hezbollah", ActorType.ARMED_GROUP, "KH"),
      GazetteerEntry.of("xx.kurdistan", "Kurdistan Region", ActorType.PLACE, "Kurdistan", "Kurdistan Region of Iraq")),
      names);

  private List<String> found(String text) {
    return gazetteer.aliases().find(new NameWords(names.normalizer()).split(text)).stream()
        .map(m -> text.substring(m.start(), m.end()) + "=" + m.targets().get(0).actor() + "/" + m.targets().get(0).kind())
        .toList();
  }

  @Test
  void findsAliasesWhateverTheCaseHyphensApostrophesAndArticle() {
    assertThat(found("Al-Kadhimi met al Kadhimi and KADHIMI; Kataib Hezbollah, KATA'IB HEZBOLLAH."))
        .containsExactly("Al-Kadhimi=xx.kadhimi/NAME", "al Kadhimi=xx.kadhimi/NAME", "KADHIMI=xx.kadhimi/NAME",
            "Kataib Hezbollah=xx.kataib/NAME", "KATA'IB HEZBOLLAH=xx.kataib/NAME");
  }

  @Test
  void findsTheLongAliasAndTheShortOneInsideIt() {
    assertThat(found("the Kurdistan Region of Iraq")).containsExactly(
        "Kurdistan=xx.kurdistan/NAME", "Kurdistan Region=xx.kurdistan/NAME", "Kurdistan Region of Iraq=xx.kurdistan/NAME");
  }

  @Test
  void tellsNamesDemonymsPeopleAndCapitalsApart() {
    assertThat(found("Chadian troops left N'Djamena, Chadians said; تشاد"))
        .containsExactly("Chadian=td/DEMONYM", "N'Djamena=td/CAPITAL", "Chadians=td/PEOPLE", "تشاد=td/NAME");
  }

  @Test
  void aCapitalisedAliasNeedsACapitalInTheText() {
    assertThat(found("a chad of paper")).isEmpty();
    assertThat(found("Chad")).containsExactly("Chad=td/NAME");
  }

  @Test
  void aShortAbbreviationNeedsCapitals() {
    assertThat(found("tell us about it")).isEmpty();
    assertThat(found("the US and the U.S.")).containsExactly("US=us/NAME", "U.S=us/NAME");
    assertThat(found("kh")).isEmpty();
  }

  @Test
  void aPossessiveIsNotPartOfTheName() {
    assertThat(found("Washington's pledges")).containsExactly("Washington=us/CAPITAL");
  }
}
