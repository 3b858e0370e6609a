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
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;
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

  /**
   * How many articles the tables of {@code absolute} hold, once {@link #check checked}; refuses a
   * folder attached already, and one whose articles are in the workspace, as they would count twice.
   */
  static long countNew(Connection db, Path absolute) {
    check(absolute);
    String articles = parquet(absolute, AnalysisTables.ARTICLES);
    long count;
    try (Statement st = db.createStatement()) {
      if (list(db).stream().anyMatch(a -> a.folder().equals(absolute))) {
        throw new WorkspaceException(absolute + " is attached already; its tables are read in place, so new "
            + "rows there show without attaching again");
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*), min(a.id) FROM " + articles + " a JOIN articles b ON a.id = b.id")) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new WorkspaceException(rs.getLong(1) + " articles in " + absolute + " are in the workspace already "
              + "(one is " + rs.getString(2) + "); they would count twice, so attach it to a workspace without them");
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + articles)) {
        rs.next();
        count = rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new WorkspaceException("the tables in " + absolute + " cannot be read (" + e.getMessage()
          + "); check they are the Spark job's output", e);
    }
    return count;
  }

  /**
   * Records {@code absolute}, holding {@code count} articles, as attached and makes the views read it;
   * then resolves the actors of every article in its tables and adds the articles to the search
   * index. All inside the caller's transaction.
   *
   * @param progress told the number of articles taken in so far, now and then
   * @throws IOException when the index cannot be written; an unreadable analysis is a {@link WorkspaceException}
   */
  static void takeIn(Connection db, StoredTables tables, Path absolute, long count, AnalysisJson json,
      CanonicalActors canonical, SearchIndex index, LongConsumer progress) throws SQLException, IOException {
    record(db, absolute, count);
    createViews(db, tables);
    String articles = parquet(absolute, AnalysisTables.ARTICLES);
    long done = 0;
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT analysis FROM " + articles)) {
      while (rs.next()) {
        Analysis analysis = json.fromLine(rs.getString(1));
        canonical.resolve(db, analysis.actors());
        index.put(analysis);
        if (++done % 1000 == 0) {
          progress.accept(done);
        }
      }
    } catch (JsonProcessingException e) {
      throw new WorkspaceException("an analysis in " + absolute + " cannot be read (" + e.getOriginalMessage()
          + "); run the Spark job again with this Basira", e);
    }
    progress.accept(done);
  }

  /** Records {@code folder}, already {@link #check checked}, as attached. */
  private static void record(Connection db, Path folder, long articles) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO attachments VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM attachments), ?, ?, ?)")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, folder.toString());
      ps.setLong(3, articles);
      ps.executeUpdate();
    }
  }

  /** Forgets {@code folder} and makes the views read it no more; whether it was attached. */
  static boolean forget(Connection db, StoredTables tables, Path folder) throws SQLException {
    boolean removed;
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM attachments WHERE folder = ?")) {
      ps.setString(1, folder.toString());
      removed = ps.executeUpdate() > 0;
    }
    createViews(db, tables);
    return removed;
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
