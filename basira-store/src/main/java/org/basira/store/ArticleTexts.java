package org.basira.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Articles' texts, read to quote the sentence an item comes from. */
final class ArticleTexts {

  private ArticleTexts() {
  }

  /**
   * The texts of several articles together, by one join with their ids in a temporary table: a
   * query per article cost seconds on an archive.
   */
  static Map<String, String> of(Connection db, Set<String> articleIds) throws SQLException {
    Map<String, String> texts = new HashMap<>();
    if (articleIds.isEmpty()) {
      return texts;
    }
    try (Statement st = db.createStatement()) {
      st.execute("CREATE OR REPLACE TEMP TABLE wanted_texts (id VARCHAR)");
      try (DuckDBAppender appender = db.unwrap(DuckDBConnection.class).createAppender("temp", "main", "wanted_texts")) {
        for (String id : articleIds) {
          appender.beginRow().append(id).endRow();
        }
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT a.id, a.text FROM articles a SEMI JOIN temp.main.wanted_texts w ON w.id = a.id")) {
        while (rs.next()) {
          texts.put(rs.getString(1), rs.getString(2));
        }
      } finally {
        st.execute("DROP TABLE IF EXISTS temp.main.wanted_texts");
      }
    }
    return texts;
  }

  /**
   * The sentence a row quotes: its article's text between the row's offsets, or null when the row
   * has no sentence (a null start).
   */
  static String sentence(Map<String, String> texts, String articleId, Object start, Object end) {
    if (start == null) {
      return null;
    }
    return between(texts.getOrDefault(articleId, ""), ((Number) start).intValue(), ((Number) end).intValue());
  }

  /** The text between two offsets, cut to the text: an offset past its end reads as its end. */
  private static String between(String text, int start, int end) {
    return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
  }
}
