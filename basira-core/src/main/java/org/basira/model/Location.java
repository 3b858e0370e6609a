package org.basira.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Where a place lies: the gazetteer entry a place mention resolves to. A town is a GeoNames
 * populated place with its id; a first-level region ("Anbar", "Donetsk Oblast") or a country has no
 * GeoNames id in the shipped data and lies at the population-weighted centre of its towns.
 *
 * @param geonamesId the GeoNames id of a town, or null for a region or a country
 * @param country the ISO 3166-1 alpha-2 code, upper case
 * @param region the first-level administrative region's name, or null
 * @param precision whether the point stands for a town, a region or a whole country
 */
public record Location(
    @JsonProperty("geonames_id") Long geonamesId,
    String name,
    String country,
    String region,
    @JsonProperty("lat") double latitude,
    @JsonProperty("lon") double longitude,
    Precision precision) {

  public Location {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(precision, "precision");
  }

  /** How much ground a location's point stands for. */
  public enum Precision {
    TOWN, REGION, COUNTRY;

    @com.fasterxml.jackson.annotation.JsonValue
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Precision fromWireName(String name) {
      return WireNames.parse(Precision.class, name);
    }
  }
}
