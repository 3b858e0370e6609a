package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.Event;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.Sentence;

/** One analysis as rows of the workspace tables, written and removed inside the caller's transaction. */
final class AnalysisRows {

  private static final List<String> TABLES = List.of("actors", "mentions", "attributions", "events", "event_actors", "sentences");

  private AnalysisRows() {
  }

  static void insert(Connection db, Analysis analysis, String json) throws SQLException {
    insertArticle(db, analysis.article(), json);
    insertDerived(db, analysis);
  }

  private static void insertArticle(Connection db, Article article, String json) throws SQLException {
    String id = article.id();
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, article.source());
      ps.setString(3, article.title());
      ps.setString(4, article.url());
      ps.setString(5, article.published() == null ? null : article.published().toString());
      ps.setString(6, article.language());
      ps.setString(7, article.text());
      ps.setString(8, json);
      ps.setTimestamp(9, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  /** The rows derived from an analysis: everything but the article's own row. */
  static void insertDerived(Connection db, Analysis analysis) throws SQLException {
    Article article = analysis.article();
    String id = article.id();
    try (PreparedStatement actors = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?)");
         PreparedStatement mentions = db.prepareStatement("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)")) {
      for (Actor actor : analysis.actors()) {
        actors.setString(1, id);
        actors.setString(2, actor.id());
        actors.setString(3, actor.name());
        actors.setString(4, actor.type().name());
        actors.setString(5, actor.description());
        actors.addBatch();
        for (Mention mention : actor.mentions()) {
          mentions.setString(1, id);
          mentions.setString(2, actor.id());
          mentions.setInt(3, mention.start());
          mentions.setInt(4, mention.end());
          mentions.setString(5, mention.text());
          mentions.addBatch();
        }
      }
      actors.executeBatch();
      mentions.executeBatch();
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = 0;
      for (Attribution a : analysis.attributions()) {
        ps.setString(1, id);
        ps.setInt(2, i++);
        ps.setString(3, a.speaker().actor());
        ps.setString(4, a.speaker().text());
        if (a.cue() == null) {
          ps.setNull(5, Types.VARCHAR);
        } else {
          ps.setString(5, a.cue().text());
        }
        ps.setString(6, a.content().text());
        ps.setInt(7, a.content().start());
        ps.setString(8, a.kind().name());
        ps.setInt(9, a.sentence());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO sentences VALUES (?, ?, ?, ?)")) {
      int i = 0;
      for (Sentence sentence : analysis.sentences()) {
        ps.setString(1, id);
        ps.setInt(2, i++);
        ps.setInt(3, sentence.start());
        ps.setInt(4, sentence.end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement events = db.prepareStatement("INSERT INTO events (article_id, idx, category, quad_class, "
             + "cooperation_score, status, date_value, date_text, place_actor, place_text, trigger, trigger_start, "
             + "sentence, date_start, date_end, dated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
         PreparedStatement sides = db.prepareStatement("INSERT INTO event_actors VALUES (?, ?, ?, ?)")) {
      int i = 0;
      for (Event e : analysis.events()) {
        events.setString(1, id);
        events.setInt(2, i);
        events.setString(3, e.category().name());
        events.setString(4, e.category().quadClass().name());
        events.setDouble(5, e.category().cooperationScore());
        events.setString(6, e.status().name());
        events.setString(7, e.date().value() == null ? null : e.date().value().toString());
        events.setString(8, e.date().text());
        events.setString(9, e.place().actor());
        events.setString(10, e.place().text());
        events.setString(11, e.trigger().text());
        events.setInt(12, e.trigger().start());
        events.setInt(13, e.sentence());
        // Undated events are placed on the day the article was published, and say so.
        PartialDate when = e.date().value() != null ? e.date().value() : article.published();
        events.setObject(14, when == null ? null : firstDay(when));
        events.setObject(15, when == null ? null : lastDay(when));
        events.setString(16, when == null ? null : e.date().value() != null ? "event" : "published");
        events.addBatch();
        for (String actor : e.source()) {
          side(sides, id, i, "source", actor);
        }
        for (String actor : e.target()) {
          side(sides, id, i, "target", actor);
        }
        i++;
      }
      events.executeBatch();
      sides.executeBatch();
    }
  }

  static LocalDate firstDay(PartialDate date) {
    return LocalDate.of(date.year(), date.hasMonth() ? date.month() : 1, date.hasDay() ? date.day() : 1);
  }

  static LocalDate lastDay(PartialDate date) {
    if (date.hasDay()) {
      return firstDay(date);
    }
    return date.hasMonth() ? YearMonth.of(date.year(), date.month()).atEndOfMonth() : LocalDate.of(date.year(), 12, 31);
  }

  private static void side(PreparedStatement ps, String article, int event, String side, String actor)
      throws SQLException {
    ps.setString(1, article);
    ps.setInt(2, event);
    ps.setString(3, side);
    ps.setString(4, actor);
    ps.addBatch();
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
