package org.basira.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.basira.gazetteer.AliasKind;
import org.basira.gazetteer.AliasMatch;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.Relation;
import org.basira.gazetteer.Slugs;
import org.basira.model.ActorType;
import org.basira.nlp.Tokens;

/**
 * Links one article's candidates to actors, in text order: gazetteer aliases by context (a
 * capital after "in" is the city, elsewhere its government), people through the article's
 * {@link PersonRegistry}, descriptions through their owner or the article's main state, and
 * described armed groups into one collective actor per compatible sect and sponsor.
 */
final class ArticleLinker {

  /** Armed groups named by description, joined while their sect and sponsor agree. */
  private static final class Collective {
    final Set<String> sects = new LinkedHashSet<>();
    final Set<String> sponsors = new LinkedHashSet<>();
    String gazetteerId;
    String gazetteerName;
    String bestName;
    int bestQualifiers = -1;
    final String key;
    final String family;

    Collective(String key, String family) {
      this.key = key;
      this.family = family;
    }

    boolean accepts(String otherFamily, Set<String> otherSects, Set<String> otherSponsors) {
      return family.equals(otherFamily) && (sects.isEmpty() || otherSects.isEmpty() || intersects(sects, otherSects))
          && (sponsors.isEmpty() || otherSponsors.isEmpty() || intersects(sponsors, otherSponsors));
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
      return a.stream().anyMatch(b::contains);
    }
  }

  private final Gazetteer gazetteer;
  private final ActorLexicon lexicon;
  private final Tokens tokens;
  private final String focusState;
  private final PersonRegistry people;
  private final List<Collective> collectives = new ArrayList<>();
  private final Map<String, String> namedByKey = new HashMap<>();
  private ActorRef lastNamedGroup;
  private int lastNamedGroupSentence = -100;
  private ActorRef lastNamedArmedGroup;
  private int lastNamedArmedGroupSentence = -100;
  private final Set<String> placeKeys;

  ArticleLinker(Gazetteer gazetteer, ActorLexicon lexicon, Tokens tokens, String focusState, Set<String> placeKeys) {
    this.placeKeys = placeKeys;
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.tokens = tokens;
    this.focusState = focusState;
    this.people = new PersonRegistry(gazetteer);
  }

  /** The actor the candidate names, or null when it names none. */
  ActorRef link(Candidate candidate) {
    ActorRef ref = switch (candidate.origin()) {
      case ALIAS -> alias(candidate);
      case NAME -> name(candidate);
      case DESCRIPTOR -> descriptor(candidate);
    };
    boolean named = candidate.origin() == Candidate.Origin.DESCRIPTOR
        ? candidate.descriptor().head() == ActorLexicon.HeadClass.MEMBERS // "ISIS fighters"
        : isProperName(candidate);
    if (ref != null && named && (ref.type() == ActorType.ARMED_GROUP || ref.type() == ActorType.ORGANIZATION)) {
      lastNamedGroup = ref;
      lastNamedGroupSentence = tokens.sentence(candidate.first());
      if (ref.type() == ActorType.ARMED_GROUP) {
        lastNamedArmedGroup = ref;
        lastNamedArmedGroupSentence = lastNamedGroupSentence;
      }
    }
    return ref;
  }

  /** Final ids and names for collectives, once every candidate is linked. */
  ActorRef resolveCollective(ActorRef provisional) {
    for (Collective collective : collectives) {
      if (collective.key.equals(provisional.id())) {
        if (collective.gazetteerId != null) {
          return new ActorRef(collective.gazetteerId, collective.gazetteerName, ActorType.ARMED_GROUP);
        }
        return new ActorRef("group." + Slugs.of(collective.bestName), collective.bestName, ActorType.ARMED_GROUP);
      }
    }
    return provisional;
  }

  private ActorRef alias(Candidate candidate) {
    String text = text(candidate);
    List<AliasMatch.Target> targets = candidate.targets();
    for (AliasMatch.Target target : targets) {
      if (target.kind() == AliasKind.NAME && type(target.actor()) == ActorType.PERSON) {
        return people.resolve(text, candidate.first(), target.actor());
      }
    }
    boolean locative = isLocative(candidate.first());
    AliasMatch.Target capital = first(targets, AliasKind.CAPITAL);
    List<AliasMatch.Target> names = targets.stream().filter(t -> t.kind() == AliasKind.NAME).toList();
    if (capital != null && !locative) {
      return ref(gazetteer.governmentOf(capital.actor()));
    }
    if (!names.isEmpty()) {
      AliasMatch.Target chosen = choose(names, candidate.ner(), locative);
      GazetteerEntry entry = gazetteer.entry(chosen.actor()).orElseThrow();
      if (entry.type() == ActorType.ARMED_GROUP && isCollectiveHead(candidate.last())) {
        return collective(candidate, Set.of(), sponsorsOf(entry), entry);
      }
      return ref(entry.id());
    }
    if (capital != null) {
      return gazetteer.capitalPlaceOf(capital.actor()).map(this::ref).orElse(ref(capital.actor()));
    }
    AliasMatch.Target people = first(targets, AliasKind.PEOPLE);
    if (people != null) {
      return peopleOf(people.actor());
    }
    return null; // a demonym on its own is an adjective, not an actor
  }

