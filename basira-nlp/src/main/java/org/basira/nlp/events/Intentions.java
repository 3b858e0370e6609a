package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Actor;
import org.basira.model.Attribution;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.PloverCategory;
import org.basira.model.QuadClass;
import org.basira.nlp.Tokens;

/**
 * A speaker who says what their side will do has done something already: PLOVER codes a stated
 * intent to cooperate as AGREE and a stated intent to use force as THREATEN. For each attribution
 * with a known speaker whose content holds a future event that the speaker's side takes part in
 * (as its source, or with no source named in a first-person statement: "our cooperation will
 * continue"), one reported event by the speaker, carried by the attribution's cue. A speaker who
 * says in the future tense what their side will or will not do, with no event the lexicon knows
 * ("Washington will not abandon its partners", said by the US president), pledges too: AGREE. The
 * side is the speaker and whatever belongs to the same state in the gazetteer. Future events in
 * the speech stay as they are.
 */
final class Intentions {

  /** "we", "our", "us" in lower case (upper-case "US" is a state): the speaker's side speaks of itself. */
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Ww]e|[Oo]ur|us|[Oo]urs|[Ww]e're|[Ww]e’re)\\b");

  private final Tokens tokens;
  private final EventActors actors;
  private final Participants participants;
  private final EventLexicon lexicon;
  private final Gazetteer gazetteer;

  Intentions(Tokens tokens, EventActors actors, Participants participants, EventLexicon lexicon, Gazetteer gazetteer) {
    this.tokens = tokens;
    this.actors = actors;
    this.participants = participants;
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  List<Event> of(List<Attribution> attributions, List<Event> events) {
    List<Event> stated = new ArrayList<>();
    for (Attribution attribution : attributions) {
      String speaker = attribution.speaker().actor();
      if (speaker == null) {
        continue;
      }
      boolean firstPerson = FIRST_PERSON.matcher(attribution.content().text()).find();
      Event cooperation = null;
      Event threat = null;
      for (Event event : events) {
        if (event.status() != EventStatus.FUTURE || !inside(event, attribution)
            || !(event.source().contains(speaker) || event.source().isEmpty() && firstPerson)) {
          continue;
        }
        QuadClass quad = event.category().quadClass();
        if (quad.isCooperation() && cooperation == null) {
          cooperation = event;
        } else if (quad == QuadClass.MATERIAL_CONFLICT && threat == null) {
          threat = event;
        }
      }
      if (cooperation != null) {
        stated.add(intent(PloverCategory.AGREE, speaker, cooperation.target(), attribution));
      }
      if (threat != null) {
        stated.add(intent(PloverCategory.THREATEN, speaker, threat.target(), attribution));
      }
      if (cooperation == null && threat == null && pledges(attribution, speaker)) {
        stated.add(intent(PloverCategory.AGREE, speaker, List.of(), attribution));
      }
    }
    return stated;
  }

  /** Whether the content holds a clause in the future tense whose subject is the speaker's side. */
  private boolean pledges(Attribution attribution, String speaker) {
    Optional<String> state = gazetteer.stateOf(speaker);
    int last = tokens.tokenAt(Math.max(attribution.content().start(), attribution.content().end() - 1));
    for (int t = tokens.tokenAt(attribution.content().start()); t <= last && t < tokens.size(); t++) {
      if (tokens.start(t) < attribution.content().start() || tokens.end(t) > attribution.content().end()
          || !tokens.relation(t).equals("aux") || !lexicon.futureModals.contains(tokens.word(t).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int c : tokens.children(tokens.head(t))) {
        if (!tokens.relation(c).startsWith("nsubj")) {
          continue;
        }
        if (tokens.word(c).equalsIgnoreCase("we")) {
          return true;
        }
        for (Actor actor : participants.resolve(tokens, actors, c)) {
          if (actor.id().equals(speaker) || state.isPresent() && Objects.equals(gazetteer.stateOf(actor.id()), state)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean inside(Event event, Attribution attribution) {
    return event.trigger().start() >= attribution.content().start()
        && event.trigger().end() <= attribution.content().end();
  }

  private static Event intent(PloverCategory category, String speaker, List<String> planned, Attribution attribution) {
    List<String> target = planned.stream().filter(t -> !t.equals(speaker)).toList();
    return new Event(category, List.of(speaker), target, EventDate.UNKNOWN, EventPlace.UNKNOWN, attribution.cue(),
        attribution.sentence(), EventStatus.REPORTED);
  }
}
