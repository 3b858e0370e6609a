package org.basira.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.basira.model.ActorType;

/**
 * One known actor, as the gazetteer files describe it.
 *
 * @param id stable id, such as {@code iq} or {@code iq.pmf}
 * @param arabic the name in Arabic script, or null
 * @param aliases other names and spellings in Latin script
 * @param demonyms adjectives that stand for it ("Iraqi")
 * @param people plural nouns for its people or members ("Iraqis")
 * @param capital a state's seat of government, or null
 * @param roles offices a person holds or held, for display
 * @param source the file the entry came from, for messages
 */
public record GazetteerEntry(String id, String name, ActorType type, String arabic, List<String> aliases,
    List<String> demonyms, List<String> people, String capital, List<String> capitalAliases,
    List<String> roles, List<Affiliation> affiliations, String source) {

  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
    people = List.copyOf(people == null ? List.of() : people);
    capitalAliases = List.copyOf(capitalAliases == null ? List.of() : capitalAliases);
    roles = List.copyOf(roles == null ? List.of() : roles);
    affiliations = List.copyOf(affiliations == null ? List.of() : affiliations);
  }

  /** A plain entry with a name and aliases only. */
  public static GazetteerEntry of(String id, String name, ActorType type, String... aliases) {
    return new GazetteerEntry(id, name, type, null, List.of(aliases), List.of(), List.of(), null, List.of(),
        List.of(), List.of(), "code");
  }

  /** The name, the aliases and the Arabic name: every way the text may name it. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(name);
    names.addAll(aliases);
    if (arabic != null) {
      names.add(arabic);
    }
    return names;
  }

  /** The actors this one is linked to by {@code relation}. */
  public List<String> affiliated(Relation relation) {
    return affiliations.stream().filter(a -> a.relation() == relation).map(Affiliation::actor).toList();
  }
}
