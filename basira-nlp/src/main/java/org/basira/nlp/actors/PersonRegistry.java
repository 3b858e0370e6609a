package org.basira.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.Slugs;
import org.basira.model.ActorType;
import org.basira.names.NameMatcher;
import org.basira.names.NameMatcher.ShortForm;
import org.basira.names.Verdict;

/**
 * The people one article introduces, in order, so later short forms chain to them: "Khalaf"
 * after "Safaa Khalaf", "Al-Qaradaghi" after "Shahu al-Qara Daghi", "Jafar" after "Jaafar Sheikh
 * Mustafa". A short form that fits two introduced people goes to the one mentioned last; two
 * introduced full names that differ are never joined. Known people come from the gazetteer,
 * across spellings ("Al-Kazemi" is Mustafa al-Kadhimi).
 */
final class PersonRegistry {

  private static final class Person {
    final String id;
    String name;
    int parts;
    int lastSeen;

    Person(String id, String name, int parts, int seen) {
      this.id = id;
      this.name = name;
      this.parts = parts;
      this.lastSeen = seen;
    }
  }

  private final Gazetteer gazetteer;
  private final NameMatcher names;
  private final List<Person> people = new ArrayList<>();

  PersonRegistry(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.names = gazetteer.names();
  }

  /** The person that {@code name} at token {@code position} refers to; {@code known} is a gazetteer id when the alias matched one. */
  ActorRef resolve(String name, int position, String known) {
    int parts = names.normalizer().parts(name).size();
    Person person = known != null ? byId(known) : null;
    if (person == null && known == null) {
      person = parts >= 2 ? sameFullName(name) : shortFormOf(name);
    }
    if (person == null) {
      Optional<GazetteerEntry> entry = known != null ? gazetteer.entry(known) : inGazetteer(name);
      person = entry.map(e -> new Person(e.id(), e.name(), 2, position))
          .orElseGet(() -> new Person(mintedId(name), name, parts, position));
      if (entry.isEmpty() && parts >= 2) {
        Person shortOnly = shortOnlyFor(name);
        if (shortOnly != null) {
          // "Biden" in a headline, "Joe Biden" in the text: the full name names the person.
          shortOnly.name = name;
          shortOnly.parts = parts;
          person = shortOnly;
        }
      }
      if (!people.contains(person)) {
        people.add(person);
      }
    }
    person.lastSeen = position;
    return new ActorRef(person.id, person.name, ActorType.PERSON);
  }

  /** The introduced person {@code name} is a short form of, or null: never a new person. */
  ActorRef resolveIfKnown(String name, int position) {
    Person person = shortFormOf(name);
    if (person == null) {
      return null;
    }
    person.lastSeen = position;
    return new ActorRef(person.id, person.name, ActorType.PERSON);
  }

  private Person byId(String id) {
    return people.stream().filter(p -> p.id.equals(id)).findFirst().orElse(null);
  }

  private Person sameFullName(String name) {
    for (Person person : people) {
      if (person.parts >= 2 && names.compare(name, person.name).same()) {
        return person;
      }
    }
    return null;
  }

  private Person shortFormOf(String name) {
    Person best = null;
    for (ShortForm wanted : List.of(ShortForm.FAMILY_NAME, ShortForm.GIVEN_NAME)) {
      List<Person> fitting = new ArrayList<>();
      for (Person person : people) {
        boolean fits = person.parts >= 2 ? names.shortFormOf(name, person.name) == wanted
            : wanted == ShortForm.FAMILY_NAME && names.compare(name, person.name).same();
        if (fits) {
          fitting.add(person);
        }
      }
      if (wanted == ShortForm.GIVEN_NAME && fitting.size() > 1) {
        return null; // a shared given name says nothing
      }
      for (Person person : fitting) {
        if (best == null || person.lastSeen > best.lastSeen) {
          best = person;
        }
      }
      if (best != null) {
        return best;
      }
    }
    // Only possibly the same family name (Gobati, Qubati; Ameri, Amiri): join when one person fits.
    List<Person> possible = people.stream()
        .filter(p -> p.parts >= 2 && names.possibleFamilyNameOf(name, p.name)).toList();
    return possible.size() == 1 ? possible.get(0) : null;
  }

  private Person shortOnlyFor(String fullName) {
    for (Person person : people) {
      if (person.parts < 2 && names.shortFormOf(person.name, fullName) == ShortForm.FAMILY_NAME) {
        return person;
      }
    }
    return null;
  }

  /** A gazetteer person whose name or alias is this one in another spelling. */
  private Optional<GazetteerEntry> inGazetteer(String name) {
    NameMatcher.ParsedName parsed = names.parse(name);
    String best = null;
    double bestScore = 0;
    for (Gazetteer.KnownName known : gazetteer.personNames()) {
      if (parsed.parts().size() == 1 && known.name().parts().size() != 1) {
        continue; // a lone surname matches only a surname the gazetteer lists on its own
      }
      var comparison = names.compare(parsed, known.name());
      if (comparison.verdict() == Verdict.SAME && comparison.score() > bestScore) {
        best = known.actor();
        bestScore = comparison.score();
      }
    }
    return Optional.ofNullable(best).flatMap(gazetteer::entry);
  }

  private static String mintedId(String name) {
    return "person." + Slugs.of(name);
  }
}
