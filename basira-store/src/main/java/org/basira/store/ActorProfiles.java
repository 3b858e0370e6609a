package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The queries behind an overview, the actors across spellings and an actor's neighbourhood, over the store's tables. */
final class ActorProfiles {

  private ActorProfiles() {
  }

  static Overview overview(Connection db) throws SQLException {
    String sql = """
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM canonical_actors c
                  WHERE EXISTS (SELECT 1 FROM actor_resolutions r JOIN actors a ON a.actor_id = r.actor_id
                                WHERE r.canonical_id = c.id)),
               (SELECT count(*) FROM attributions), (SELECT count(*) FROM events),
               (SELECT count(*) FROM scenario_refs)""";
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new Overview(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }
  }

  /**
   * The actors named in the most articles, across spellings, with every name they are written with;
   * only the one with id {@code only} when it is not null.
   */
  static List<ActorSummary> summaries(Connection db, String only, int top) throws SQLException {
    String sql = """
        WITH written AS (
          SELECT r.canonical_id AS id, m.text, count(*) AS n
          FROM mentions m JOIN actor_resolutions r ON r.actor_id = m.actor_id
          GROUP BY r.canonical_id, m.text)
        SELECT c.id, c.name, c.type, count(DISTINCT a.article_id) AS articles,
               (SELECT coalesce(sum(n), 0) FROM written w WHERE w.id = c.id) AS mentions,
               (SELECT list(text ORDER BY n DESC, text) FROM written w WHERE w.id = c.id)
        FROM canonical_actors c
        JOIN actor_resolutions r ON r.canonical_id = c.id
        JOIN actors a ON a.actor_id = r.actor_id
        WHERE ? IS NULL OR c.id = ?
        GROUP BY c.id, c.name, c.type
        ORDER BY articles DESC, mentions DESC, c.id
        LIMIT ?""";
    List<ActorSummary> actors = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, only);
      ps.setString(2, only);
      ps.setInt(3, top);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          actors.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
              Sql.strings(rs, 6)));
        }
      }
    }
    return actors;
  }

  static List<ArticleSummary> latest(Connection db, int limit) throws SQLException {
    String sql = """
        SELECT ar.id, ar.title, ar.source, ar.published,
               (SELECT count(*) FROM events e WHERE e.article_id = ar.id),
               (SELECT count(*) FROM attributions t WHERE t.article_id = ar.id)
        FROM articles ar
        ORDER BY ar.published DESC NULLS LAST, ar.ingested_at DESC, ar.id
        LIMIT ?""";
    List<ArticleSummary> articles = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          articles.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getLong(5), rs.getLong(6)));
        }
      }
    }
    return articles;
  }

  /** The actors seen with {@code canonicalId}, most shared articles first, then most events between them. */
  static List<Neighbour> neighbours(Connection db, String canonicalId, int limit) throws SQLException {
    String sql = """
        WITH mine AS (
          SELECT DISTINCT a.article_id FROM actors a
          JOIN actor_resolutions r ON r.actor_id = a.actor_id WHERE r.canonical_id = ?),
        together AS (
          SELECT r.canonical_id AS id, count(DISTINCT a.article_id) AS articles
          FROM actors a JOIN actor_resolutions r ON r.actor_id = a.actor_id
          WHERE a.article_id IN (SELECT article_id FROM mine) AND r.canonical_id <> ?
          GROUP BY r.canonical_id),
        sides AS (
          SELECT ea.article_id, ea.event_idx, ea.side, r.canonical_id AS actor
          FROM event_actors ea JOIN actor_resolutions r ON r.actor_id = ea.actor_id
          JOIN events e ON e.article_id = ea.article_id AND e.idx = ea.event_idx
          WHERE e.status = 'reported'),
        acts AS (
          SELECT s.actor AS source, t.actor AS target, count(*) AS n
          FROM sides s JOIN sides t ON s.article_id = t.article_id AND s.event_idx = t.event_idx
          WHERE s.side = 'source' AND t.side = 'target' AND s.actor <> t.actor
          GROUP BY s.actor, t.actor)
        SELECT c.id, c.name, c.type, g.articles,
               coalesce((SELECT n FROM acts WHERE source = c.id AND target = ?), 0),
               coalesce((SELECT n FROM acts WHERE source = ? AND target = c.id), 0)
        FROM together g JOIN canonical_actors c ON c.id = g.id
        ORDER BY g.articles DESC, 5 + 6 DESC, c.id
        LIMIT ?""";
    List<Neighbour> neighbours = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, canonicalId);
      ps.setString(2, canonicalId);
      ps.setString(3, canonicalId);
      ps.setString(4, canonicalId);
      ps.setInt(5, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          neighbours.add(new Neighbour(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
              rs.getLong(6)));
        }
      }
    }
    return neighbours;
  }

  /** The stored analysis of one article, as the contract's JSON line; null when there is none. */
  static String analysis(Connection db, String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
