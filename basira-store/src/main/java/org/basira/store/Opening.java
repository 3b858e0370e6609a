package org.basira.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opening a workspace folder: its DuckDB database, brought up to this Basira's schema, and its
 * search index; both are closed again when opening fails.
 */
final class Opening {

  private static final String INDEX = "index";

  private Opening() {
  }

  /**
   * Opens the workspace in {@code folder} for writing, creating it if needed.
   *
   * @param curated whether an actor id is one of the gazetteer's, which are joined across articles
   *     by id only, never by name
   */
  static Workspace forWriting(Path folder, Predicate<String> curated) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new WorkspaceException("the workspace folder " + folder + " cannot be created (" + e.getMessage()
          + "); choose another with --workspace");
    }
    Connection db = connect(folder, false);
    SearchIndex index = null;
    try {
      // Articles stored before a migration are joined across articles by id alone: which ids
      // are the gazetteer's is not known here, and a wrong join by name would outlive the migration.
      Schema.migrate(db, folder.toString(),
          () -> AnalysisRows.rederive(db, storedTables(db), folder, new CanonicalActors(id -> true)));
      index = SearchIndex.forWriting(folder.resolve(INDEX));
      Workspace workspace = new Workspace(folder, db, index, true, curated);
      index.reconcile(db, folder); // after the views are made, so that attached articles count as stored
      return workspace;
    } catch (LockObtainFailedException e) {
      closeQuietly(db, index);
      throw busy(folder);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(db, index);
      if (e instanceof WorkspaceException w) {
        throw w;
      }
      throw new WorkspaceException("the workspace " + folder + " cannot be opened (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Opens an existing workspace for queries only. One written by an older Basira is first brought
   * up to date, which needs a moment of write access.
   */
  static Workspace forReading(Path folder) {
    if (!Files.isRegularFile(folder.resolve(Workspace.DATABASE))) {
      throw new WorkspaceException("there is no workspace in " + folder
          + "; create one with 'basira ingest FILES --workspace " + folder + "', or name another with --workspace");
    }
    Connection db = connect(folder, true);
    try {
      if (!checkVersion(db, folder)) {
        db.close();
        Workspace.open(folder).close(); // closing leaves the archive index current too
        db = connect(folder, true);
      } else if (!new ArchiveIndex(storedTables(db)).current(db)) {
        db.close();
        refreshArchiveIndex(folder);
        db = connect(folder, true);
      }
      SearchIndex index = Files.isDirectory(folder.resolve(INDEX)) ? SearchIndex.forReading(folder.resolve(INDEX)) : null;
      return new Workspace(folder, db, index, false, id -> false);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(db, null);
      if (e instanceof WorkspaceException w) {
        throw w;
      }
      throw new WorkspaceException("the workspace " + folder + " cannot be opened (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Brings the archive index up to date (an attached folder changed since), which needs a moment
   * of write access; where the workspace cannot be written, queries read the tables themselves.
   */
  private static void refreshArchiveIndex(Path folder) {
    try {
      Workspace.open(folder).close();
    } catch (WorkspaceException e) {
      // read-only folder or a writer elsewhere: slower queries, same answers
    }
  }

  private static Connection connect(Path folder, boolean readOnly) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Properties properties = new Properties();
      if (readOnly) {
        properties.setProperty("duckdb.read_only", "true");
      }
      return DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(Workspace.DATABASE).toAbsolutePath(), properties);
    } catch (SQLException e) {
      String message = String.valueOf(e.getMessage());
      if (message.contains("lock")) {
        throw busy(folder);
      }
      throw new WorkspaceException("the workspace database in " + folder + " cannot be opened (" + message + ")", e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the DuckDB driver is missing from the classpath", e);
    }
  }

  private static WorkspaceException busy(Path folder) {
    return new WorkspaceException("the workspace " + folder + " is in use by another Basira process (an ingest or "
        + "serve); wait for it to finish, or stop it, and run this again");
  }

  /** Whether the workspace is at this Basira's schema version; refuses a newer one. */
  private static boolean checkVersion(Connection db, Path folder) throws SQLException {
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
      int version = rs.next() ? rs.getInt(1) : 0;
      if (version > Schema.CURRENT) {
        throw new WorkspaceException("the workspace " + folder + " was written by a newer Basira (schema version "
            + version + "); upgrade Basira to open it");
      }
      return version == Schema.CURRENT;
    }
  }

  static StoredTables storedTables(Connection db) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
      rs.next();
      return new StoredTables(rs.getString(1));
    }
  }

  private static void closeQuietly(Connection db, SearchIndex index) {
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException ignored) {
      // closing after a failure; the failure is what the user needs to see
    }
    try {
      db.close();
    } catch (SQLException ignored) {
      // as above
    }
  }
}
