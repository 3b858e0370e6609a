package org.basira.geo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceKeysTest {

  @Test
  void spellingsOfOneNameShareAKey() {
    assertThat(PlaceKeys.key("al-Fallūjah")).isEqualTo(PlaceKeys.key("Falluja")).isEqualTo("falluja");
    assertThat(PlaceKeys.key("Ar Raqqah")).isEqualTo(PlaceKeys.key("Raqqa"));
    assertThat(PlaceKeys.key("Ma'rib")).isEqualTo(PlaceKeys.key("Marib"));
    assertThat(PlaceKeys.key("Salah al-Din")).isEqualTo(PlaceKeys.key("Salah ad Din"));
    assertThat(PlaceKeys.key("the Hague")).isEqualTo("hague");
  }

  @Test
  void aShortNameKeepsWhatLooksLikeAnArticle() {
    assertThat(PlaceKeys.key("Al Ain")).isEqualTo("alain");
  }

  @Test
  void transliterationsShareASkeleton() {
    assertThat(PlaceKeys.skeleton(PlaceKeys.key("Mosul"))).isEqualTo(PlaceKeys.skeleton(PlaceKeys.key("al-Mawsil")));
    assertThat(PlaceKeys.skeleton(PlaceKeys.key("Nineveh"))).isEqualTo(PlaceKeys.skeleton(PlaceKeys.key("Ninawa")))
        .isEqualTo("nnv");
    assertThat(PlaceKeys.skeleton(PlaceKeys.key("Deir ez-Zor"))).isEqualTo(PlaceKeys.skeleton(PlaceKeys.key("Dayr az Zawr")));
    assertThat(PlaceKeys.skeleton(PlaceKeys.key("Kharkiv"))).isEqualTo(PlaceKeys.skeleton(PlaceKeys.key("Kharkov")));
  }

  @Test
  void differentNamesKeepDifferentSkeletons() {
    assertThat(PlaceKeys.skeleton(PlaceKeys.key("Mosul"))).isNotEqualTo(PlaceKeys.skeleton(PlaceKeys.key("Basra")));
    assertThat(PlaceKeys.skeleton("raqqa")).isEqualTo("rk");
  }

  @Test
  void onlyLatinNamesAreKept() {
    assertThat(PlaceKeys.isLatin("Al Mawşil")).isTrue();
    assertThat(PlaceKeys.isLatin("الموصل")).isFalse();
    assertThat(PlaceKeys.isLatin("Мосул")).isFalse();
  }

  @Test
  void distancesAreGreatCircles() {
    // Baghdad to Mosul is about 350 km as the crow flies
    assertThat(Distances.kilometres(33.34, 44.40, 36.34, 43.12)).isBetween(340.0, 360.0);
    assertThat(Distances.kilometres(10, 20, 10, 20)).isZero();
  }
}
