package org.basira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.lucene.store.LockObtainFailedException;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;

/**
 * A folder that keeps analysed articles: a DuckDB database ({@code basira.duckdb}), which is the
 * record, and a Lucene index ({@code index/}) for full-text search.
 *
 * <p>Each article is stored in one database transaction, so a crash leaves it either wholly in or
 * wholly out. The index follows the database and is brought back in line when the workspace is
 * next opened for writing: articles it lacks are indexed again from their stored analysis, and
 * articles the database no longer has are dropped. Only one process may write a workspace at a
 * time; a second one is refused with a message that says so.
 */
public final class Workspace implements AutoCloseable {

  /** The default folder, relative to where Basira runs. */
  public static final Path DEFAULT = Path.of("basira-data");
  private static final String DATABASE = "basira.duckdb";
  private static final String INDEX = "index";
  /** How many stored articles may wait for an index commit; a crash loses none, it only reindexes them. */
  private static final int COMMIT_EVERY = 200;

  private final Path folder;
  private final Connection db;
  private final SearchIndex index;
  private final AnalysisJson json = new AnalysisJson();
  private final boolean writable;
  private int uncommitted;

  private Workspace(Path folder, Connection db, SearchIndex index, boolean writable) {
    this.folder = folder;
    this.db = db;
    this.index = index;
    this.writable = writable;
  }

  /** Opens the workspace in {@code folder} for writing, creating it if needed. */
  public static Workspace open(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new WorkspaceException("the workspace folder " + folder + " cannot be created (" + e.getMessage()
          + "); choose another with --workspace");
    }
    Connection db = connect(folder, false);
    SearchIndex index = null;
    try {
      Schema.migrate(db, folder.toString());
      index = SearchIndex.forWriting(folder.resolve(INDEX));
      Workspace workspace = new Workspace(folder, db, index, true);
      workspace.reconcile();
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

  /** Opens an existing workspace for queries only. */
  public static Workspace openForReading(Path folder) {
    if (!Files.isRegularFile(folder.resolve(DATABASE))) {
      throw new WorkspaceException("there is no workspace in " + folder
          + "; create one with 'basira ingest FILES --workspace " + folder + "', or name another with --workspace");
    }
    Connection db = connect(folder, true);
    try {
      checkVersion(db, folder);
      SearchIndex index = Files.isDirectory(folder.resolve(INDEX)) ? SearchIndex.forReading(folder.resolve(INDEX)) : null;
      return new Workspace(folder, db, index, false);
    } catch (SQLException | IOException | RuntimeException e) {
      closeQuietly(db, null);
      if (e instanceof WorkspaceException w) {
        throw w;
      }
      throw new WorkspaceException("the workspace " + folder + " cannot be opened (" + e.getMessage() + ")", e);
    }
  }

  private static Connection connect(Path folder, boolean readOnly) {
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Properties properties = new Properties();
      if (readOnly) {
        properties.setProperty("duckdb.read_only", "true");
      }
      return DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(DATABASE).toAbsolutePath(), properties);
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

  private static void checkVersion(Connection db, Path folder) throws SQLException {
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
      int version = rs.next() ? rs.getInt(1) : 0;
      if (version > Schema.CURRENT) {
        throw new WorkspaceException("the workspace " + folder + " was written by a newer Basira (schema version "
            + version + "); upgrade Basira to open it");
      }
      if (version < Schema.CURRENT) {
        throw new WorkspaceException("the workspace " + folder + " is at schema version " + version
            + "; run 'basira ingest --workspace " + folder + "' once to upgrade it");
      }
    }
  }

  public Path folder() {
    return folder;
  }

