package org.basira.store;

/**
 * Names the tables stored in the workspace database itself. Once Parquet tables are attached, the
 * plain names ({@code events}) are views over the stored rows and the attached ones, so that every
 * query reads both; writes name the stored table in full, past the views.
 *
 * @param catalog the database's catalog name in DuckDB (its file name without extension)
 */
record StoredTables(String catalog) {

  /** The stored table itself, fully qualified. */
  String stored(String table) {
    return quoted(catalog) + ".main." + table;
  }

  static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
