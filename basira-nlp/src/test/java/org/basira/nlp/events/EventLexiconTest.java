package org.basira.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.basira.model.PloverCategory;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

  private final EventLexicon lexicon = EventLexicon.load();

  @Test
  void theLexiconHasSeveralHundredPatternsOverEveryCategory() {
    assertThat(lexicon.size()).isGreaterThanOrEqualTo(400);
    for (PloverCategory category : PloverCategory.values()) {
      assertThat(lexicon.counts().getOrDefault(category, 0)).as(category.name()).isGreaterThanOrEqualTo(15);
    }
  }

  @Test
  void patternsCarryParticlesObjectsModifiersAndRoles() {
    assertThat(lexicon.verbPatterns("hand")).anySatisfy(p -> assertThat(p.particles()).containsExactly("over"));
    assertThat(lexicon.verbPatterns("launch")).anySatisfy(p -> {
      assertThat(p.object()).isEqualTo("attack");
      assertThat(p.category()).isEqualTo(PloverCategory.ASSAULT);
    });
    assertThat(lexicon.nounPatterns("strike")).anySatisfy(p -> {
      assertThat(p.modifiers()).containsExactly("hunger");
      assertThat(p.category()).isEqualTo(PloverCategory.PROTEST);
    });
    assertThat(lexicon.nounPatterns("departure")).singleElement()
        .satisfies(p -> assertThat(p.role("of", Role.TARGET)).isEqualTo(Role.SOURCE));
  }

  @Test
  void aMistakeInAPatternIsReportedWithItsPlace() {
    assertThatThrownBy(() -> EventPattern.parse(PloverCategory.ASSAULT, EventPattern.Kind.VERB, "launch attack",
        "plover.yaml ASSAULT.verbs"))
        .hasMessageContaining("plover.yaml ASSAULT.verbs").hasMessageContaining("verb_objects");
    assertThatThrownBy(() -> EventPattern.parse(PloverCategory.ASSAULT, EventPattern.Kind.NOUN, "attack of:actor",
        "plover.yaml ASSAULT.nouns"))
        .hasMessageContaining("source, target, place or none");
  }
}
