package org.basira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Column;
import org.basira.tables.Table;
import org.basira.tables.TablesManifest;

/**
 * Folders of Parquet tables, written by the Spark job, that DuckDB reads in place. For each table
 * an analysis fills, a view of the same name (in the connection's temporary schema, which DuckDB
 * searches first) joins the stored rows and every attached folder's rows, so every query, command
 * and page reads both without knowing. Nothing is copied: detaching leaves the folder as it was.
 */
final class Attachments {

  private Attachments() {
  }

  /** The attachments recorded in the workspace, oldest first. */
  static List<Attachment> list(Connection db) throws SQLException {
    List<Attachment> all = new ArrayList<>();
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT folder, attached_at, articles FROM attachments ORDER BY seq")) {
      while (rs.next()) {
        Path folder = Path.of(rs.getString(1));
        all.add(new Attachment(folder, rs.getTimestamp(2).toInstant(), rs.getLong(3), isComplete(folder)));
      }
    }
    return all;
  }

  /**
   * Checks that {@code folder} holds complete tables of a layout this Basira reads, and returns
   * their manifest; the exception says what is wrong and what to do.
   */
  static TablesManifest check(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new WorkspaceException(folder + " does not exist or is not a folder; name the folder the Spark job "
          + "wrote its tables to");
    }
    Path manifestFile = folder.resolve(TablesManifest.FILE_NAME);
    if (!Files.isRegularFile(manifestFile)) {
      throw new WorkspaceException(folder + " holds no " + TablesManifest.FILE_NAME + ", so it is not a finished "
          + "set of Basira tables; attach the output folder of a Spark job that completed, or run the job again");
    }
    TablesManifest manifest;
    try {
      manifest = TablesManifest.fromJson(Files.readString(manifestFile));
    } catch (JsonProcessingException e) {
      throw new WorkspaceException(manifestFile + " cannot be read (" + e.getOriginalMessage()
          + "); run the Spark job again to write it");
    } catch (IOException e) {
      throw new WorkspaceException(manifestFile + " cannot be read (" + e.getMessage() + ")");
    }
    if (manifest.layout() > TablesManifest.LAYOUT) {
      throw new WorkspaceException(folder + " was written by a newer Basira (table layout " + manifest.layout()
          + ", this one reads up to " + TablesManifest.LAYOUT + "); upgrade Basira to attach it");
    }
    for (Table table : AnalysisTables.ALL) {
      if (!hasParquet(folder.resolve(table.name()))) {
        throw new WorkspaceException(folder + " lacks the " + table.name() + " table (no Parquet files in "
            + folder.resolve(table.name()) + "); run the Spark job again");
      }
    }
    return manifest;
  }

  /** Records {@code folder}, already {@link #check checked}, as attached. */
  static void record(Connection db, Path folder, long articles) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO attachments VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM attachments), ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, folder.toString());
      ps.setLong(3, articles);
      ps.executeUpdate();
    }
  }

  /** Forgets {@code folder}; whether it was attached. */
  static boolean forget(Connection db, Path folder) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM attachments WHERE folder = ?")) {
      ps.setString(1, folder.toString());
      return ps.executeUpdate() > 0;
    }
  }

  /**
   * (Re)creates the views over the stored tables and the attached folders that are present. With
   * nothing attached there are no views, and queries read the stored tables directly.
   */
  static void createViews(Connection db, StoredTables tables) throws SQLException {
    List<Path> folders = list(db).stream().filter(Attachment::present).map(Attachment::folder).toList();
    try (Statement st = db.createStatement()) {
      for (Table table : AnalysisTables.ALL) {
        st.execute("DROP VIEW IF EXISTS temp.main." + table.name());
        if (folders.isEmpty()) {
          continue;
        }
        StringBuilder sql = new StringBuilder("CREATE TEMP VIEW " + table.name() + " AS SELECT " + table.columnList()
            + " FROM " + tables.stored(table.name()));
        for (Path folder : folders) {
          sql.append(" UNION ALL SELECT ").append(casts(table)).append(" FROM ").append(parquet(folder, table));
        }
        st.execute(sql.toString());
      }
    }
  }

  /** Attached rows in the stored columns' types: Spark writes its own integer and time types. */
  private static String casts(Table table) {
    List<String> casts = new ArrayList<>();
    for (Column column : table.columns()) {
      casts.add("CAST(" + column.name() + " AS " + column.type().sql() + ") AS " + column.name());
    }
    return String.join(", ", casts);
  }

  /** The {@code read_parquet} call over one table of an attached folder. */
  static String parquet(Path folder, Table table) {
    String glob = folder.resolve(table.name()).toAbsolutePath() + "/*.parquet";
    return "read_parquet('" + glob.replace("'", "''") + "')";
  }

  private static boolean isComplete(Path folder) {
    return Files.isRegularFile(folder.resolve(TablesManifest.FILE_NAME))
        && AnalysisTables.ALL.stream().allMatch(t -> hasParquet(folder.resolve(t.name())));
  }

  private static boolean hasParquet(Path tableFolder) {
    if (!Files.isDirectory(tableFolder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(tableFolder)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }
}
