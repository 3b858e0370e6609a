package org.basira.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.basira.json.AnalysisJson;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.ScenarioRef;
import org.basira.model.Speaker;
import org.basira.model.Stance;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Sentence;
import org.basira.model.TextSpan;

/** Team-written analyses of one event each, and folders of their tables as the Spark job writes them. */
final class ArchiveFixtures {

  private ArchiveFixtures() {
  }

  /** One sentence, "{@code source} {@code verb} {@code target}.", with one reported assault dated and published {@code date}. */
  static Analysis event(String sourceId, String source, String verb, String target, String date) {
    return event(date, sourceId, source, verb, "state.us", target, PloverCategory.ASSAULT, date, EventStatus.REPORTED);
  }

  /**
   * An article of one sentence after an intro: "{@code source} {@code verb} {@code target}." with one
   * event of {@code category}, dated {@code date} (or undated when null).
   */
  static Analysis event(String published, String sourceId, String source, String verb, String targetId,
      String target, PloverCategory category, String date, EventStatus status) {
    String text = "Intro line. " + source + " " + verb + " " + target + ".";
    Article article = Article.of(text, verb, verb + ".txt", null, PartialDate.parse(published), "en");
    int s = text.indexOf(source);
    int t = text.indexOf(target);
    int v = text.indexOf(verb);
    List<Actor> actors = new ArrayList<>();
    actors.add(new Actor(sourceId, source, ActorType.ARMED_GROUP, null,
        List.of(new Mention(s, s + source.length(), source))));
    actors.add(new Actor(targetId, target, ActorType.STATE, null, List.of(new Mention(t, t + target.length(), target))));
    EventDate when = date == null ? EventDate.UNKNOWN : new EventDate(PartialDate.parse(date), "in " + date);
    Event event = new Event(category, List.of(sourceId), List.of(targetId), when, EventPlace.UNKNOWN,
        new TextSpan(verb, v, v + verb.length()), 1, status);
    return new Analysis(article, actors, List.of(), List.of(event), List.of(),
        List.of(new Sentence(0, 11), new Sentence(12, text.length())));
  }

  /** Writes {@code analyses} as the Spark job lays out its output: Parquet per table and the manifest. */
  static Path tables(Path out, Analysis... analyses) {
    AnalysisJson json = new AnalysisJson();
    try (TablesFolder tables = TablesFolder.create(out)) {
      for (Analysis analysis : analyses) {
        tables.add(analysis, json.toLine(analysis, true));
      }
      tables.finish(null, List.of("archive/"), "test");
    }
    return out;
  }

  /** "INTRO Karim, a researcher, said that a Ruritanian scenario cannot happen. The Front attacked the army." */
  static Analysis claimAndEvent(String intro, String published, String eventDate) {
    String text = intro + " Karim, a researcher, said that a Ruritanian scenario cannot happen. "
        + "The Front attacked the army.";
    Article article = Article.of(text, "Paper", "paper-" + published + ".txt", null, PartialDate.parse(published), "en");
    int karim = text.indexOf("Karim");
    int content = text.indexOf("a Ruritanian scenario cannot happen");
    int ref = text.indexOf("Ruritanian scenario");
    int front = text.indexOf("The Front");
    int army = text.indexOf("the army");
    int attacked = text.indexOf("attacked");
    List<Actor> actors = List.of(
        new Actor("person.karim", "Karim", ActorType.PERSON, "a researcher", List.of(new Mention(karim, karim + 5, "Karim"))),
        new Actor("grp.front", "The Front", ActorType.ARMED_GROUP, null, List.of(new Mention(front, front + 9, "The Front"))),
        new Actor("army", "the army", ActorType.ORGANIZATION, null, List.of(new Mention(army, army + 8, "the army"))));
    Attribution said = new Attribution(new Speaker("person.karim", "Karim", karim, karim + 5),
        new TextSpan("said", text.indexOf("said"), text.indexOf("said") + 4),
        new TextSpan("a Ruritanian scenario cannot happen", content, content + 35), AttributionKind.INDIRECT, 1);
    Event event = new Event(PloverCategory.ASSAULT, List.of("grp.front"), List.of("army"),
        new EventDate(PartialDate.parse(eventDate), eventDate), EventPlace.UNKNOWN,
        new TextSpan("attacked", attacked, attacked + 8), 2, EventStatus.REPORTED);
    ScenarioRef scenarioRef = new ScenarioRef("collapse", "Ruritanian scenario", ref, ref + 19, "person.karim",
        Stance.REJECTS, 0);
    return new Analysis(article, actors, List.of(said), List.of(event), List.of(scenarioRef),
        List.of(new Sentence(0, karim - 1), new Sentence(karim, front - 1), new Sentence(front, text.length())));
  }
}
