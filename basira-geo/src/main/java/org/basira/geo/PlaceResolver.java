package org.basira.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.basira.geo.internal.Distances;
import org.basira.geo.internal.PlaceKeys;
import org.basira.model.Location;

/**
 * Resolves a place as written ("Mosul", "al-Anbar province", "Deir ez-Zor") to a gazetteer entry,
 * using the countries the article is about to choose among places of one name. It never guesses
 * far away: a name that places in several countries share, none of them in the article's countries,
 * stays unresolved unless one of them is by far the largest ("Paris"); a name found only by its
 * transliteration skeleton is looked for in the article's countries alone.
 */
public final class PlaceResolver {

  /** How much larger the likeliest of a name's places must be than any other far from it to be taken. */
  static final int DOMINANT = 10;
  /** Places of one name nearer each other than this are one guess, not two. */
  static final double FAR_KM = 100;
  /**
   * The least population of a place taken outside the article's countries while other countries
   * have a place of that name; a smaller one is taken only when its name is its country's alone.
   */
  static final long LEAST_DOMINANT = 20_000;
  /** The shortest skeleton that may match: two consonants are shared by too many names. */
  static final int LEAST_SKELETON = 3;
  /** The shortest name looked for by its skeleton: "Gulf" is not "Golf". */
  static final int LEAST_SPELT = 5;
  /**
   * The least population of a town found by its skeleton: a name written in many ways is a known
   * place's, and a village whose name merely shares its consonants is no answer.
   */
  static final long LEAST_SPELT_POPULATION = 10_000;

  private static final Pattern REGION_WORDS = Pattern.compile(
      "(?i)\\s*\\b(governorate|province|provinces|oblast|region|state|prefecture|wilaya|wilayat|muhafazat|department|county)\\b\\s*");
  private static final Pattern TOWN_WORDS = Pattern.compile("(?i)\\s*\\b(city|town|village|district|camp|of)\\b\\s*");

  private final PlaceGazetteer gazetteer;

