package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Mention;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorMentions;

/**
 * The actors an event's arguments can name, for one article: the actor stage's mentions, plus a
 * state's demonym where it stands for the state in an event ("attacks on American interests",
 * "protests condemning the American presence"). The actor stage leaves a bare demonym alone,
 * since "American" alone is no one; as the owner of what an event acts on it is the state, and
 * the event stage records it as a mention of that state so the event stays traceable.
 */
final class EventActors {

  private final Tokens tokens;
  private final ActorMentions mentions;
  private final List<Actor> actors;
  private final Map<String, GazetteerEntry> demonyms;
  private final Map<String, List<Mention>> added = new LinkedHashMap<>();
  private final Map<Integer, Actor> byToken = new HashMap<>();

  EventActors(Tokens tokens, List<Actor> actors, Map<String, GazetteerEntry> demonyms) {
    this.tokens = tokens;
    this.mentions = new ActorMentions(tokens, actors);
    this.actors = actors;
    this.demonyms = demonyms;
  }

  ActorMentions mentions() {
    return mentions;
  }

  /** The actor token {@code t} names: a mention of the actor stage, or a state by its demonym; null if none. */
  Actor at(int t) {
    Actor actor = mentions.at(t);
    return actor != null ? actor : demonym(t);
  }

  private Actor demonym(int t) {
    if (!(tokens.isAdjective(t) || tokens.isProperNoun(t))) {
      return null;
    }
    GazetteerEntry entry = demonyms.get(tokens.word(t));
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

  private Actor find(String id) {
    for (Actor actor : actors) {
      if (actor.id().equals(id)) {
        return actor;
      }
    }
    return null;
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
      } else {
        GazetteerEntry entry = demonyms.values().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
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
