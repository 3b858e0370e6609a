package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimTest {

  private static Claim by(String speakerId, String speaker, String writtenAs) {
    return new Claim(speakerId, speaker, writtenAs, null, "INDIRECT", "is expected", "to attend", 0, "a1", null,
        "t.txt", null);
  }

  @Test
  void aClaimShowsTheActorsNameThenTheSpeakerAsWrittenThenUnnamed() {
    assertThat(by("person.omar-talib", "Omar Talib", "he").who()).isEqualTo("Omar Talib");
    assertThat(by(null, null, "a senior official").who()).isEqualTo("a senior official");
    assertThat(by(null, null, "").who()).isEqualTo("unnamed");
    assertThat(by(null, null, null).who()).isEqualTo("unnamed");
  }
}
