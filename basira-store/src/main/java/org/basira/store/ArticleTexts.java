package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Articles' texts, read to quote the sentence an item comes from. */
final class ArticleTexts {

  private ArticleTexts() {
  }

  /**
   * The texts of several articles together: a query per article cost seconds on an archive, and a
   * long list of ids is joined from a temporary table rather than written into the query.
   */
  static Map<String, String> of(Connection db, Set<String> articleIds) throws SQLException {
    Map<String, String> texts = new HashMap<>();
    if (articleIds.isEmpty()) {
      return texts;
    }
    boolean many = articleIds.size() > 500;
    if (many) {
      try (Statement st = db.createStatement()) {
        st.execute("CREATE OR REPLACE TEMP TABLE wanted_texts (id VARCHAR)");
      }
      try (DuckDBAppender appender = db.unwrap(DuckDBConnection.class).createAppender("temp", "main", "wanted_texts")) {
        for (String id : articleIds) {
          appender.beginRow().append(id).endRow();
        }
      }
    }
    String sql = many ? "SELECT a.id, a.text FROM articles a SEMI JOIN temp.main.wanted_texts w ON w.id = a.id"
        : "SELECT id, text FROM articles WHERE id IN (" + Sql.marks(articleIds.size()) + ")";
    try (PreparedStatement ps = Sql.prepare(db, sql, many ? List.of() : new ArrayList<>(articleIds));
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        texts.put(rs.getString(1), rs.getString(2));
      }
    } finally {
      if (many) {
        try (Statement st = db.createStatement()) {
          st.execute("DROP TABLE IF EXISTS temp.main.wanted_texts");
        }
      }
    }
    return texts;
  }

  /** The text between two offsets, cut to the text: an offset past its end reads as its end. */
  static String between(String text, int start, int end) {
    return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
  }
}
