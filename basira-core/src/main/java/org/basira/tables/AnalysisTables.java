package org.basira.tables;

import static org.basira.tables.ColumnType.DATE;
import static org.basira.tables.ColumnType.DOUBLE;
import static org.basira.tables.ColumnType.INTEGER;
import static org.basira.tables.ColumnType.TEXT;
import static org.basira.tables.ColumnType.TIMESTAMP;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.Event;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.ScenarioRef;
import org.basira.model.Sentence;

/**
 * The workspace tables an analysis fills, and the rows it gives each. The embedded store and the
 * Spark job both write these rows, so a table the job wrote on a cluster reads like one that
 * {@code basira ingest} wrote; the store's tests check these layouts against its schema.
 */
public final class AnalysisTables {

  public static final Table ARTICLES = table("articles", TEXT, "id", TEXT, "source", TEXT, "title", TEXT, "url",
      TEXT, "published", TEXT, "language", TEXT, "text", TEXT, "analysis", TIMESTAMP, "ingested_at", INTEGER,
      "casebook_seq");
  public static final Table ACTORS = table("actors", TEXT, "article_id", TEXT, "actor_id", TEXT, "name", TEXT, "type",
      TEXT, "description");
  public static final Table MENTIONS = table("mentions", TEXT, "article_id", TEXT, "actor_id", INTEGER,
      "start_offset", INTEGER, "end_offset", TEXT, "text");
  public static final Table ATTRIBUTIONS = table("attributions", TEXT, "article_id", INTEGER, "idx", TEXT,
      "speaker_actor", TEXT, "speaker_text", TEXT, "cue", TEXT, "content", INTEGER, "content_start", TEXT, "kind",
      INTEGER, "sentence");
  public static final Table EVENTS = table("events", TEXT, "article_id", INTEGER, "idx", TEXT, "category", TEXT,
      "quad_class", DOUBLE, "cooperation_score", TEXT, "status", TEXT, "date_value", TEXT, "date_text", TEXT,
      "place_actor", TEXT, "place_text", TEXT, "trigger", INTEGER, "trigger_start", INTEGER, "sentence", DATE,
      "date_start", DATE, "date_end", TEXT, "dated_by");
  public static final Table EVENT_ACTORS = table("event_actors", TEXT, "article_id", INTEGER, "event_idx", TEXT,
      "side", TEXT, "actor_id");
  public static final Table SENTENCES = table("sentences", TEXT, "article_id", INTEGER, "idx", INTEGER,
      "start_offset", INTEGER, "end_offset");
  public static final Table SCENARIO_REFS = table("scenario_refs", TEXT, "article_id", INTEGER, "idx", TEXT,
      "scenario", TEXT, "text", INTEGER, "start_offset", INTEGER, "end_offset", TEXT, "holder", TEXT, "stance",
      INTEGER, "attribution");

  /** The tables derived from an analysis, everything but the article's own row, in writing order. */
  public static final List<Table> DERIVED = List.of(ACTORS, MENTIONS, ATTRIBUTIONS, SENTENCES, EVENTS, EVENT_ACTORS,
      SCENARIO_REFS);

  /** Every table an analysis fills: the article first, then what is derived from it. */
  public static final List<Table> ALL = concat(ARTICLES, DERIVED);

  private AnalysisTables() {
  }

  /**
   * The article's own row.
   *
   * @param json the whole analysis as one line of contract JSON, kept so that it can be read back
   * @param casebook the seq of the workspace casebook it was analysed with, or null
   */
  public static TableRows articleRow(Analysis analysis, String json, Instant ingestedAt, Integer casebook) {
    Article article = analysis.article();
    Object[] row = {article.id(), article.source(), article.title(), article.url(),
        article.published() == null ? null : article.published().toString(), article.language(), article.text(), json,
        ingestedAt, casebook};
    return new TableRows(ARTICLES, List.<Object[]>of(row));
  }

  /** The rows derived from an analysis, one {@link TableRows} per table of {@link #DERIVED}, in its order. */
  public static List<TableRows> derivedRows(Analysis analysis) {
    Article article = analysis.article();
    String id = article.id();
    List<Object[]> actors = new ArrayList<>();
    List<Object[]> mentions = new ArrayList<>();
    for (Actor actor : analysis.actors()) {
      actors.add(new Object[] {id, actor.id(), actor.name(), actor.type().name(), actor.description()});
      for (Mention mention : actor.mentions()) {
        mentions.add(new Object[] {id, actor.id(), mention.start(), mention.end(), mention.text()});
      }
    }
    List<Object[]> attributions = new ArrayList<>();
    int a = 0;
    for (Attribution at : analysis.attributions()) {
      attributions.add(new Object[] {id, a++, at.speaker().actor(), at.speaker().text(),
          at.cue() == null ? null : at.cue().text(), at.content().text(), at.content().start(), at.kind().name(),
          at.sentence()});
    }
    List<Object[]> sentences = new ArrayList<>();
    int n = 0;
    for (Sentence sentence : analysis.sentences()) {
      sentences.add(new Object[] {id, n++, sentence.start(), sentence.end()});
    }
    List<Object[]> events = new ArrayList<>();
    List<Object[]> sides = new ArrayList<>();
    int i = 0;
    for (Event e : analysis.events()) {
      // Undated events are placed on the day the article was published, and say so.
      PartialDate when = e.date().value() != null ? e.date().value() : article.published();
      events.add(new Object[] {id, i, e.category().name(), e.category().quadClass().name(),
          e.category().cooperationScore(), e.status().name(),
          e.date().value() == null ? null : e.date().value().toString(), e.date().text(), e.place().actor(),
          e.place().text(), e.trigger().text(), e.trigger().start(), e.sentence(),
          when == null ? null : when.firstDay(), when == null ? null : when.lastDay(),
          when == null ? null : e.date().value() != null ? "event" : "published"});
      for (String actor : e.source()) {
        sides.add(new Object[] {id, i, "source", actor});
      }
      for (String actor : e.target()) {
        sides.add(new Object[] {id, i, "target", actor});
      }
      i++;
    }
    List<Object[]> scenarioRefs = new ArrayList<>();
    int r = 0;
    for (ScenarioRef ref : analysis.scenarioRefs()) {
      scenarioRefs.add(new Object[] {id, r++, ref.scenario(), ref.text(), ref.start(), ref.end(), ref.holder(),
          ref.stance().name(), ref.attribution()});
    }
    return List.of(new TableRows(ACTORS, actors), new TableRows(MENTIONS, mentions),
        new TableRows(ATTRIBUTIONS, attributions), new TableRows(SENTENCES, sentences), new TableRows(EVENTS, events),
        new TableRows(EVENT_ACTORS, sides), new TableRows(SCENARIO_REFS, scenarioRefs));
  }

  /** A table from alternating types and names: {@code TEXT, "id", INTEGER, "idx", …}. */
  private static Table table(String name, Object... typesAndNames) {
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < typesAndNames.length; i += 2) {
      columns.add(new Column((String) typesAndNames[i + 1], (ColumnType) typesAndNames[i]));
    }
    return new Table(name, columns);
  }

  private static List<Table> concat(Table first, List<Table> rest) {
    List<Table> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return List.copyOf(all);
  }
}
