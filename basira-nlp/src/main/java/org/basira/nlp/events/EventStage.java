package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.PloverCategory;
import org.basira.model.TextSpan;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Layer;
import org.basira.nlp.Stage;
import org.basira.nlp.Tokens;

/**
 * Adds the article's events: who did what to whom, when and where, in a PLOVER category, after the
 * actor stage. Each sentence goes through small steps:
 * {@link Triggers} (lexicon patterns) → {@link LearnedCoding} (the event model's category) →
 * {@link Reversals} (ending a conflictual act concedes) →
 * {@link Participants} (source and target, a side they leave empty filled by {@link LearnedSides}) → {@link Statuses} (reported, negated, hypothetical,
 * future) → {@link Refusals} (a cooperative act denied) → {@link EventDates} and
 * {@link EventPlaces} → {@link Outcomes} and {@link Embedded} (a participle that tells an event's
 * outcome, an event told as what another is about); then
 * {@link Restatements} folds an event told twice into one, and {@link Intentions} adds the intents
 * speakers state (after the attribution stage).
 */
public final class EventStage implements Stage {

  private final EventLexicon lexicon;
  private final Triggers triggers;
  private final Participants participants;
  private final Statuses statuses;
  private final EventPlaces places;
  private final Map<String, GazetteerEntry> demonyms;
  private final Gazetteer gazetteer;
  private final LearnedCoding learned;
  private final LearnedSides learnedSides;
  private final Reversals reversals;

  /**
   * The stage with the states of {@code gazetteer}, whose demonyms name them in events, and the
   * event model that ships with Basira.
   */
  public EventStage(Gazetteer gazetteer) {
    this(gazetteer, EventModel.shipped(), SideModel.shipped());
  }

  /** The stage with {@code model} as its event model, or with the lexicon alone where it is null, and the shipped side model. */
  public EventStage(Gazetteer gazetteer, EventModel model) {
    this(gazetteer, model, SideModel.shipped());
  }

  /**
   * The stage with {@code model} as its event model (the lexicon alone where null) and {@code sides}
   * as its side model (the rules alone where null).
   */
  public EventStage(Gazetteer gazetteer, EventModel model, SideModel sides) {
    this.gazetteer = gazetteer;
    this.learned = model == null ? null : new LearnedCoding(model);
    this.learnedSides = sides == null ? null : new LearnedSides(sides);
    this.demonyms = EventActors.demonymsOf(gazetteer.entries());
    this.lexicon = EventLexicon.load();
    this.triggers = new Triggers(lexicon);
    this.participants = new Participants(lexicon);
    this.statuses = new Statuses(lexicon);
    this.places = new EventPlaces(lexicon);
    this.reversals = new Reversals(lexicon);
  }

  @Override
  public String name() {
    return "events";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.LINGUISTIC, Layer.ACTORS, Layer.ATTRIBUTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.EVENTS);
  }

  /** How many trigger patterns the lexicon holds. */
  public int patterns() {
    return lexicon.size();
  }

  @Override
  public void process(AnnotatedArticle article) {
    Tokens tokens = article.tokens();
    EventActors actors = new EventActors(tokens, article.actors(), demonyms, gazetteer);
    List<Restatements.Told> events = new ArrayList<>();
    for (int s = 0; s < tokens.sentences(); s++) {
      if (!parsed(tokens, s)) {
        continue;
      }
      List<Trigger> lexical = triggers.find(tokens, actors.mentions(), s);
      List<Trigger> found = reversals.read(tokens, learned == null ? lexical : learned.code(tokens, s, lexical));
      if (found.isEmpty()) {
        continue;
      }
      EventStatus[] status = new EventStatus[found.size()];
      for (int i = 0; i < found.size(); i++) {
        status[i] = statuses.of(tokens, found.get(i));
      }
      EventDate[] dates = new EventDate[found.size()];
      for (DateExpression date : EventDates.find(tokens, s, article.article().published())) {
        int i = EventDates.eventOf(tokens, date, found);
        if (i >= 0 && dates[i] == null) {
          // "by 31 December" in a plan is the coming December, in a report the last one.
          dates[i] = new EventDate(DateResolver.resolve(date.text(), article.article().published(),
              status[i] == EventStatus.FUTURE), date.text());
        }
      }
      int[] outcomeOf = Outcomes.of(tokens, found);
      boolean[] embedded = Embedded.of(tokens, found);
      Event[] sentenceEvents = new Event[found.size()];
      for (int i = 0; i < found.size(); i++) {
        Trigger trigger = found.get(i);
        Participants.Sides sides = participants.of(tokens, actors, trigger);
        EventPlace place = places.of(tokens, actors, trigger);
        // The model completes events the rules found specific; it does not make a generic one evidence.
        if (learnedSides != null && (named(sides.source()) || named(sides.target()) || place.text() != null
            || dates[i] != null)) {
          // An embedded event without a source of its own is what another is about (Embedded): not given one.
          sides = learnedSides.complete(tokens, actors, trigger, sides, !embedded[i]);
        }
        TextSpan span = TextSpan.of(tokens.text(), tokens.start(trigger.first()), tokens.end(trigger.last()));
        Refusals.Coded coded = Refusals.of(trigger.pattern().category(), lexicalCategory(lexical, trigger), status[i],
            !sides.source().isEmpty());
        sentenceEvents[i] = new Event(coded.category(), sides.source(), sides.target(), dates[i], place, span, s,
            coded.status());
      }
      Outcomes.fold(sentenceEvents, outcomeOf);
      Outcomes.foldEncounters(sentenceEvents);
      Embedded.fold(sentenceEvents, embedded);
      for (int i = 0; i < found.size(); i++) {
        if (sentenceEvents[i] != null) {
          Trigger trigger = found.get(i);
          String lemma = tokens.lemma(trigger.isNoun() || trigger.object() < 0 ? trigger.head() : trigger.object())
              .toLowerCase(Locale.ROOT);
          events.add(new Restatements.Told(sentenceEvents[i], lemma, trigger.isNoun()));
        }
      }
    }
    actors.record();
    List<Event> intents = new Intentions(tokens, actors, participants, lexicon, gazetteer)
        .of(article.attributions(), events.stream().map(Restatements.Told::event).toList());
    List<Event> all = new ArrayList<>(Restatements.fold(events.stream().filter(t -> specific(t.event())).toList()));
    all.addAll(intents);
    all.sort(Comparator.comparingInt((Event e) -> e.trigger().start()));
    article.events().addAll(all);
  }

  /**
   * Whether the event names someone, somewhere or some time. One that names none ("the war",
   * "attacks") speaks of a kind of event rather than reporting one, and is no evidence; participants
   * it only describes ("a great deal of experience") do not make it one.
   */
  private static boolean specific(Event event) {
    return named(event.source()) || named(event.target()) || event.place().text() != null
        || event.date().text() != null;
  }

  private static boolean named(List<String> side) {
    return side.stream().anyMatch(id -> !EventActors.isDescribed(id));
  }

  /** The category the lexicon gave the trigger at {@code trigger}'s head, or null where it found none there. */
  private static PloverCategory lexicalCategory(List<Trigger> lexical, Trigger trigger) {
    for (Trigger t : lexical) {
      if (t.head() == trigger.head()) {
        return t.pattern().category();
      }
    }
    return null;
  }

  /** Whether sentence {@code s} has a dependency parse; a sentence too long to parse yields no events. */
  private static boolean parsed(Tokens tokens, int s) {
    for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
      if (!tokens.relation(t).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
