package org.basira.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.geo.internal.PlaceKeys;
import org.basira.model.Location;

/**
 * An offline gazetteer of places: GeoNames' populated places of 500 people or more, with their
 * alternate names in Latin letters; the first-level regions GeoNames names (governorates,
 * provinces, oblasts); and the countries. A region or a country lies at the population-weighted
 * centre of its towns. Read once and never changed, so one instance serves every thread.
 */
public final class PlaceGazetteer {

  private static final String DATA = "data/";

  /**
   * One place the gazetteer knows.
   *
   * @param population people living there (a region's or country's: its towns' summed)
   * @param feature GeoNames' feature code of a town (PPLC a capital, PPLA a region's seat, PPL a
   *     town), or ADM1 for a region, PCLI for a country
   * @param keys the lookup keys of all its names, its own names' first
   * @param own how many of the keys are its own names' rather than alternate names'
   */
  public record Entry(Location location, long population, String feature, List<String> keys, int own) {

    /** Whether this key is one of its own names' (GeoNames' name or its ASCII form), not an alternate's. */
    public boolean ownName(String key) {
      return keys.subList(0, own).contains(key);
    }
  }

  /** A place found by the skeleton of one of its names, and whether that name is its own. */
  public record Spelt(Entry entry, boolean ownName) {
  }

  private final List<Entry> entries;
  private final Map<String, List<Entry>> byKey;
  private final Map<String, List<Entry>> byCountry;
  /** Each country's places by the skeletons of their names, built the first time a country is asked. */
  private final Map<String, Map<String, List<Spelt>>> bySkeleton = new java.util.concurrent.ConcurrentHashMap<>();

