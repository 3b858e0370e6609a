package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.Slugs;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Mention;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorMentions;

/**
 * The actors an event's arguments can name, for one article: the actor stage's mentions, plus a
 * state's demonym where it stands for the state in an event ("attacks on American interests",
 * "rallies denouncing the French presence"). The actor stage leaves a bare demonym alone,
 * since "American" alone is no one; as the owner of what an event acts on it is the state, and
 * the event stage records it as a mention of that state so the event stays traceable.
 */
final class EventActors {

  /** Nouns for what a state's armed forces are or hold. */
  private static final Set<String> MILITARY_NOUNS = Set.of("base", "troop", "soldier", "force", "convoy", "position",
      "patrol", "personnel", "garrison", "outpost", "army", "military", "warship", "aircraft", "drone", "jet",
      "helicopter", "vessel", "ship", "unit", "contractor", "adviser", "advisor", "coalition");

  private final Tokens tokens;
  private final ActorMentions mentions;
  private final List<Actor> actors;
  private final Map<String, GazetteerEntry> demonyms;
  private final Gazetteer gazetteer;
  /** The id prefix of participants the text describes without naming. */
  private static final String DESCRIBED = "participant.";
  /** Entity types of words that tell a time, amount or measure. */
  private static final Set<String> NOT_PARTICIPANTS = Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT",
      "NUMBER", "ORDINAL", "SET");
  /** Nouns that stand for no one: times, amounts, ways and parts. */
  private static final Set<String> UNPARTICIPATING = Set.of("time", "year", "month", "week", "day", "way", "part",
      "number", "lot", "kind", "sort", "type", "thing", "something", "anything", "nothing", "everything", "one",
      "fact", "end", "rest", "percent", "total", "amount");
  /** The dependents that belong to a described participant's noun phrase. */
  private static final Set<String> PHRASE_RELATIONS = Set.of("det", "amod", "compound", "nummod", "nmod:poss");

  private final Map<String, List<Mention>> added = new LinkedHashMap<>();
  private final Map<String, String> describedNames = new HashMap<>();
  private final Map<Integer, Actor> byToken = new HashMap<>();
  private final Map<String, Actor> byWord = new HashMap<>();

  EventActors(Tokens tokens, List<Actor> actors, Map<String, GazetteerEntry> demonyms, Gazetteer gazetteer) {
    this.tokens = tokens;
    this.mentions = new ActorMentions(tokens, actors);
    this.actors = actors;
    this.demonyms = demonyms;
    this.gazetteer = gazetteer;
    for (Actor actor : actors) {
      for (Mention mention : actor.mentions()) {
        if (mention.text().chars().allMatch(Character::isLetter)) {
          byWord.putIfAbsent(mention.text().toLowerCase(Locale.ROOT), actor);
        }
      }
    }
  }

  ActorMentions mentions() {
    return mentions;
  }

  /**
   * The actor token {@code t} names: a mention of the actor stage, a state by its demonym, or a noun
   * the article uses elsewhere as a one-word mention (the actor stage marks "militias" in one
   * sentence; "the detention of militia fighters" means the same militias); null if none.
   */
  Actor at(int t) {
    Actor actor = mentions.at(t);
    if (actor == null) {
      actor = demonym(t);
    }
    if (actor == null && tokens.isNoun(t)) {
      actor = byWord.get(tokens.word(t).toLowerCase(Locale.ROOT));
      if (actor == null) {
        actor = byWord.get(tokens.lemma(t).toLowerCase(Locale.ROOT));
      }
    }
    return actor;
  }

  private Actor demonym(int t) {
    GazetteerEntry entry = demonymEntry(t);
    if (entry == null) {
      return null;
    }
    return byToken.computeIfAbsent(t, k -> {
      added.computeIfAbsent(entry.id(), id -> new ArrayList<>())
          .add(new Mention(tokens.start(t), tokens.end(t), tokens.word(t)));
      Actor known = find(entry.id());
      return known != null ? known : new Actor(entry.id(), entry.name(), entry.type(), null, List.of());
    });
  }

  /** The state (or its forces) that demonym {@code t} stands for, or null. */
  private GazetteerEntry demonymEntry(int t) {
    if (!(tokens.isAdjective(t) || tokens.isProperNoun(t))) {
      return null;
    }
    GazetteerEntry state = demonyms.get(tokens.word(t));
    if (state == null) {
      return null;
    }
    // "American bases", "Iranian troops": what soldiers hold stands for the state's forces.
    int head = tokens.head(t);
    return head >= 0 && militaryNoun(head)
        ? gazetteer.forcesOf(state.id()).flatMap(gazetteer::entry).orElse(state)
        : state;
  }

  /**
   * Who token {@code t} could stand for as a participant, read without recording anything.
   *
   * @param words the words that name or describe it
   * @param kind the named actor's type, or "described"
   * @param id the actor id {@link #at} or {@link #described} would give
   */
  record Reading(String words, String kind, String id) {
  }

  /** What {@link #at}, else {@link #described}, would make of token {@code t}, without recording it; null if nothing. */
  Reading peek(int t) {
    Actor named = mentions.at(t);
    if (named != null) {
      for (Mention m : named.mentions()) {
        if (m.start() <= tokens.start(t) && tokens.end(t) <= m.end()) {
          return new Reading(m.text(), named.type().name(), named.id());
        }
      }
      return new Reading(tokens.word(t), named.type().name(), named.id());
    }
    GazetteerEntry state = demonymEntry(t);
    if (state != null) {
      return new Reading(tokens.word(t), state.type().name(), state.id());
    }
    if (tokens.isNoun(t)) {
      Actor word = byWord.get(tokens.word(t).toLowerCase(Locale.ROOT));
      if (word == null) {
        word = byWord.get(tokens.lemma(t).toLowerCase(Locale.ROOT));
      }
      if (word != null) {
        return new Reading(tokens.word(t), word.type().name(), word.id());
      }
    }
    int first = describedFrom(t);
    return first < 0 ? null : new Reading(tokens.span(first, t), "described", DESCRIBED + Slugs.of(describedName(first, t)));
  }

  /** A described participant's name: its phrase without a leading determiner or possessive pronoun. */
  private String describedName(int first, int t) {
    int from = first;
    while (from < t && (tokens.relation(from).equals("det") || tokens.relation(from).equals("nmod:poss")
        && tokens.tag(from).startsWith("PRP"))) {
      from++;
    }
    return tokens.span(from, t);
  }

  /** Whether {@code t} is a military noun; by word too, since the lemmatiser reads "bases" as "basis". */
  private boolean militaryNoun(int t) {
    String word = tokens.word(t).toLowerCase(Locale.ROOT);
    return MILITARY_NOUNS.contains(tokens.lemma(t).toLowerCase(Locale.ROOT)) || MILITARY_NOUNS.contains(word)
        || word.endsWith("s") && MILITARY_NOUNS.contains(word.substring(0, word.length() - 1));
  }

  private Actor find(String id) {
    for (Actor actor : actors) {
      if (actor.id().equals(id)) {
        return actor;
      }
    }
    return null;
  }

  /**
   * A participant the text describes without naming it ("protesters", "a military base", "18
   * people"): an actor of type OTHER for the noun phrase that common noun {@code t} heads, its
   * determiners, numbers, adjectives and compounds included. Null for a word that is no common noun,
   * or a noun of time, amount or measure, which takes no part in an event.
   */
  Actor described(int t) {
    int first = describedFrom(t);
    if (first < 0) {
      return null;
    }
    String name = describedName(first, t);
    String id = DESCRIBED + Slugs.of(name);
    Mention mention = new Mention(tokens.start(first), tokens.end(t), tokens.span(first, t));
    return byToken.computeIfAbsent(t, k -> {
      added.computeIfAbsent(id, i -> new ArrayList<>()).add(mention);
      describedNames.putIfAbsent(id, name);
      Actor known = find(id);
      return known != null ? known : new Actor(id, name, ActorType.OTHER, null, List.of());
    });
  }

  /**
   * The first token of the noun phrase that common noun {@code t} heads, as {@link #described}
   * would take it, without recording anything; -1 where {@code t} describes no participant.
   */
  int describedFrom(int t) {
    if (!tokens.isNoun(t) || tokens.isProperNoun(t) || NOT_PARTICIPANTS.contains(tokens.ner(t))
        || UNPARTICIPATING.contains(tokens.lemma(t).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int first = t;
    for (int c : tokens.children(t)) {
      if (c < t && PHRASE_RELATIONS.contains(tokens.relation(c))) {
        first = Math.min(first, tokens.subtreeFirst(c));
      }
    }
    return first;
  }

  /** Whether an actor id is that of a participant the text only describes. */
  static boolean isDescribed(String id) {
    return id.startsWith(DESCRIBED);
  }

  /** Adds the demonym mentions the events used to the article's actors, creating a state the text only named by demonym. */
  void record() {
    added.forEach((id, more) -> {
      Actor known = find(id);
      if (known != null) {
        List<Mention> all = new ArrayList<>(known.mentions());
        all.addAll(more);
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        actors.set(actors.indexOf(known), new Actor(known.id(), known.name(), known.type(), known.description(), all));
      } else if (describedNames.containsKey(id)) {
        actors.add(new Actor(id, describedNames.get(id), ActorType.OTHER, null, more));
      } else {
        GazetteerEntry entry = gazetteer.entry(id).orElseThrow();
        actors.add(new Actor(id, entry.name(), entry.type(), null, more));
      }
    });
  }

  /** Demonym to state, from the gazetteer's states ("American" → the United States). */
  static Map<String, GazetteerEntry> demonymsOf(Iterable<GazetteerEntry> entries) {
    Map<String, GazetteerEntry> map = new HashMap<>();
    for (GazetteerEntry entry : entries) {
      if (entry.type() == ActorType.STATE) {
        entry.demonyms().forEach(d -> map.putIfAbsent(d, entry));
      }
    }
    return Map.copyOf(map);
  }
}