  /** Whether an article with exactly this text is stored. */
  public boolean contains(String articleId) {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Stores one analysis. The same text again changes nothing; a changed text from a source already
   * stored replaces the old article, its actors, attributions and events.
   */
  public Stored put(Analysis analysis) {
    requireWritable();
    String id = analysis.article().id();
    if (contains(id)) {
      return Stored.UNCHANGED;
    }
    List<String> replaced = new ArrayList<>();
    try {
      db.setAutoCommit(false);
      try (PreparedStatement ps = db.prepareStatement("SELECT id FROM articles WHERE source = ?")) {
        ps.setString(1, analysis.article().source());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            replaced.add(rs.getString(1));
          }
        }
      }
      for (String old : replaced) {
        AnalysisRows.delete(db, old);
      }
      AnalysisRows.insert(db, analysis, json.toLine(analysis, true));
      db.commit();
    } catch (SQLException e) {
      rollback();
      throw failure("write", e);
    } finally {
      autoCommit();
    }
    try {
      for (String old : replaced) {
        index.delete(old);
      }
      index.put(analysis);
      if (++uncommitted >= COMMIT_EVERY) {
        commit();
      }
    } catch (IOException e) {
      throw failure("index", e);
    }
    return replaced.isEmpty() ? Stored.NEW : Stored.UPDATED;
  }

  /** Makes everything stored so far searchable after a crash too. */
  public void commit() {
    try {
      index.commit();
      uncommitted = 0;
    } catch (IOException e) {
      throw failure("index", e);
    }
  }

  /** How many articles the workspace holds. */
  public long articles() {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Full-text search over titles and texts, with facets by source, actor and month. */
  public SearchResult search(String query, int limit) {
    if (index == null) {
      return new SearchResult(0, List.of(), java.util.Map.of());
    }
    try {
      return index.search(query, limit);
    } catch (IOException e) {
      throw failure("search", e);
    }
  }

  /** The actors named in the most articles, with every name they are written with. */
  public List<ActorSummary> actors(int top) {
    String sql = """
        SELECT a.actor_id, mode(a.name), mode(a.type), count(DISTINCT a.article_id),
               (SELECT count(*) FROM mentions m WHERE m.actor_id = a.actor_id),
               (SELECT string_agg(t, chr(31) ORDER BY n DESC, t) FROM (
                  SELECT m.text AS t, count(*) AS n FROM mentions m WHERE m.actor_id = a.actor_id GROUP BY m.text))
        FROM actors a
        GROUP BY a.actor_id
        ORDER BY count(DISTINCT a.article_id) DESC, 5 DESC, a.actor_id
        LIMIT ?""";
    List<ActorSummary> actors = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setInt(1, top);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String names = rs.getString(6);
          actors.add(new ActorSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
              names == null ? List.of() : Arrays.asList(names.split("\u001f"))));
        }
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return actors;
  }

  /** Brings the index in line with the database after a crash between the two. */
  private void reconcile() throws SQLException, IOException {
    Set<String> stored = new HashSet<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM articles")) {
      while (rs.next()) {
        stored.add(rs.getString(1));
      }
    }
    Set<String> indexed = index.ids();
    boolean changed = false;
    for (String id : indexed) {
      if (!stored.contains(id)) {
        index.delete(id);
        changed = true;
      }
    }
    try (PreparedStatement ps = db.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
      for (String id : stored) {
        if (indexed.contains(id)) {
          continue;
        }
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            index.put(json.fromLine(rs.getString(1)));
            changed = true;
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw new WorkspaceException("a stored analysis in " + folder + " cannot be read back (" + e.getOriginalMessage()
          + "); report this with the workspace", e);
    }
    if (changed) {
      index.commit();
    }
  }

  private void requireWritable() {
    if (!writable) {
      throw new IllegalStateException("this workspace was opened for reading");
    }
  }

  private WorkspaceException failure(String what, Exception e) {
    return new WorkspaceException("the workspace " + folder + " could not " + what + " (" + e.getMessage()
        + "); check the disk has room and the folder is writable", e);
  }

  private void rollback() {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the connection is broken; the transaction is gone with it
    }
  }

  private void autoCommit() {
    try {
      db.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the next statement reports a broken connection
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

  @Override
  public void close() {
    try {
      if (index != null) {
        index.close(); // commits what is pending
      }
      db.close();
    } catch (IOException | SQLException e) {
      throw failure("close", e);
    }
  }
}
