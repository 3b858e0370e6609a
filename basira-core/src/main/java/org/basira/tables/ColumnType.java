package org.basira.tables;

/**
 * The value types of the workspace's columns, with the SQL type DuckDB stores them as. Values are
 * {@code String}, {@code Integer}, {@code Double}, {@code java.time.LocalDate} and
 * {@code java.time.Instant}; any of them may be null.
 */
public enum ColumnType {
  TEXT("VARCHAR"),
  INTEGER("INTEGER"),
  DOUBLE("DOUBLE"),
  DATE("DATE"),
  TIMESTAMP("TIMESTAMP");

  private final String sql;

  ColumnType(String sql) {
    this.sql = sql;
  }

  /** The type's name in DuckDB, as {@code DESCRIBE} reports it. */
  public String sql() {
    return sql;
  }
}