  private ActorRef name(Candidate candidate) {
    String text = text(candidate);
    String ner = candidate.ner();
    if (ner.equals("MISC")) {
      return null;
    }
    boolean single = candidate.first() == candidate.last()
        || candidate.last() == candidate.first() + 2 && tokens.tag(candidate.first() + 1).equals("HYPH");
    if (single && isMediaCue(candidate.first()) && !ner.equals("LOCATION")
        || ner.equals("ORGANIZATION") && candidate.last() > candidate.first()
        && lexicon.mediaWords().contains(tokens.word(candidate.last()).toLowerCase(Locale.ROOT))) {
      return named("media.", text, ActorType.MEDIA);
    }
    if (!ner.equals("LOCATION") && placeKeys.contains(key(text)) && descriptionlessAt(candidate)) {
      // Named as a place elsewhere in the article: a town the tagger took for a person ("El Fasher").
      return named("place.", text, ActorType.PLACE);
    }
    if (ner.equals("PERSON")) {
      return people.resolve(text, candidate.first(), null);
    }
    if (single) {
      // A person the tagger took for a place or an organisation: "Pachachi", when "Salah Pachachi" came before.
      ActorRef person = people.resolveIfKnown(text, candidate.first());
      if (person != null) {
        return person;
      }
    }
    return ner.equals("LOCATION") ? named("place.", text, ActorType.PLACE) : named("org.", text, ActorType.ORGANIZATION);
  }

  private ActorRef descriptor(Candidate candidate) {
    Descriptor d = candidate.descriptor();
    Optional<String> ownerState = d.owners().stream().map(AliasMatch.Target::actor)
        .filter(id -> type(id) == ActorType.STATE).findFirst();
    String state = ownerState.orElse(d.bare() && d.definite() ? focusState : null);
    switch (d.head()) {
      case ARMED_GROUP: {
        Set<String> sponsors = new LinkedHashSet<>(d.sponsors());
        ownerState.filter(s -> !s.equals(focusState)).ifPresent(sponsors::add);
        return collective(candidate, new LinkedHashSet<>(d.sects()), sponsors, null);
      }
      case FORCES:
        return state == null ? null : forcesOf(state);
      case GOVERNMENT: {
        if (state != null) {
          return ref(gazetteer.governmentOf(state));
        }
        List<String> owners = new ArrayList<>(d.owners().stream().map(AliasMatch.Target::actor).toList());
        for (String name : d.ownerNames()) {
          owners.add(people.resolve(name, candidate.first(), null).id()); // "the Al-Kadhimi government"
        }
        return owners.stream().map(gazetteer::stateOf)
            .flatMap(Optional::stream).findFirst().map(s -> ref(gazetteer.governmentOf(s))).orElse(null);
      }
      case PEOPLE:
        if (state != null) {
          return peopleOf(state);
        }
        return d.sects().isEmpty() ? null : ref(d.sects().get(0));
      case STATE:
        return state == null ? null : ref(state);
      case MEMBERS:
        return d.owners().stream().map(AliasMatch.Target::actor)
            .filter(id -> type(id) == ActorType.ARMED_GROUP || type(id) == ActorType.ORGANIZATION)
            .findFirst().map(this::ref).orElse(null);
      case ANAPHOR: {
        // "The group" after a named armed group is that group, even past a named outlet or institute.
        int sentence = tokens.sentence(candidate.first());
        if (sentence - lastNamedArmedGroupSentence <= 5) {
          return lastNamedArmedGroup;
        }
        return sentence - lastNamedGroupSentence <= 5 ? lastNamedGroup : null;
      }
      default:
        return null;
    }
  }

  private ActorRef collective(Candidate candidate, Set<String> sects, Set<String> sponsors, GazetteerEntry entry) {
    String family = lexicon.familyOf(candidate.descriptor() != null ? candidate.descriptor().headWords()
        : tokens.word(candidate.last()).toLowerCase(Locale.ROOT));
    Collective joined = null;
    for (int i = collectives.size() - 1; i >= 0; i--) {
      Collective c = collectives.get(i);
      if (c.accepts(family, sects, sponsors) && (entry == null || c.gazetteerId == null || c.gazetteerId.equals(entry.id()))) {
        joined = c;
        break;
      }
    }
    if (joined == null) {
      joined = new Collective("collective:" + collectives.size(), family);
      collectives.add(joined);
    }
    joined.sects.addAll(sects);
    joined.sponsors.addAll(sponsors);
    if (entry != null && joined.gazetteerId == null) {
      joined.gazetteerId = entry.id();
      joined.gazetteerName = entry.name();
    }
    int qualifiers = sects.size() + sponsors.size();
    if (qualifiers > joined.bestQualifiers) {
      joined.bestQualifiers = qualifiers;
      joined.bestName = text(candidate);
    }
    return new ActorRef(joined.key, joined.bestName, ActorType.ARMED_GROUP);
  }