  private PlaceGazetteer(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, List<Entry>> keys = new HashMap<>();
    Map<String, List<Entry>> countries = new HashMap<>();
    for (Entry e : this.entries) {
      for (String key : e.keys()) {
        keys.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e);
      }
      countries.computeIfAbsent(e.location().country(), k -> new ArrayList<>()).add(e);
    }
    this.byKey = keys;
    this.byCountry = countries;
  }

  /** The gazetteer built into Basira, from the GeoNames data packed in the jar (about 2 seconds to read). */
  public static PlaceGazetteer shipped() {
    try (InputStream towns = resource("cities500.txt"); InputStream regions = resource("admin1.json")) {
      return read(new InputStreamReader(towns, StandardCharsets.UTF_8), new InputStreamReader(regions, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("the gazetteer of places in the jar could not be read; rebuild Basira", e);
    }
  }

  /**
   * A gazetteer from GeoNames' own formats: {@code towns} in the tab-separated layout of
   * {@code cities500.txt} (geonameid, name, asciiname, alternatenames, latitude, longitude, feature
   * class, feature code, country code, cc2, admin1 code, …, population, …), {@code regions} a JSON
   * array of {"code": "IQ.15", "name": "Nineveh"}.
   */
  public static PlaceGazetteer read(Reader towns, Reader regions) throws IOException {
    Map<String, String> regionNames = new HashMap<>();
    for (JsonNode region : new ObjectMapper().readTree(regions)) {
      regionNames.put(region.path("code").asText(), regionName(region.path("name").asText()));
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, String> canonical = new HashMap<>(); // one instance of each key, without String.intern's cost
    Map<String, Centre> regionCentres = new HashMap<>();
    Map<String, Centre> countryCentres = new HashMap<>();
    BufferedReader lines = new BufferedReader(towns);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      String[] f = line.split("\t", -1);
      if (f.length < 15 || line.startsWith("#")) {
        continue;
      }
      String country = f[8].intern();
      String regionCode = country + "." + f[10];
      String region = regionNames.get(regionCode);
      double lat = Double.parseDouble(f[4]);
      double lon = Double.parseDouble(f[5]);
      long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      Set<String> keys = new LinkedHashSet<>();
      addKey(keys, f[1], canonical);
      addKey(keys, f[2], canonical);
      int own = keys.size();
      for (String alternate : f[3].split(",")) {
        if (alternate.length() >= 3 && PlaceKeys.isLatin(alternate) && !isCode(alternate)) {
          addKey(keys, alternate, canonical);
        }
      }
      entries.add(new Entry(new Location(Long.parseLong(f[0]), f[1], country, region, lat, lon, Location.Precision.TOWN),
          population, f[7].intern(), List.copyOf(keys), own));
      long weight = Math.max(population, 1);
      if (region != null) {
        regionCentres.computeIfAbsent(regionCode, k -> new Centre()).add(lat, lon, weight);
      }
      countryCentres.computeIfAbsent(country, k -> new Centre()).add(lat, lon, weight);
    }
    regionCentres.forEach((code, centre) -> {
      String name = regionNames.get(code);
      String country = code.substring(0, code.indexOf('.'));
      Set<String> keys = new LinkedHashSet<>();
      addKey(keys, name, canonical);
      entries.add(new Entry(new Location(null, name, country, name, centre.lat(), centre.lon(), Location.Precision.REGION),
          centre.population, "ADM1", List.copyOf(keys), keys.size()));
    });
    Map<String, List<String>> countryNames = countryNames();
    countryCentres.forEach((code, centre) -> {
      List<String> names = countryNames.get(code);
      if (names == null) {
        return; // a territory without an ISO country of its own in Java's data: its towns still resolve
      }
      Set<String> keys = new LinkedHashSet<>();
      names.forEach(n -> addKey(keys, n, canonical));
      entries.add(new Entry(new Location(null, names.get(0), code, null, centre.lat(), centre.lon(), Location.Precision.COUNTRY),
          centre.population, "PCLI", List.copyOf(keys), keys.size()));
    });
    return new PlaceGazetteer(entries);
  }

  /**
   * A region's name without the word for what it is, which GeoNames gives some and not others:
   * "Muhafazat Hadramaout" is Hadramaout, "Tillabéri Region" Tillabéri, as "Nineveh" is Nineveh.
   */
  static String regionName(String name) {
    String bare = name.replaceFirst("^(?i)(muhafazat|wilayat|provincia de|province of)\\s+", "")
        .replaceFirst("(?i)\\s+(governorate|region|province|oblast|prefecture|department|state)$", "").strip();
    return bare.isEmpty() ? name : bare;
  }

  /** Every place one of whose names has this lookup key ({@link PlaceKeys#key}). */
  public List<Entry> named(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** Every place in a country (ISO alpha-2, upper case). */
  public List<Entry> inCountry(String country) {
    return byCountry.getOrDefault(country, List.of());
  }

  /**
   * The places of a country one of whose names has this skeleton ({@link PlaceKeys#skeleton}) and
   * starts with {@code first}, each once, found by its own name where it can be.
   */
  public List<Spelt> spelt(String country, String skeleton, char first) {
    return bySkeleton.computeIfAbsent(country, this::skeletons).getOrDefault(first + skeleton, List.of());
  }

  private Map<String, List<Spelt>> skeletons(String country) {
    Map<String, List<Spelt>> index = new HashMap<>();
    for (Entry e : inCountry(country)) {
      Map<String, Boolean> own = new HashMap<>();
      for (int i = 0; i < e.keys().size(); i++) {
        String key = e.keys().get(i);
        own.merge(key.charAt(0) + PlaceKeys.skeleton(key), i < e.own(), Boolean::logicalOr);
      }
      own.forEach((skeleton, ownName) -> index.computeIfAbsent(skeleton, k -> new ArrayList<>(1)).add(new Spelt(e, ownName)));
    }
    index.replaceAll((skeleton, found) -> List.copyOf(found));
    return index;
  }

  /** How many places it holds. */
  public int size() {
    return entries.size();
  }

  /** English names of each ISO country: Java's (CLDR) name, its parts, and the team's list of other names. */
  private static Map<String, List<String>> countryNames() {
    Map<String, List<String>> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      List<String> all = new ArrayList<>();
      all.add(name.replaceAll("\\s*\\(.*\\)", "").replace(" - ", "-"));
      int open = name.indexOf('(');
      if (open > 0 && name.endsWith(")")) {
        all.add(name.substring(open + 1, name.length() - 1)); // "Myanmar (Burma)"
      }
      names.put(code, all);
    }
    try (InputStream in = PlaceGazetteer.class.getResourceAsStream("country-names.tsv")) {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        List<String> all = names.computeIfAbsent(f[0], k -> new ArrayList<>());
        all.addAll(List.of(f).subList(1, f.length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private static void addKey(Set<String> keys, String name, Map<String, String> canonical) {
    String key = PlaceKeys.key(name);
    if (!key.isEmpty()) {
      keys.add(canonical.computeIfAbsent(key, k -> k));
    }
  }

  /** Codes among the alternate names: "BGW", "IQ-NI", airport and postal codes. */
  private static boolean isCode(String name) {
    return name.chars().noneMatch(Character::isLowerCase) || name.chars().anyMatch(Character::isDigit);
  }

  private static InputStream resource(String name) {
    InputStream in = PlaceGazetteer.class.getResourceAsStream(DATA + name);
    if (in == null) {
      throw new IllegalStateException("the gazetteer of places (" + name + ") is missing from the jar; rebuild Basira");
    }
    return in;
  }

  /** A population-weighted mean of points. */
  private static final class Centre {
    private double lat;
    private double lon;
    private long population;

    void add(double latitude, double longitude, long weight) {
      lat += latitude * weight;
      lon += longitude * weight;
      population += weight;
    }

    double lat() {
      return lat / population;
    }

    double lon() {
      return lon / population;
    }
  }
}
