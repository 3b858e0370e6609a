package org.basira.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.basira.model.ActorType;
import org.basira.names.NameMatcher;
import org.basira.names.NameWords;

/**
 * The actors Basira knows before reading: states with their capitals and demonyms, international
 * organisations, armed groups, outlets, communities, and the Iraq case, kept as YAML data files
 * (docs/gazetteer.md). Casebooks and actor files add entries; an added entry with a known id
 * replaces the built-in one. Immutable once built, so one instance serves every thread.
 *
 * <p>Entries keep a fixed order, the files' order with added entries after (an entry that replaces
 * another takes its place): where two actors share an alias ("Congolese" for both Congos), the
 * first in that order comes first among the alias's targets, and it wins every lookup that keeps
 * the first of several. An order that changed from one process to the next would change the
 * analysis of the same article between runs, threads and Spark executors.
 */
public final class Gazetteer {

  private final Map<String, GazetteerEntry> entries;
  private final AliasIndex aliases;
  private final NameMatcher names;
  private final Map<String, String> governments = new LinkedHashMap<>();
  private final Map<String, String> forces = new LinkedHashMap<>();
  private final Map<String, String> capitalPlaces = new LinkedHashMap<>();
  private final List<KnownName> personNames = new ArrayList<>();

  /** One name of a gazetteer person, parsed once for comparisons across spellings. */
  public record KnownName(String actor, NameMatcher.ParsedName name) {
  }

  private Gazetteer(Collection<GazetteerEntry> given, NameMatcher names) {
    this.names = names;
    Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
    for (GazetteerEntry entry : given) {
      byId.put(entry.id(), entry);
    }
    addCapitalPlaces(byId);
    // Not Map.copyOf: its iteration order is salted afresh in every JVM.
    this.entries = Collections.unmodifiableMap(byId);
    checkAffiliations();
    this.aliases = new AliasIndex(new NameWords(names.normalizer()));
    for (GazetteerEntry entry : byId.values()) {
      boolean person = entry.type() == ActorType.PERSON;
      for (String name : entry.names()) {
        aliases.add(name, entry.id(), AliasKind.NAME, person);
        if (person) {
          personNames.add(new KnownName(entry.id(), names.parse(name)));
        }
      }
      entry.demonyms().forEach(d -> aliases.add(d, entry.id(), AliasKind.DEMONYM, false));
      entry.people().forEach(p -> aliases.add(p, entry.id(), AliasKind.PEOPLE, false));
      if (entry.capital() != null) {
        aliases.add(entry.capital(), entry.id(), AliasKind.CAPITAL, false);
        entry.capitalAliases().forEach(c -> aliases.add(c, entry.id(), AliasKind.CAPITAL, false));
      }
      entry.affiliated(Relation.GOVERNMENT_OF).forEach(state -> governments.putIfAbsent(state, entry.id()));
      entry.affiliated(Relation.FORCES_OF).forEach(state -> forces.putIfAbsent(state, entry.id()));
    }
  }

  /** The built-in gazetteer. Loading takes a fraction of a second; build it once per process. */
  public static Gazetteer builtIn(NameMatcher names) {
    return new Gazetteer(GazetteerFiles.builtIn(), names);
  }

  public static Gazetteer of(Collection<GazetteerEntry> entries, NameMatcher names) {
    return new Gazetteer(entries, names);
  }

  /** This gazetteer with {@code more} entries added; an entry with a known id replaces it. */
  public Gazetteer with(Collection<GazetteerEntry> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<GazetteerEntry> all = new ArrayList<>(entries.values().stream()
        .filter(e -> !e.source().equals("capital")).toList());
    all.addAll(more);
    return new Gazetteer(all, names);
  }

  public Optional<GazetteerEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Every entry, in the gazetteer's order (see the class comment). */
  public Collection<GazetteerEntry> entries() {
    return entries.values();
  }

  public AliasIndex aliases() {
    return aliases;
  }

  public NameMatcher names() {
    return names;
  }

  /** Every name and alias of every person, in gazetteer order. */
  public List<KnownName> personNames() {
    return Collections.unmodifiableList(personNames);
  }

  /** The actor that is a state's government: its own entry where the gazetteer has one, else the state. */
  public String governmentOf(String state) {
    return governments.getOrDefault(state, state);
  }

  /** A state's armed forces, where the gazetteer has an entry for them. */
  public Optional<String> forcesOf(String state) {
    return Optional.ofNullable(forces.get(state));
  }

  /** The place entry for a state's capital city. */
  public Optional<String> capitalPlaceOf(String state) {
    return Optional.ofNullable(capitalPlaces.get(state));
  }

  /**
   * The state an actor belongs to, following offices, leadership, membership and part-of links:
   * Kadhimi holds office in the Iraqi government, which is the government of Iraq.
   */
  public Optional<String> stateOf(String actor) {
    String current = actor;
    for (int depth = 0; depth < 6 && current != null; depth++) {
      GazetteerEntry entry = entries.get(current);
      if (entry == null) {
        return Optional.empty();
      }
      if (entry.type() == ActorType.STATE && entry.affiliated(Relation.GOVERNMENT_OF).isEmpty()) {
        return Optional.of(entry.id());
      }
      current = firstOf(entry, Relation.GOVERNMENT_OF, Relation.FORCES_OF, Relation.HOLDS_OFFICE_IN,
          Relation.LEADS, Relation.PART_OF, Relation.MEMBER_OF, Relation.BASED_IN);
    }
    return Optional.empty();
  }

  private static String firstOf(GazetteerEntry entry, Relation... relations) {
    for (Relation relation : relations) {
      List<String> targets = entry.affiliated(relation);
      if (!targets.isEmpty()) {
        return targets.get(0);
      }
    }
    return null;
  }

  /** Each state's capital as a place, unless an entry already names that place. */
  private void addCapitalPlaces(Map<String, GazetteerEntry> byId) {
    Map<String, String> placeByKey = new LinkedHashMap<>();
    for (GazetteerEntry entry : byId.values()) {
      if (entry.type() == ActorType.PLACE) {
        for (String name : entry.names()) {
          placeByKey.putIfAbsent(names.normalizer().key(name).folded(), entry.id());
        }
      }
    }
    List<GazetteerEntry> added = new ArrayList<>();
    for (GazetteerEntry state : byId.values()) {
      if (state.capital() == null) {
        continue;
      }
      String known = placeByKey.get(names.normalizer().key(state.capital()).folded());
      if (known != null) {
        capitalPlaces.put(state.id(), known);
        continue;
      }
      String id = state.id() + ".city." + Slugs.of(state.capital());
      added.add(new GazetteerEntry(id, state.capital(), ActorType.PLACE, null, state.capitalAliases(), List.of(),
          List.of(), null, List.of(), List.of(), List.of(new Affiliation(state.id(), Relation.LOCATED_IN)), "capital"));
      capitalPlaces.put(state.id(), id);
    }
    added.forEach(e -> byId.putIfAbsent(e.id(), e));
  }

  private void checkAffiliations() {
    for (GazetteerEntry entry : entries.values()) {
      for (Affiliation affiliation : entry.affiliations()) {
        if (!entries.containsKey(affiliation.actor())) {
          throw new GazetteerException(entry.source() + ": actor " + entry.id() + " is "
              + affiliation.relation().wireName() + " '" + affiliation.actor()
              + "', which no gazetteer or actor file defines; add it or correct the id");
        }
      }
    }
  }
}
