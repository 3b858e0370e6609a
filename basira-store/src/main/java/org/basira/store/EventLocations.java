package org.basira.store;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where stored events are, as a filter: an event is at a place when its place as written names it
 * ("Kirkuk and Nineveh" names both), when its place actor's name, or the name or region of the
 * location the gazetteer of places gave it, is that place's name, or when its location lies in
 * the country of that name. Locations live in the
 * stored analysis (the contract JSON), read with DuckDB's JSON functions, so workspaces written
 * before places were located need no migration: their events simply have none.
 */
final class EventLocations {

  private EventLocations() {
  }

  /**
   * Adds the condition for events at {@code place} to a query over {@code events e}, {@code
   * articles ar} and the place actor's canonical name {@code pc}.
   */
  static void where(String place, StringBuilder sql, List<Object> args) {
    String location = "json_extract(ar.analysis, '$.events[' || e.idx || '].place.location')";
    String name = fold(place);
    sql.append(" AND (regexp_matches(").append(folded("e.place_text")).append(", ?) OR ").append(folded("pc.name"))
        .append(" = ?")
        .append(" OR ").append(folded("json_extract_string(" + location + ", '$.name')")).append(" = ?")
        .append(" OR ").append(folded("json_extract_string(" + location + ", '$.region')")).append(" = ?");
    // the place as written may name several: "Kirkuk and Nineveh" is at Nineveh too
    args.addAll(List.of("\\b\\Q" + name.replace("\\E", "") + "\\E\\b", name, name, name));
    Set<String> countries = countryCodes(place);
    if (!countries.isEmpty()) {
      sql.append(" OR json_extract_string(").append(location).append(", '$.country') IN (")
          .append(String.join(", ", countries.stream().map(c -> "?").toList())).append(")");
      args.addAll(countries);
    }
    sql.append(")");
  }

  private static String folded(String column) {
    return "strip_accents(lower(coalesce(" + column + ", '')))";
  }

  /** Lower case without accents, as DuckDB's {@code strip_accents(lower(…))} folds a column. */
  static String fold(String name) {
    String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
  }

  /** The ISO codes a name may stand for: itself if it is one ("IQ"), or the country so named in English. */
  static Set<String> countryCodes(String place) {
    Set<String> codes = new LinkedHashSet<>();
    String wanted = fold(place).replaceFirst("^the\\s+", "");
    for (String code : Locale.getISOCountries()) {
      String english = fold(new Locale("", code).getDisplayCountry(Locale.ENGLISH));
      if (wanted.equalsIgnoreCase(code) || wanted.equals(english)) {
        codes.add(code);
      }
    }
    return codes;
  }
}