  private Set<String> sponsorsOf(GazetteerEntry entry) {
    Set<String> sponsors = new LinkedHashSet<>(entry.affiliated(Relation.ALIGNED_WITH));
    sponsors.addAll(entry.affiliated(Relation.BACKED_BY));
    return sponsors;
  }

  private boolean isCollectiveHead(int last) {
    String word = tokens.word(last).toLowerCase(Locale.ROOT);
    return lexicon.heads().get(ActorLexicon.HeadClass.ARMED_GROUP).contains(word);
  }

  private ActorRef forcesOf(String state) {
    Optional<String> known = gazetteer.forcesOf(state);
    if (known.isPresent()) {
      return ref(known.get());
    }
    GazetteerEntry entry = gazetteer.entry(state).orElseThrow();
    String adjective = entry.demonyms().isEmpty() ? entry.name() : entry.demonyms().get(0);
    return new ActorRef(state + ".forces", adjective + " forces", ActorType.ARMED_GROUP);
  }

  private ActorRef peopleOf(String actor) {
    GazetteerEntry entry = gazetteer.entry(actor).orElseThrow();
    if (entry.type() != ActorType.STATE) {
      return ref(actor);
    }
    String name = entry.people().isEmpty() ? "people of " + entry.name() : entry.people().get(0);
    return new ActorRef(actor + ".people", name, ActorType.OTHER);
  }

  private AliasMatch.Target choose(List<AliasMatch.Target> names, String ner, boolean locative) {
    for (AliasMatch.Target target : names) {
      ActorType type = type(target.actor());
      boolean fits = switch (ner) {
        case "LOCATION" -> type == ActorType.PLACE || type == ActorType.STATE;
        case "ORGANIZATION" -> type == ActorType.ORGANIZATION || type == ActorType.ARMED_GROUP || type == ActorType.MEDIA;
        case "PERSON" -> type == ActorType.PERSON;
        default -> false;
      };
      if (fits || locative && type == ActorType.PLACE) {
        return target;
      }
    }
    return names.get(0);
  }

  private String key(String text) {
    return gazetteer.names().normalizer().key(text).folded();
  }

  /** No title before and no apposition after: nothing says it is a person. */
  private boolean descriptionlessAt(Candidate candidate) {
    int before = candidate.first() - 1;
    boolean titled = before >= 0 && lexicon.titles().contains(tokens.word(before).toLowerCase(Locale.ROOT));
    boolean apposition = candidate.last() + 1 < tokens.size() && tokens.word(candidate.last() + 1).equals(",")
        && candidate.last() + 2 < tokens.size() && tokens.tag(candidate.last() + 2).equals("DT");
    return !titled && !apposition;
  }

  private ActorRef named(String prefix, String text, ActorType type) {
    String key = key(text) + "|" + type;
    String id = namedByKey.computeIfAbsent(key, k -> prefix + Slugs.of(text));
    return new ActorRef(id, text, type);
  }

  private ActorRef ref(String id) {
    GazetteerEntry entry = gazetteer.entry(id).orElseThrow();
    return new ActorRef(entry.id(), entry.name(), entry.type());
  }

  private ActorType type(String id) {
    return gazetteer.entry(id).map(GazetteerEntry::type).orElse(ActorType.OTHER);
  }

  /** Written as a name, every word capitalised: "Islamic State", not "Iraqi forces". */
  private boolean isProperName(Candidate candidate) {
    for (int t = candidate.first(); t <= candidate.last(); t++) {
      if (Character.isLetter(tokens.word(t).charAt(0)) && !tokens.isCapitalised(t)) {
        return false;
      }
    }
    return true;
  }

  private boolean isLocative(int first) {
    int before = first - 1;
    if (before >= 0 && tokens.word(before).equalsIgnoreCase("the")) {
      before--;
    }
    return before >= 0 && tokens.sentence(before) == tokens.sentence(first)
        && lexicon.locativePrepositions().contains(tokens.word(before).toLowerCase(Locale.ROOT));
  }

  private boolean isMediaCue(int first) {
    return first > 0 && lexicon.mediaCues().contains(tokens.word(first - 1).toLowerCase(Locale.ROOT));
  }

  private static AliasMatch.Target first(List<AliasMatch.Target> targets, AliasKind kind) {
    return targets.stream().filter(t -> t.kind() == kind).findFirst().orElse(null);
  }

  private String text(Candidate candidate) {
    return tokens.text().substring(candidate.start(), candidate.end());
  }
}