  public PlaceResolver(PlaceGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The location of a place as written, or empty when the gazetteer has no such place or cannot
   * tell which one is meant.
   *
   * @param countries ISO alpha-2 codes of the countries the article is about (upper case), maybe
   *     none, the likeliest first: where places of one name lie in two of them, the first one's is meant
   */
  public Optional<Location> resolve(String place, Set<String> countries) {
    if (place == null || place.isBlank()) {
      return Optional.empty();
    }
    boolean region = REGION_WORDS.matcher(place).find();
    String wholeKey = PlaceKeys.key(place);
    List<PlaceGazetteer.Entry> whole = gazetteer.named(wholeKey);
    if (!whole.isEmpty()) {
      return choose(whole, wholeKey, countries, region); // "Democratic Republic of the Congo", "Salah ad Din"
    }
    String name = TOWN_WORDS.matcher(REGION_WORDS.matcher(place).replaceAll(" ")).replaceAll(" ").strip();
    String key = PlaceKeys.key(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<PlaceGazetteer.Entry> named = gazetteer.named(key);
    if (!named.isEmpty()) {
      return choose(named, key, countries, region);
    }
    return bySkeleton(key, countries, region);
  }

  /**
   * The place a name means: the country of that name, unless the text says it is a region ("the
   * state of Georgia"); else the best of its places in the article's countries; else a large place
   * of that name abroad that nothing rivals ("Washington" in an article on Iraq); else a place in
   * the article's countries whose name is spelt otherwise; else the best of its places anywhere,
   * if that one is not in doubt.
   */
  private Optional<Location> choose(List<PlaceGazetteer.Entry> named, String key, Set<String> countries, boolean region) {
    List<PlaceGazetteer.Entry> states = named.stream().filter(e -> e.location().precision() == Location.Precision.COUNTRY).toList();
    if (states.size() == 1 && !region) {
      return Optional.of(states.get(0).location());
    }
    for (String country : countries) {
      List<PlaceGazetteer.Entry> home = named.stream().filter(e -> e.location().country().equals(country)).toList();
      if (!home.isEmpty()) {
        return undoubted(home, region).map(e -> seatOf(e.location(), key, region));
      }
    }
    Optional<PlaceGazetteer.Entry> anywhere = undoubted(named, region);
    if (anywhere.isPresent() && anywhere.get().population() >= LEAST_DOMINANT) {
      return Optional.of(seatOf(anywhere.get().location(), key, region));
    }
    Optional<Location> spelt = bySkeleton(key, countries, region);
    if (spelt.isPresent()) {
      return spelt;
    }
    boolean rivals = anywhere.isPresent() && named.stream()
        .anyMatch(e -> !e.location().country().equals(anywhere.get().location().country()));
    return rivals ? Optional.empty() : anywhere.map(e -> seatOf(e.location(), key, region));
  }

  /**
   * A region named as its seat is named ("Zaporizhzhia", "Kirkuk"): without a word that says
   * region, the text means the town, also where the gazetteer spells the town otherwise.
   */
  private Location seatOf(Location location, String key, boolean region) {
    if (region || location.precision() != Location.Precision.REGION) {
      return location;
    }
    String skeleton = PlaceKeys.skeleton(key);
    for (PlaceGazetteer.Spelt s : gazetteer.spelt(location.country(), skeleton, key.charAt(0))) {
      if (s.entry().feature().equals("PPLA") && location.name().equals(s.entry().location().region())) {
        return s.entry().location();
      }
    }
    return location;
  }

  /**
   * The best of a name's places, unless another one of the same kind lies far from it (more than
   * {@value #FAR_KM} km) and is not much smaller ({@value #DOMINANT} times): then which one the text
   * means is a guess, and a guess far away is worse than none. A capital wins over other towns.
   */
  private static Optional<PlaceGazetteer.Entry> undoubted(List<PlaceGazetteer.Entry> entries, boolean region) {
    PlaceGazetteer.Entry best = best(entries, region);
    for (PlaceGazetteer.Entry other : entries) {
      Location a = best.location();
      Location b = other.location();
      if (other != best && b.precision() == a.precision() && !(best.feature().equals("PPLC") && !other.feature().equals("PPLC"))
          && other.population() * DOMINANT > best.population()
          && Distances.kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) > FAR_KM) {
        return Optional.empty();
      }
    }
    return Optional.of(best);
  }

  /**
   * The place a name means among several in reach: a region when the text says so, else a town
   * before a region of the same name (Kirkuk the city, not the governorate), a capital or a
   * region's seat before other towns, then the most populous.
   */
  private static PlaceGazetteer.Entry best(List<PlaceGazetteer.Entry> entries, boolean region) {
    Comparator<PlaceGazetteer.Entry> order = Comparator
        .comparingInt((PlaceGazetteer.Entry e) -> region == (e.location().precision() == Location.Precision.REGION) ? 0 : 1)
        .thenComparingInt(e -> e.location().precision() == Location.Precision.TOWN ? rank(e.feature()) : 3)
        .thenComparing(Comparator.comparingLong(PlaceGazetteer.Entry::population).reversed());
    return entries.stream().min(order).orElseThrow();
  }

  private static int rank(String feature) {
    return switch (feature) {
      case "PPLC" -> 0;
      case "PPLA" -> 1;
      default -> 2;
    };
  }

  /**
   * A name found by its consonant skeleton ("Mawsil" for Mosul), in the article's countries only,
   * and only where its first letter agrees.
   */
  private Optional<Location> bySkeleton(String key, Set<String> countries, boolean region) {
    String skeleton = PlaceKeys.skeleton(key);
    if (key.length() < LEAST_SPELT || skeleton.length() < LEAST_SKELETON) {
      return Optional.empty();
    }
    List<PlaceGazetteer.Entry> found = new ArrayList<>();
    List<PlaceGazetteer.Entry> byOwnName = new ArrayList<>();
    for (String country : countries) {
      for (PlaceGazetteer.Spelt s : gazetteer.spelt(country.toUpperCase(Locale.ROOT), skeleton, key.charAt(0))) {
        PlaceGazetteer.Entry e = s.entry();
        if (e.location().precision() == Location.Precision.TOWN && e.population() < LEAST_SPELT_POPULATION) {
          continue;
        }
        found.add(e);
        if (s.ownName()) {
          byOwnName.add(e); // "Ninawa" is Nineveh's own name spelt otherwise, and only an old one of Karbala's
        }
      }
    }
    if (!byOwnName.isEmpty()) {
      found = byOwnName;
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(best(found, region).location());
  }
}
