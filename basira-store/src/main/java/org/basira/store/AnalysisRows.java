package org.basira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import org.basira.json.AnalysisJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.basira.model.Analysis;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Table;
import org.basira.tables.TableRows;

/** One analysis as rows of the workspace tables, written and removed inside the caller's transaction. */
final class AnalysisRows {

  private static final int ROWS_PER_STATEMENT = 250;

  private AnalysisRows() {
  }

  /** @param casebook the seq of the casebook it was analysed with, or null */
  static void insert(Connection db, StoredTables tables, Analysis analysis, String json, Integer casebook)
      throws SQLException {
    insert(db, tables, AnalysisTables.articleRow(analysis, json, Instant.now(), casebook));
    insertDerived(db, tables, analysis);
  }

  /** The rows derived from an analysis: everything but the article's own row. */
  static void insertDerived(Connection db, StoredTables tables, Analysis analysis) throws SQLException {
    for (TableRows rows : AnalysisTables.derivedRows(analysis)) {
      insert(db, tables, rows);
    }
  }

  /**
   * Inserts by a few multi-row statements: DuckDB runs a JDBC batch one row at a time, which made
   * storing an article cost tens of milliseconds.
   */
  private static void insert(Connection db, StoredTables tables, TableRows rows) throws SQLException {
    Table table = rows.table();
    String tuple = "(" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")";
    for (int from = 0; from < rows.rows().size(); from += ROWS_PER_STATEMENT) {
      List<Object[]> chunk = rows.rows().subList(from, Math.min(rows.rows().size(), from + ROWS_PER_STATEMENT));
      String sql = "INSERT INTO " + tables.stored(table.name()) + " (" + table.columnList() + ") VALUES "
          + String.join(", ", Collections.nCopies(chunk.size(), tuple));
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        int p = 1;
        for (Object[] row : chunk) {
          for (Object value : row) {
            ps.setObject(p++, value instanceof Instant instant ? Timestamp.from(instant) : value);
          }
        }
        ps.executeUpdate();
      }
    }
  }

  static void delete(Connection db, StoredTables tables, String articleId) throws SQLException {
    deleteDerived(db, tables, articleId);
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + tables.stored("articles") + " WHERE id = ?")) {
      ps.setString(1, articleId);
      ps.executeUpdate();
    }
  }

  static void deleteDerived(Connection db, StoredTables tables, String articleId) throws SQLException {
    for (Table table : AnalysisTables.DERIVED) {
      try (PreparedStatement ps = db.prepareStatement(
          "DELETE FROM " + tables.stored(table.name()) + " WHERE article_id = ?")) {
        ps.setString(1, articleId);
        ps.executeUpdate();
      }
    }
  }

  /**
   * Writes the rows derived from every stored analysis again, after a migration changed how they
   * are derived; the analyses themselves, and the analysts' corrections, are kept as they are. Runs
   * inside the migration's transaction.
   */
  static void rederive(Connection db, StoredTables tables, Path folder, CanonicalActors canonical)
      throws SQLException {
    AnalysisJson json = new AnalysisJson();
    List<String> ids = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles ORDER BY id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    try (PreparedStatement ps = db.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        String line;
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          line = rs.getString(1);
        }
        Analysis analysis = json.fromLine(line);
        AnalysisRows.deleteDerived(db, tables, id);
        AnalysisRows.insertDerived(db, tables, analysis);
        canonical.resolve(db, analysis.actors());
      }
    } catch (JsonProcessingException e) {
      throw new WorkspaceException("a stored analysis in " + folder + " cannot be read back (" + e.getOriginalMessage()
          + "); report this with the workspace", e);
    }
  }
}
