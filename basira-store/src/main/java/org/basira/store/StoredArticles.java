package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.PartialDate;

/** The articles themselves: which are held, their ids and texts, and which a new one replaces. */
final class StoredArticles {

  private StoredArticles() {
  }

  /** Whether an article fetched from this address is stored or attached. */
  static boolean hasUrl(Connection db, String url) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM articles WHERE url = ? LIMIT 1")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Whether {@code articles} (the table or the view) holds the article. */
  static boolean holds(Connection db, String articles, String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM " + articles + " WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * Stores one new analysis, in place of the stored articles it is a new text of, inside the
   * caller's transaction; the ids of those it replaced.
   */
  static List<String> store(Connection db, StoredTables tables, CanonicalActors canonical, Analysis analysis,
      String json, Integer casebook) throws SQLException {
    // Attached articles are read-only: an article replaces only the stored ones of its source.
    List<String> replaced = replacedBy(db, tables, analysis.article());
    for (String old : replaced) {
      AnalysisRows.delete(db, tables, old);
    }
    AnalysisRows.insert(db, tables, analysis, json, casebook);
    canonical.resolve(db, analysis.actors());
    return replaced;
  }

  /**
   * Stores a new analysis of a stored article in place of the old one (its derived rows, the
   * analysis and the casebook), inside the caller's transaction.
   */
  static void storeAgain(Connection db, StoredTables tables, CanonicalActors canonical, Analysis analysis,
      String json, Integer casebook) throws SQLException {
    String id = analysis.article().id();
    AnalysisRows.deleteDerived(db, tables, id);
    replaceAnalysis(db, tables, id, json, casebook);
    AnalysisRows.insertDerived(db, tables, analysis);
    canonical.resolve(db, analysis.actors());
  }

  /**
   * The stored articles that {@code article} is a new text of. An article with a URL is the same
   * article as a stored one with that URL; one without is the same as a stored one of its source
   * without a URL.
   */
  private static List<String> replacedBy(Connection db, StoredTables tables, Article article) throws SQLException {
    List<String> replaced = new ArrayList<>();
    String url = article.url();
    try (PreparedStatement ps = db.prepareStatement("SELECT id FROM " + tables.stored("articles")
        + (url != null ? " WHERE url = ?" : " WHERE source = ? AND url IS NULL"))) {
      ps.setString(1, url != null ? url : article.source());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          replaced.add(rs.getString(1));
        }
      }
    }
    return replaced;
  }

  /** Puts a new analysis of a stored article, and the casebook it was made with, in place of the old. */
  private static void replaceAnalysis(Connection db, StoredTables tables, String id, String json, Integer casebook)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("UPDATE " + tables.stored("articles")
        + " SET analysis = ?, casebook_seq = ? WHERE id = ?")) {
      ps.setString(1, json);
      ps.setObject(2, casebook);
      ps.setString(3, id);
      ps.executeUpdate();
    }
  }

  /** How many articles the workspace holds. */
  static long count(Connection db) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The ids of the stored articles, oldest first; attached articles are not among them. */
  static List<String> ids(Connection db, StoredTables tables) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT id FROM " + tables.stored("articles") + " ORDER BY ingested_at, id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** A stored article as it was read, to be analysed again. */
  static Optional<Article> article(Connection db, String id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT id, title, source, url, published, language, text FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            PartialDate.tryParse(rs.getString(5)).orElse(null), rs.getString(6), rs.getString(7)));
      }
    }
  }
}
