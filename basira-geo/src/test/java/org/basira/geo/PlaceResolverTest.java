package org.basira.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;
import org.basira.model.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceResolverTest {

  private PlaceResolver places;

  /** A small gazetteer in GeoNames' layout, typed by the team with rounded coordinates. */
  @BeforeAll
  void gazetteer() throws IOException {
    String towns = String.join("\n",
        row(1, "Mosul", "Al Mawsil,Mossoul", 36.34, 43.12, "PPLA", "IQ", "15", 1_700_000),
        row(2, "Baghdad", "Bagdad", 33.34, 44.40, "PPLC", "IQ", "07", 7_000_000),
        row(3, "Tripoli", "Tarabulus", 32.89, 13.19, "PPLC", "LY", "09", 1_100_000),
        row(4, "Tripoli", "Trablous", 34.43, 35.84, "PPLA", "LB", "03", 230_000),
        row(5, "Kirkuk", "Karkuk", 35.47, 44.39, "PPLA", "IQ", "13", 900_000),
        row(6, "Karbala", "Nainawa,Kerbala", 32.62, 44.02, "PPLA", "IQ", "12", 700_000),
        row(7, "Springfield", "", 39.80, -89.64, "PPLA", "US", "IL", 116_000),
        row(8, "Springfield", "", 37.22, -93.30, "PPLA2", "US", "MO", 169_000),
        row(9, "Gao", "", 16.27, -0.04, "PPLA", "ML", "03", 87_000),
        row(10, "Gao", "", 30.00, 110.00, "PPL", "CN", "01", 2_000),
        row(11, "Golf", "", 42.05, -87.80, "PPL", "US", "IL", 500),
        row(12, "Hawija", "Al Huwayjah", 35.33, 43.77, "PPL", "IQ", "13", 80_000),
        row(13, "Hit", "", 33.64, 42.83, "PPL", "IQ", "01", 60_000),
        row(14, "Hit", "", 30.00, 70.00, "PPL", "PK", "01", 40_000));
    String regions = """
        [{"code": "IQ.15", "name": "Nineveh"}, {"code": "IQ.07", "name": "Baghdad"},
         {"code": "IQ.13", "name": "Kirkuk"}, {"code": "IQ.12", "name": "Karbala"}, {"code": "IQ.01", "name": "Anbar"}]
        """;
    places = new PlaceResolver(PlaceGazetteer.read(new StringReader(towns), new StringReader(regions)));
  }

  private static String row(long id, String name, String alternates, double lat, double lon, String feature,
      String country, String admin1, long population) {
    return String.join("\t", Long.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon), "P",
        feature, country, "", admin1, "", "", "", Long.toString(population), "", "0", "Asia/Baghdad", "2024-01-01");
  }

  private Optional<Location> resolve(String place, String... countries) {
    return places.resolve(place, Set.of(countries));
  }

  @Test
  void aTownIsFoundByItsNameOrAnAlternateName() {
    assertThat(resolve("Mosul").orElseThrow().geonamesId()).isEqualTo(1L);
    assertThat(resolve("al-Mawsil").orElseThrow().geonamesId()).isEqualTo(1L);
    assertThat(resolve("Mosul").orElseThrow()).satisfies(l -> {
      assertThat(l.country()).isEqualTo("IQ");
      assertThat(l.region()).isEqualTo("Nineveh");
      assertThat(l.precision()).isEqualTo(Location.Precision.TOWN);
    });
  }

  @Test
  void aTransliterationIsFoundByItsSkeletonInTheArticlesCountriesOnly() {
    assertThat(resolve("Mawsel", "IQ").orElseThrow().geonamesId()).isEqualTo(1L);
    assertThat(resolve("Mawsel")).isEmpty();
    assertThat(resolve("Ninawa", "IQ").orElseThrow()).satisfies(l -> {
      assertThat(l.name()).isEqualTo("Nineveh");
      assertThat(l.precision()).isEqualTo(Location.Precision.REGION);
    });
  }

  @Test
  void aShortNameOrASmallVillageIsNeverASkeletonsAnswer() {
    assertThat(resolve("Gulf", "US")).isEmpty();
  }

  @Test
  void theArticlesCountriesChooseAmongPlacesOfOneName() {
    assertThat(resolve("Tripoli", "LB").orElseThrow().country()).isEqualTo("LB");
    assertThat(resolve("Tripoli", "LY").orElseThrow().country()).isEqualTo("LY");
    assertThat(resolve("Hit", "IQ").orElseThrow().country()).isEqualTo("IQ");
  }

  @Test
  void withoutContextOnlyAPlaceBeyondDoubtIsTaken() {
    assertThat(resolve("Tripoli").orElseThrow().country()).as("a capital before a region's seat").isEqualTo("LY");
    assertThat(resolve("Gao").orElseThrow().country()).as("by far the larger").isEqualTo("ML");
    assertThat(resolve("Hit")).as("two towns of like size in two countries").isEmpty();
    assertThat(resolve("Springfield")).as("two far apart in one country").isEmpty();
  }

  @Test
  void aRegionIsFoundByItsNameAndLiesAmongItsTowns() {
    Location nineveh = resolve("Nineveh Governorate", "IQ").orElseThrow();
    assertThat(nineveh.precision()).isEqualTo(Location.Precision.REGION);
    assertThat(nineveh.geonamesId()).isNull();
    assertThat(nineveh.latitude()).isEqualTo(36.34);
    Location anbar = resolve("al-Anbar province").orElseThrow();
    assertThat(anbar.name()).isEqualTo("Anbar");
    assertThat(anbar.latitude()).as("at its one town, Hit").isEqualTo(33.64);
  }

  @Test
  void aTownComesBeforeTheRegionOfItsNameUnlessTheTextSaysRegion() {
    assertThat(resolve("Kirkuk", "IQ").orElseThrow().precision()).isEqualTo(Location.Precision.TOWN);
    assertThat(resolve("Kirkuk province", "IQ").orElseThrow().precision()).isEqualTo(Location.Precision.REGION);
    assertThat(resolve("the city of Kirkuk", "IQ").orElseThrow().precision()).isEqualTo(Location.Precision.TOWN);
  }

  @Test
  void aCountryIsFoundByItsNamesAndLiesAmongItsTowns() {
    Location iraq = resolve("Iraq").orElseThrow();
    assertThat(iraq.precision()).isEqualTo(Location.Precision.COUNTRY);
    assertThat(iraq.country()).isEqualTo("IQ");
    assertThat(iraq.latitude()).isBetween(32.0, 36.5);
    assertThat(resolve("the U.S.").orElseThrow().country()).isEqualTo("US");
    assertThat(resolve("America").orElseThrow().country()).isEqualTo("US");
    assertThat(resolve("Pakistan").orElseThrow().country()).isEqualTo("PK");
    assertThat(resolve("Ivory Coast")).as("a country none of whose towns the gazetteer holds").isEmpty();
  }

  @Test
  void anUnknownOrEmptyPlaceStaysUnresolved() {
    assertThat(resolve("Nowhereville", "IQ")).isEmpty();
    assertThat(resolve("   ")).isEmpty();
    assertThat(resolve(null)).isEmpty();
    assertThat(resolve("!!!")).isEmpty();
  }
}
