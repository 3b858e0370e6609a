package org.basira.nlp.places;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.basira.geo.PlaceGazetteer;
import org.basira.geo.PlaceResolver;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Event;
import org.basira.model.EventPlace;
import org.basira.model.Location;
import org.basira.model.Mention;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Layer;
import org.basira.nlp.Stage;

/**
 * Where things are: every place and state the article names, and every event's place, resolved in
 * the gazetteer of places. The article's context chooses among places of one name: first the
 * countries it names, then, in a second round, the countries of the towns and regions it places,
 * which say better where it is set than the states that act in it ("Pokrovsk" in an article on
 * Russian shelling is Ukraine's). A place the gazetteer cannot tell stays unresolved.
 *
 * <p>CoreNLP takes many towns it has never seen for people ("fled to Djibo"). A name the article
 * uses as a place (after "in", "near", "to", ...) that no one knows as a person and that lies in the
 * article's countries is a place.
 */
public final class PlaceStage implements Stage {

  /** A word after a place's name that makes it a region: "the Kidal region", "Anbar province". */
  private static final Pattern REGION_AFTER = Pattern.compile(
      "^\\s+(region|province|governorate|oblast|state|district|prefecture)\\b", Pattern.CASE_INSENSITIVE);
  /** What comes before a place's name, or before the first of two: "near Djibo", "between Gao and ". */
  private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
      "(?i)(?<!\\b(?:according|told|said|spoke|talked|wrote|replied|referred|belongs|belonged|next|close|due)\\s)"
          + "\\b(in|near|outside|around|to|towards|toward|from|between|at|into|reached|across"
          + "|shelled|bombed|captured|seized|entered|besieged|stormed|recaptured|retook"
          + "|(?:north|south|east|west|northeast|northwest|southeast|southwest|outskirts)\\s+of)\\s+"
          + "(?:the\\s+(?:town|city|village)\\s+of\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:and|or)\\s+)?$");

  private final Supplier<PlaceResolver> source;
  private volatile PlaceResolver resolver;

  /**
   * @param source gives the resolver, asked once on first need: a pipeline that never meets a place
   *     never reads the gazetteer (about 100 MB and 5 seconds)
   */
  public PlaceStage(Supplier<PlaceResolver> source) {
    this.source = source;
  }

  /** The stage with the gazetteer built into Basira. */
  public static PlaceStage shipped() {
    return new PlaceStage(() -> new PlaceResolver(PlaceGazetteer.shipped()));
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.LINGUISTIC, Layer.ACTORS, Layer.ATTRIBUTIONS, Layer.EVENTS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.PLACES);
  }

  @Override
  public void process(AnnotatedArticle article) {
    List<Actor> actors = article.actors();
    Set<String> speakers = new java.util.HashSet<>();
    article.attributions().forEach(a -> {
      if (a.speaker().actor() != null) {
        speakers.add(a.speaker().actor());
      }
    });
    boolean anyPlace = actors.stream().anyMatch(a -> isPlace(a) || mayBePlace(article.text(), a, speakers))
        || article.events().stream().anyMatch(e -> e.place().text() != null);
    if (!anyPlace) {
      return;
    }
    PlaceResolver places = resolver();
    Set<String> states = new LinkedHashSet<>();
    for (Actor actor : actors) {
      if (isPlace(actor)) {
        places.resolve(actor.name(), Set.of()).filter(l -> l.precision() == Location.Precision.COUNTRY)
            .ifPresent(l -> states.add(l.country()));
      }
    }
    Map<String, Integer> votes = new HashMap<>();
    for (Actor actor : actors) {
      if (isPlace(actor)) {
        locate(places, article.text(), actor, states).filter(l -> l.precision() != Location.Precision.COUNTRY)
            .ifPresent(l -> votes.merge(l.country(), 1, Integer::sum));
      }
    }
    // the country most of its towns lie in first: one "Hays" in Kansas does not move an article on Yemen
    Set<String> settings = new LinkedHashSet<>();
    votes.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(e -> settings.add(e.getKey()));
    Set<String> everywhere = new LinkedHashSet<>(settings);
    everywhere.addAll(states);
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      if (isPlace(actor)) {
        Optional<Location> location = locate(places, article.text(), actor, settings.isEmpty() ? states : settings)
            .or(() -> locate(places, article.text(), actor, everywhere));
        actors.set(i, actor.withLocation(location.orElse(null)));
      } else if (!everywhere.isEmpty() && mayBePlace(article.text(), actor, speakers)) {
        Optional<Location> location = locate(places, article.text(), actor, everywhere)
            .filter(l -> l.precision() != Location.Precision.COUNTRY && everywhere.contains(l.country()));
        if (location.isPresent()) {
          actors.set(i, new Actor(actor.id(), actor.name(), ActorType.PLACE, actor.description(), actor.mentions(),
              location.get()));
        }
      }
    }
    List<Event> events = article.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      Location location = placeOf(places, event.place(), actors, everywhere);
      if (location != null) {
        events.set(i, new Event(event.category(), event.source(), event.target(), event.date(),
            event.place().withLocation(location), event.trigger(), event.sentence(), event.status()));
      }
    }
  }

  private PlaceResolver resolver() {
    PlaceResolver read = resolver;
    if (read == null) {
      synchronized (this) {
        read = resolver;
        if (read == null) {
          read = source.get();
          resolver = read;
        }
      }
    }
    return read;
  }

  /**
   * The location of the place actor an event's place names, else of the place as written: the
   * actor has been placed by its name and all its mentions ("Syria", written "Syrian" there).
   */
  private static Location placeOf(PlaceResolver places, EventPlace place, List<Actor> actors, Set<String> countries) {
    if (place.actor() != null) {
      for (Actor actor : actors) {
        if (actor.id().equals(place.actor()) && actor.location() != null) {
          return actor.location();
        }
      }
    }
    return place.text() == null ? null : places.resolve(place.text(), countries).orElse(null);
  }

  /**
   * An actor's location. A place by the first of its mentions that resolves, as written and with
   * a region word that follows it ("the Kidal region"), else by its name: the text's own word is
   * the surest ("Diwaniyah" the town, though the actor is the governorate of Al-Qadisiyah). A
   * state by its name first, and only as a country: "the Iraqi government", mentioned as
   * "Baghdad", is not located in a town.
   */
  private static Optional<Location> locate(PlaceResolver places, String text, Actor actor, Set<String> countries) {
    if (actor.type() == ActorType.STATE) {
      Optional<Location> byName = places.resolve(actor.name(), countries).filter(PlaceStage::isCountry);
      if (byName.isPresent()) {
        return byName;
      }
      for (Mention mention : actor.mentions()) {
        Optional<Location> location = places.resolve(mention.text(), countries).filter(PlaceStage::isCountry);
        if (location.isPresent()) {
          return location;
        }
      }
      return Optional.empty();
    }
    for (Mention mention : actor.mentions()) {
      int end = Math.min(mention.end(), text.length());
      var region = REGION_AFTER.matcher(text).region(end, Math.min(end + 20, text.length())).useTransparentBounds(true);
      String written = region.lookingAt() ? mention.text() + " " + region.group(1) : mention.text();
      Optional<Location> location = places.resolve(written, countries);
      if (location.isPresent()) {
        return location;
      }
    }
    return places.resolve(actor.name(), countries);
  }

  private static boolean isCountry(Location location) {
    return location.precision() == Location.Precision.COUNTRY;
  }

  private static boolean isPlace(Actor actor) {
    return actor.type() == ActorType.PLACE || actor.type() == ActorType.STATE;
  }

  /**
   * Whether an actor CoreNLP took for a person or an organisation may be a place: a name of one or
   * two words that Basira's gazetteer of actors does not know (its id was minted from the text),
   * with no role given, who says nothing, used at least once where a place stands ("fled to Djibo",
   * "shelled Saraqib", not "according to Djibo").
   */
  private static boolean mayBePlace(String text, Actor actor, Set<String> speakers) {
    boolean minted = actor.id().startsWith("person.") || actor.id().startsWith("org.");
    if (!minted || actor.description() != null || speakers.contains(actor.id()) || actor.name().split("\\s+").length > 2
        || actor.type() != ActorType.PERSON && actor.type() != ActorType.ORGANIZATION) {
      return false;
    }
    for (Mention mention : actor.mentions()) {
      int from = Math.max(0, mention.start() - 60);
      if (mention.start() <= text.length() && LOCATIVE_BEFORE.matcher(text.substring(from, mention.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
