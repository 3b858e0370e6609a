package org.basira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.apache.lucene.store.LockObtainFailedException;
import org.basira.casebook.Casebook;
import org.basira.casebook.Indicator;
import org.basira.json.AnalysisJson;
import org.basira.json.GeoJsonEvents;
import org.basira.scenarios.AnalystRating;
import org.basira.scenarios.IndicatorReading;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.model.Analysis;
import org.basira.tables.AnalysisTables;
import org.basira.model.Article;
import org.basira.model.PartialDate;

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
  /** The database file inside a workspace folder. */
  public static final String DATABASE = "basira.duckdb";
  private static final String INDEX = "index";
  /** How many stored articles may wait for an index commit; a crash loses none, it only reindexes them. */
  private static final int COMMIT_EVERY = 200;

  private final Path folder;
  private final Connection db;
  private final SearchIndex index;
  private final AnalysisJson json = new AnalysisJson();
  private final boolean writable;
  private final CanonicalActors canonical;
  private final StoredTables tables;
  private int uncommitted;
  /** The casebook the articles stored now are analysed with, once an ingest has kept one. */
  private Integer casebook;

  private Workspace(Path folder, Connection db, SearchIndex index, boolean writable, Predicate<String> curated)
      throws SQLException {
    this.folder = folder;
    this.db = db;
    this.index = index;
    this.writable = writable;
    this.canonical = new CanonicalActors(curated);
    this.tables = storedTables(db);
    Attachments.createViews(db, tables);
  }

  private static StoredTables storedTables(Connection db) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
      rs.next();
      return new StoredTables(rs.getString(1));
    }
  }

  /** Opens the workspace in {@code folder} for writing, creating it if needed; no actor id is curated. */
  public static Workspace open(Path folder) {
    return open(folder, id -> false);
  }

  /**
   * Opens the workspace in {@code folder} for writing, creating it if needed.
   *
   * @param curated whether an actor id is one of the gazetteer's, which are joined across articles
   *     by id only, never by name
   */
  public static Workspace open(Path folder, Predicate<String> curated) {
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
  public static Workspace openForReading(Path folder) {
    if (!Files.isRegularFile(folder.resolve(DATABASE))) {
      throw new WorkspaceException("there is no workspace in " + folder
          + "; create one with 'basira ingest FILES --workspace " + folder + "', or name another with --workspace");
    }
    Connection db = connect(folder, true);
    try {
      if (!checkVersion(db, folder)) {
        db.close();
        open(folder).close();
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

  public Path folder() {
    return folder;
  }

  /** Whether an article with exactly this text is stored or attached. */
  public boolean contains(String articleId) {
    return holds("articles", articleId);
  }

  /** Whether an article fetched from this address is stored or attached. */
  public boolean containsUrl(String url) {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM articles WHERE url = ? LIMIT 1")) {
      ps.setString(1, url);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Whether the article is stored in the workspace itself, not only in an attached folder. */
  private boolean isStored(String articleId) {
    return holds(tables.stored("articles"), articleId);
  }

  private boolean holds(String articles, String articleId) {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM " + articles + " WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Attaches a folder of Parquet tables that the Spark job wrote: from now on every query reads
   * its rows in place. Its actors are resolved into the workspace's canonical actors and its
   * articles added to the search index (both derived, rebuilt at will); the folder is only read.
   * An archive whose articles are stored or attached already is refused, as they would count twice.
   *
   * @param progress told the number of articles taken in so far, now and then
   */
  public Attachment attach(Path folder, LongConsumer progress) {
    requireWritable();
    Path absolute = folder.toAbsolutePath().normalize();
    Attachments.check(absolute);
    String articles = Attachments.parquet(absolute, AnalysisTables.ARTICLES);
    long count;
    try (Statement st = db.createStatement()) {
      if (Attachments.list(db).stream().anyMatch(a -> a.folder().equals(absolute))) {
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
    try {
      inTransaction(() -> {
        Attachments.record(db, absolute, count);
        Attachments.createViews(db, tables);
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
        } catch (IOException e) {
          throw failure("index", e);
        }
        progress.accept(done);
      });
      commit();
    } catch (RuntimeException e) {
      restoreViews();
      throw e;
    }
    return new Attachment(absolute, Instant.now(), count, true);
  }

  /**
   * Stops reading an attached folder; the folder itself is left as it is. Whether it was attached.
   */
  public boolean detach(Path folder) {
    requireWritable();
    Path absolute = folder.toAbsolutePath().normalize();
    boolean[] removed = new boolean[1];
    inTransaction(() -> {
      removed[0] = Attachments.forget(db, absolute);
      Attachments.createViews(db, tables);
    });
    canonical.forget();
    try {
      index.reconcile(db, folder); // its articles leave the search index
    } catch (SQLException | IOException e) {
      throw failure("index", e);
    }
    return removed[0];
  }

  /** The attached folders, oldest first. */
  public List<Attachment> attachments() {
    try {
      return Attachments.list(db);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The views as the attachments table says, after a failed attach rolled it back. */
  private void restoreViews() {
    try {
      Attachments.createViews(db, tables);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Stores one analysis. The same text again changes nothing; a changed text of an article already
   * stored replaces the old article, its actors, attributions and events. An article with a URL is
   * the same article as a stored one with that URL (a page fetched again after an edit); one
   * without is the same as a stored one of its source without a URL (a file read again). Pages of
   * one site share their source, so the source alone never replaces a page.
   */
  public Stored put(Analysis analysis) {
    requireWritable();
    String id = analysis.article().id();
    if (contains(id)) {
      return Stored.UNCHANGED;
    }
    List<String> replaced = new ArrayList<>();
    inTransaction(() -> {
      // Attached articles are read-only: an article replaces only the stored ones of its source.
      String url = analysis.article().url();
      try (PreparedStatement ps = db.prepareStatement("SELECT id FROM " + tables.stored("articles")
          + (url != null ? " WHERE url = ?" : " WHERE source = ? AND url IS NULL"))) {
        ps.setString(1, url != null ? url : analysis.article().source());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            replaced.add(rs.getString(1));
          }
        }
      }
      for (String old : replaced) {
        AnalysisRows.delete(db, tables, old);
      }
      AnalysisRows.insert(db, tables, analysis, json.toLine(analysis, true), casebook);
      canonical.resolve(db, analysis.actors());
    });
    if (!replaced.isEmpty()) {
      canonical.forget(); // the replaced article's names may have gone with it
    }
    index(replaced, analysis);
    return replaced.isEmpty() ? Stored.NEW : Stored.UPDATED;
  }

  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs {@code work} as one transaction: all of it is stored, or on any failure none of it. */
  private void inTransaction(SqlWork work) {
    try {
      db.setAutoCommit(false);
      work.run();
      db.commit();
    } catch (SQLException e) {
      rollback();
      throw failure("write", e);
    } catch (RuntimeException | Error e) {
      rollback(); // DuckDB would commit the half-done transaction when autocommit is turned back on
      throw e;
    } finally {
      autoCommit();
    }
  }

  /** Brings the search index in line after {@code analysis} was stored in place of {@code removed}. */
  private void index(List<String> removed, Analysis analysis) {
    try {
      for (String old : removed) {
        index.delete(old);
      }
      index.put(analysis);
      if (++uncommitted >= COMMIT_EVERY) {
        commit();
      }
    } catch (IOException e) {
      throw failure("index", e);
    }
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

  /** The actors named in the most articles, across spellings, with every name they are written with. */
  public List<ActorSummary> actors(int top) {
    return actorSummaries(null, top);
  }

  /** One actor across spellings, by its canonical id; empty when the workspace has none with that id. */
  public Optional<ActorSummary> actor(String canonicalId) {
    return actorSummaries(canonicalId, 1).stream().findFirst();
  }

  private List<ActorSummary> actorSummaries(String only, int top) {
    String sql = """
        WITH written AS (
          SELECT r.canonical_id AS id, m.text, count(*) AS n
          FROM mentions m JOIN actor_resolutions r ON r.actor_id = m.actor_id
          GROUP BY r.canonical_id, m.text)
        SELECT c.id, c.name, c.type, count(DISTINCT a.article_id) AS articles,
               (SELECT coalesce(sum(n), 0) FROM written w WHERE w.id = c.id) AS mentions,
               (SELECT string_agg(text, chr(31) ORDER BY n DESC, text) FROM written w WHERE w.id = c.id)
        FROM canonical_actors c
        JOIN actor_resolutions r ON r.canonical_id = c.id
        JOIN actors a ON a.actor_id = r.actor_id
        WHERE ? IS NULL OR c.id = ?
        GROUP BY c.id, c.name, c.type
        ORDER BY articles DESC, mentions DESC, c.id
        LIMIT ?""";
    List<ActorSummary> actors = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, only);
      ps.setString(2, only);
      ps.setInt(3, top);
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

  /**
   * Joins {@code other} into {@code keep}: from now on they are one actor, in every article stored
   * and every article to come. Both are named by id or by any name they are written with.
   */
  public Correction merge(String keep, String other, String byWhom, String why) {
    requireWritable();
    return correct(() -> {
      String into = one(keep);
      String from = one(other);
      if (into.equals(from)) {
        throw new WorkspaceException("'" + keep + "' and '" + other + "' are already one actor (" + into + ")");
      }
      canonical.merge(db, into, from);
      return new Correction(0, Instant.now(), "merge", into, from, List.of(), byWhom, why);
    });
  }

  /**
   * Splits off the part of an actor written as one of {@code names} into an actor of its own, in
   * every article stored and every article to come.
   */
  public Correction split(String actor, List<String> names, String byWhom, String why) {
    requireWritable();
    return correct(() -> {
      String from = one(actor);
      String split = canonical.split(db, from, names);
      return new Correction(0, Instant.now(), "split", from, split, names, byWhom, why);
    });
  }

  /** Every correction analysts have made to the actors, oldest first. */
  public List<Correction> corrections() {
    List<Correction> corrections = new ArrayList<>();
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT seq, made_at, action, actor, other, names, by_whom, why "
             + "FROM actor_corrections ORDER BY seq")) {
      while (rs.next()) {
        String names = rs.getString(6);
        corrections.add(new Correction(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5), names == null || names.isEmpty() ? List.of() : Arrays.asList(names.split("\u001f")),
            rs.getString(7), rs.getString(8)));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return corrections;
  }

  private interface CorrectionStep {
    Correction apply() throws SQLException;
  }

  /** Applies one correction and records it in the audit log, in one transaction. */
  private Correction correct(CorrectionStep step) {
    try {
      db.setAutoCommit(false);
      Correction done = step.apply();
      int seq;
      try (Statement st = db.createStatement();
           ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM actor_corrections")) {
        rs.next();
        seq = rs.getInt(1);
      }
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO actor_corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setInt(1, seq);
        ps.setTimestamp(2, Timestamp.from(done.at()));
        ps.setString(3, done.action());
        ps.setString(4, done.actor());
        ps.setString(5, done.other());
        ps.setString(6, String.join("\u001f", done.names()));
        ps.setString(7, done.byWhom());
        ps.setString(8, done.why());
        ps.executeUpdate();
      }
      db.commit();
      return new Correction(seq, done.at(), done.action(), done.actor(), done.other(), done.names(), done.byWhom(),
          done.why());
    } catch (SQLException e) {
      rollback();
      throw failure("write", e);
    } catch (RuntimeException | Error e) {
      rollback();
      throw e;
    } finally {
      autoCommit();
    }
  }

  /** The one actor an id or name denotes; a name that fits none or several is an error naming them. */
  private String one(String idOrName) throws SQLException {
    List<String> found = canonical.find(db, idOrName);
    if (found.isEmpty()) {
      throw new WorkspaceException("no actor in the workspace " + folder + " is called '" + idOrName
          + "'; 'basira actors' lists them with their ids");
    }
    if (found.size() > 1) {
      List<String> named = new ArrayList<>();
      for (String id : found) {
        named.add(id + " (" + canonical.describe(db, id)[0] + ")");
      }
      throw new WorkspaceException("'" + idOrName + "' could be any of " + String.join(", ", named)
          + "; name one by its id");
    }
    return found.get(0);
  }

  /** The actors an id or name denotes, across spellings; empty when none does. */
  public List<String> actorsCalled(String idOrName) {
    try {
      return canonical.find(db, idOrName);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** What the actors named in {@code query} said, in order of publication. */
  public List<Claim> claims(ClaimQuery query) {
    List<String> speakers = query.speaker() == null ? null : actorsCalled(query.speaker());
    if (speakers != null && speakers.isEmpty()) {
      return List.of();
    }
    try {
      return Claims.page(db, query, speakers);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Events in date order, each with its sides across spellings and the sentence it comes from. */
  public List<TimelineEntry> timeline(TimelineQuery query) {
    List<String> actors = query.actor() == null ? null : actorsCalled(query.actor());
    if (actors != null && actors.isEmpty()) {
      return List.of();
    }
    try {
      return Timeline.page(db, query, actors);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Keeps the casebook an ingest runs with, as written, so that later commands weigh the evidence by
   * it; every version kept stays in the workspace.
   */
  public void keepCasebook(Casebook casebook) {
    requireWritable();
    try {
      this.casebook = ScenarioEvidence.keepCasebook(db, casebook.id(), casebook.source(), casebook.yaml());
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /**
   * How many stored articles were analysed with another casebook than the latest kept, or before any
   * was: their scenario references are missing or out of date until they are analysed again.
   */
  public long analysedWithOtherCasebooks() {
    try {
      return ScenarioEvidence.analysedWithOtherCasebooks(db);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The ids of the stored articles, oldest first; attached articles are not among them. */
  public List<String> articleIds() {
    List<String> ids = new ArrayList<>();
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT id FROM " + tables.stored("articles") + " ORDER BY ingested_at, id")) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return ids;
  }

  /** A stored article as it was read, to be analysed again. */
  public Optional<Article> article(String id) {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT id, title, source, url, published, language, text FROM articles WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Article(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            PartialDate.tryParse(rs.getString(5)).orElse(null), rs.getString(6), rs.getString(7)));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Stores a new analysis of an article already stored (the same text), in place of the old one:
   * its derived rows, the analysis and the casebook it was made with. Analysts' corrections and
   * ratings are kept, as they are by article and actor ids.
   */
  public Stored putAgain(Analysis analysis) {
    requireWritable();
    String id = analysis.article().id();
    if (!contains(id)) {
      return put(analysis);
    }
    if (!isStored(id)) {
      return Stored.UNCHANGED; // attached tables are read in place, never rewritten
    }
    inTransaction(() -> {
      AnalysisRows.deleteDerived(db, tables, id);
      try (PreparedStatement ps = db.prepareStatement("UPDATE " + tables.stored("articles")
          + " SET analysis = ?, casebook_seq = ? WHERE id = ?")) {
        ps.setString(1, json.toLine(analysis, true));
        ps.setObject(2, casebook);
        ps.setString(3, id);
        ps.executeUpdate();
      }
      AnalysisRows.insertDerived(db, tables, analysis);
      canonical.resolve(db, analysis.actors());
    });
    canonical.forget();
    index(List.of(id), analysis);
    return Stored.UPDATED;
  }

  /** The casebook the latest ingest ran with, if any did. */
  public Optional<StoredCasebook> casebook() {
    try {
      return ScenarioEvidence.latestCasebook(db);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The scenario board of {@code casebook} over the evidence stored here, with the analysts' ratings. */
  public ScenarioBoard board(Casebook casebook) {
    try {
      List<IndicatorReading> readings = new ArrayList<>();
      for (Indicator indicator : casebook.indicators()) {
        readings.add(ScenarioEvidence.reading(db, indicator));
      }
      return ScenarioBoard.build(casebook, ScenarioEvidence.views(db, ids -> ArticleTexts.of(db, ids)), readings, ScenarioEvidence.ratings(db));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Records an analyst's rating of one cell of the scenario board, or with a null rating returns the
   * cell to Basira's proposal; the trail of ratings is only ever added to.
   */
  public AnalystRating rate(String evidence, String scenario, Rating rating, String byWhom, String why) {
    requireWritable();
    try {
      return ScenarioEvidence.rate(db, evidence, scenario, rating, byWhom, why);
    } catch (SQLException e) {
      throw failure("write", e);
    }
  }

  /** Every rating analysts have made on the scenario board, oldest first. */
  public List<AnalystRating> analystRatings() {
    try {
      return ScenarioEvidence.ratings(db);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The counts of what the workspace holds. */
  public Overview overview() {
    try {
      return ActorProfiles.overview(db);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The latest articles by publication date, then by when they were stored. */
  public List<ArticleSummary> latestArticles(int limit) {
    try {
      return ActorProfiles.latest(db, limit);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The actors named with {@code canonicalId} in the same articles, and the reported events between them. */
  public List<Neighbour> neighbours(String canonicalId, int limit) {
    try {
      return ActorProfiles.neighbours(db, canonicalId, limit);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The stored analysis of an article, as the JSON line {@code basira extract} writes, with its text. */
  public Optional<String> storedAnalysis(String articleId) {
    try {
      return Optional.ofNullable(ActorProfiles.analysis(db, articleId));
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Writes every stored analysis as one JSON line, in the shape {@code basira extract} writes, oldest first. */
  public long exportAnalyses(Writer out) {
    long n = forEachAnalysis(json -> {
      try {
        out.write(json);
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    try {
      out.flush();
    } catch (IOException e) {
      throw failure("export", e);
    }
    return n;
  }

  /**
   * Writes every located event of the stored analyses as a GeoJSON FeatureCollection; the
   * returned writer, closed, says how many were written and how many had no location.
   */
  public GeoJsonEvents exportEventMap(Writer out) {
    AnalysisJson json = new AnalysisJson();
    GeoJsonEvents features = new GeoJsonEvents(out);
    forEachAnalysis(line -> {
      try {
        features.add(json.fromLine(line));
      } catch (JsonProcessingException e) {
        throw new WorkspaceException("a stored analysis could not be read (" + e.getOriginalMessage()
            + "); run 'basira ingest --again' to analyse its article anew", e);
      }
    });
    features.close();
    return features;
  }

  /** Hands every stored analysis (its contract JSON) to {@code each}, oldest first, one at a time; returns how many. */
  public long forEachAnalysis(Consumer<String> each) {
    long n = 0;
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT analysis FROM articles ORDER BY published NULLS LAST, id")) {
      while (rs.next()) {
        each.accept(rs.getString(1));
        n++;
      }
    } catch (SQLException | UncheckedIOException e) {
      throw failure("export", e instanceof UncheckedIOException u ? u.getCause() : e);
    }
    return n;
  }

  /**
   * Writes each table as a file in {@code output}: {@code csv} with a header, or {@code parquet}.
   * Refuses to overwrite files already there.
   */
  public List<Path> exportTables(Path output, String format) {
    try {
      return TableFiles.write(db, output, TableFiles.format(format));
    } catch (SQLException | IOException e) {
      throw new WorkspaceException("the workspace could not be exported to " + output + " (" + e.getMessage()
          + "); check the folder is writable and the disk has room", e);
    }
  }

  /** Writes the actors and the reported events between them as a GraphML graph. */
  public void exportNetwork(Writer out) {
    try {
      ActorNetwork.write(db, out);
    } catch (SQLException | XMLStreamException e) {
      throw failure("export", e);
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
    canonical.forget();
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
