package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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

/** One analysis as rows of the workspace tables, written and removed inside the caller's transaction. */
final class AnalysisRows {

  private static final List<String> TABLES = List.of("actors", "mentions", "attributions", "events", "event_actors", "sentences",
      "scenario_refs");

  private AnalysisRows() {
  }

  /** @param casebook the seq of the casebook it was analysed with, or null */
  static void insert(Connection db, Analysis analysis, String json, Integer casebook) throws SQLException {
    insertArticle(db, analysis.article(), json, casebook);
    insertDerived(db, analysis);
  }

  private static void insertArticle(Connection db, Article article, String json, Integer casebook)
      throws SQLException {
    String id = article.id();
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles (id, source, title, url, published, "
        + "language, text, analysis, ingested_at, casebook_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, article.source());
      ps.setString(3, article.title());
      ps.setString(4, article.url());
      ps.setString(5, article.published() == null ? null : article.published().toString());
      ps.setString(6, article.language());
      ps.setString(7, article.text());
      ps.setString(8, json);
      ps.setTimestamp(9, Timestamp.from(Instant.now()));
      ps.setObject(10, casebook);
      ps.executeUpdate();
    }
  }

  /** The rows derived from an analysis: everything but the article's own row. */
  static void insertDerived(Connection db, Analysis analysis) throws SQLException {
    Article article = analysis.article();
    String id = article.id();
    Rows actors = new Rows("actors", 5);
    Rows mentions = new Rows("mentions", 5);
    for (Actor actor : analysis.actors()) {
      actors.add(id, actor.id(), actor.name(), actor.type().name(), actor.description());
      for (Mention mention : actor.mentions()) {
        mentions.add(id, actor.id(), mention.start(), mention.end(), mention.text());
      }
    }
    Rows attributions = new Rows("attributions", 9);
    int a = 0;
    for (Attribution at : analysis.attributions()) {
      attributions.add(id, a++, at.speaker().actor(), at.speaker().text(), at.cue() == null ? null : at.cue().text(),
          at.content().text(), at.content().start(), at.kind().name(), at.sentence());
    }
    Rows sentences = new Rows("sentences", 4);
    int n = 0;
    for (Sentence sentence : analysis.sentences()) {
      sentences.add(id, n++, sentence.start(), sentence.end());
    }
    Rows events = new Rows("events (article_id, idx, category, quad_class, cooperation_score, status, date_value, "
        + "date_text, place_actor, place_text, trigger, trigger_start, sentence, date_start, date_end, dated_by)", 16);
    Rows sides = new Rows("event_actors", 4);
    int i = 0;
    for (Event e : analysis.events()) {
      // Undated events are placed on the day the article was published, and say so.
      PartialDate when = e.date().value() != null ? e.date().value() : article.published();
      events.add(id, i, e.category().name(), e.category().quadClass().name(), e.category().cooperationScore(),
          e.status().name(), e.date().value() == null ? null : e.date().value().toString(), e.date().text(),
          e.place().actor(), e.place().text(), e.trigger().text(), e.trigger().start(), e.sentence(),
          when == null ? null : when.firstDay(), when == null ? null : when.lastDay(),
          when == null ? null : e.date().value() != null ? "event" : "published");
      for (String actor : e.source()) {
        sides.add(id, i, "source", actor);
      }
      for (String actor : e.target()) {
        sides.add(id, i, "target", actor);
      }
      i++;
    }
    Rows scenarioRefs = new Rows("scenario_refs", 9);
    int r = 0;
    for (ScenarioRef ref : analysis.scenarioRefs()) {
      scenarioRefs.add(id, r++, ref.scenario(), ref.text(), ref.start(), ref.end(), ref.holder(), ref.stance().name(),
          ref.attribution());
    }
    for (Rows rows : List.of(actors, mentions, attributions, sentences, events, sides, scenarioRefs)) {
      rows.insert(db);
    }
  }

  /**
   * Rows for one table, inserted by a few multi-row statements: DuckDB runs a JDBC batch one row
   * at a time, which made storing an article cost tens of milliseconds.
   */
  private static final class Rows {
    private static final int ROWS_PER_STATEMENT = 250;
    private final String table;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    Rows(String table, int columns) {
      this.table = table;
      this.columns = columns;
    }

    void add(Object... row) {
      rows.add(row);
    }

    void insert(Connection db) throws SQLException {
      String tuple = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
      for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
        List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
        String sql = "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(chunk.size(), tuple));
        try (PreparedStatement ps = db.prepareStatement(sql)) {
          int p = 1;
          for (Object[] row : chunk) {
            for (Object value : row) {
              ps.setObject(p++, value);
            }
          }
          ps.executeUpdate();
        }
      }
    }
  }

  static void delete(Connection db, String articleId) throws SQLException {
    deleteDerived(db, articleId);
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      ps.executeUpdate();
    }
  }

  static void deleteDerived(Connection db, String articleId) throws SQLException {
    for (String table : TABLES) {
      try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
        ps.setString(1, articleId);
        ps.executeUpdate();
      }
    }
  }
}
