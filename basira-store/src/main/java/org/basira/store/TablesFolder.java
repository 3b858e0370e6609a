package org.basira.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.basira.model.Analysis;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Column;
import org.basira.tables.Table;
import org.basira.tables.TableRows;
import org.basira.tables.TablesManifest;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes analyses as a folder of Parquet tables in the layout the Spark job writes, without Spark,
 * so that {@code basira attach} reads it as it reads the job's output: one folder per table, an
 * empty {@code errors} table, and the manifest last. Rows are gathered in an in-memory DuckDB
 * through its appender (millions of rows in seconds) and copied out when {@link #finish} is called.
 */
public final class TablesFolder implements AutoCloseable {

  private final Path folder;
  private final Connection db;
  private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
  private final Instant writtenAt = Instant.now();
  private long articles;

  private TablesFolder(Path folder, Connection db) {
    this.folder = folder;
    this.db = db;
  }

  /** Starts a set of tables in {@code folder}, which must be new or empty. */
  public static TablesFolder create(Path folder) {
    try {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> inside = Files.list(folder)) {
          if (inside.findAny().isPresent()) {
            throw new WorkspaceException(folder + " is not empty; name a new folder for the tables");
          }
        }
      } else if (Files.exists(folder)) {
        throw new WorkspaceException(folder + " is a file; name a new folder for the tables");
      }
      Files.createDirectories(folder);
      Connection db = DriverManager.getConnection("jdbc:duckdb:");
      TablesFolder tables = new TablesFolder(folder, db);
      try (Statement st = db.createStatement()) {
        for (Table table : AnalysisTables.ALL) {
          List<String> columns = new ArrayList<>();
          for (Column column : table.columns()) {
            columns.add(column.name() + " " + column.type().sql());
          }
          st.execute("CREATE TABLE " + table.name() + " (" + String.join(", ", columns) + ")");
          tables.appenders.put(table.name(), db.unwrap(DuckDBConnection.class).createAppender(
              DuckDBConnection.DEFAULT_SCHEMA, table.name()));
        }
      }
      return tables;
    } catch (IOException e) {
      throw new WorkspaceException("cannot create " + folder + " (" + e.getMessage() + ")");
    } catch (SQLException e) {
      throw new WorkspaceException("cannot start the tables for " + folder + " (" + e.getMessage() + ")");
    }
  }

  /** Adds one analysis, with its contract JSON as the articles table keeps it. */
  public void add(Analysis analysis, String json) {
    try {
      append(AnalysisTables.articleRow(analysis, json, writtenAt, null));
      for (TableRows rows : AnalysisTables.derivedRows(analysis)) {
        append(rows);
      }
      articles++;
    } catch (SQLException e) {
      throw new WorkspaceException("cannot add " + analysis.article().id() + " to " + folder + " (" + e.getMessage()
          + ")");
    }
  }

  private void append(TableRows rows) throws SQLException {
    DuckDBAppender appender = appenders.get(rows.table().name());
    for (Object[] row : rows.rows()) {
      appender.beginRow();
      for (Object value : row) {
        if (value == null) {
          appender.appendNull();
        } else if (value instanceof String s) {
          appender.append(s);
        } else if (value instanceof Integer i) {
          appender.append(i.intValue());
        } else if (value instanceof Long l) {
          appender.append(l.longValue());
        } else if (value instanceof Double d) {
          appender.append(d.doubleValue());
        } else if (value instanceof Instant t) {
          appender.append(t.atOffset(ZoneOffset.UTC).toLocalDateTime());
        } else if (value instanceof LocalDate d) {
          appender.append(d);
        } else {
          throw new IllegalArgumentException("no column type for " + value.getClass());
        }
      }
      appender.endRow();
    }
  }

  /**
   * Writes every table as Parquet, then the manifest, which makes the folder a finished set.
   *
   * @return the manifest written
   */
  public TablesManifest finish(String casebook, List<String> inputs, String writtenBy) {
    try (Statement st = db.createStatement()) {
      for (DuckDBAppender appender : appenders.values()) {
        appender.close();
      }
      appenders.clear();
      for (Table table : AnalysisTables.ALL) {
        copy(st, "SELECT * FROM " + table.name(), table.name());
      }
      copy(st, "SELECT CAST(NULL AS VARCHAR) AS input, CAST(NULL AS VARCHAR) AS problem, "
          + "CAST(NULL AS VARCHAR) AS stage WHERE false", TablesManifest.ERRORS);
      TablesManifest manifest = new TablesManifest(TablesManifest.LAYOUT, articles, 0, casebook, inputs, writtenBy,
          Instant.now().toString());
      Files.writeString(folder.resolve(TablesManifest.FILE_NAME), manifest.toJson());
      return manifest;
    } catch (SQLException | IOException e) {
      throw new WorkspaceException("cannot write the tables into " + folder + " (" + e.getMessage() + ")");
    }
  }

  private void copy(Statement st, String select, String name) throws SQLException, IOException {
    Path dir = Files.createDirectories(folder.resolve(name));
    String file = dir.resolve("part-00000.parquet").toAbsolutePath().toString().replace("'", "''");
    st.execute("COPY (" + select + ") TO '" + file + "' (FORMAT PARQUET)");
  }

  @Override
  public void close() {
    try {
      for (DuckDBAppender appender : appenders.values()) {
        appender.close();
      }
      db.close();
    } catch (SQLException e) {
      throw new WorkspaceException("cannot close the tables of " + folder + " (" + e.getMessage() + ")");
    }
  }
}
