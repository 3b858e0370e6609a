package org.basira.nlp.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeechLexiconTest {

  private final SpeechLexicon lexicon = SpeechLexicon.load();

  @Test
  void holdsAtLeastOneHundredFiftyCues() {
    assertThat(lexicon.size()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void holdsTheCommonCuesOfAnalysisWriting() {
    assertThat(lexicon.verbs()).contains("say", "stress", "assert", "believe", "consider", "indicate", "note",
        "add", "warn", "tell", "opine", "argue");
    assertThat(lexicon.phrases()).extracting(SpeechLexicon.Phrase::toString)
        .contains("point out", "draw attention to", "shed light on", "tell X that");
    assertThat(lexicon.sourcePhrases()).anySatisfy(p -> assertThat(p).containsExactly("according", "to"));
  }

  @Test
  void takesTheJobTitlesOfCoreNlpsGazetteerAsRolesThatCanSpeak() {
    assertThat(lexicon.roles()).hasSizeGreaterThan(1_000).contains("pollster", "columnist", "magnate", "spokesman")
        .doesNotContain("bridge", "village", "statement");
  }

  @Test
  void parsesOptionalWordsAndTheToldSlotOfAPhrase() {
    SpeechLexicon.Phrase phrase = SpeechLexicon.Phrase.parse("draw (X) attention to");
    assertThat(phrase.words()).containsExactly("draw", "X", "attention", "to");
    assertThat(phrase.optional()).containsExactly(false, true, false, false);
    assertThat(SpeechLexicon.Phrase.parse("point to (the fact)").optional()).containsExactly(false, false, true, true);
  }
}
