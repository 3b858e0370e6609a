package org.basira.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.basira.casebook.Casebook;
import org.basira.json.AnalysisJson;
import org.basira.json.GeoJsonEvents;
import org.basira.scenarios.AnalystRating;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.model.Analysis;
import org.basira.model.Article;

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
  /** How many stored articles may wait for an index commit; a crash loses none, it only reindexes them. */
  private static final int COMMIT_EVERY = 200;

  private final Path folder;
  private final Connection db;
  private final SearchIndex index;
  private final AnalysisJson json = new AnalysisJson();
  private final boolean writable;
  private final CanonicalActors canonical;
  private final StoredTables tables;
  private final ArchiveIndex archive;
  private final LastBoard lastBoard;
  private int uncommitted;
  /** The casebook the articles stored now are analysed with, once an ingest has kept one. */
  private Integer casebook;

  Workspace(Path folder, Connection db, SearchIndex index, boolean writable, Predicate<String> curated)
      throws SQLException {
    this.folder = folder;
    this.db = db;
    this.index = index;
    this.writable = writable;
    this.canonical = new CanonicalActors(curated);
    this.tables = Opening.storedTables(db);
    this.archive = new ArchiveIndex(tables);
    this.lastBoard = new LastBoard(archive);
    Attachments.createViews(db, tables);
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
    return Opening.forWriting(folder, curated);
  }

  /**
   * Opens an existing workspace for queries only. One written by an older Basira is first brought
   * up to date, which needs a moment of write access.
   */
  public static Workspace openForReading(Path folder) {
    return Opening.forReading(folder);
  }

  public Path folder() {
    return folder;
  }

  /** Whether an article with exactly this text is stored or attached. */
  public boolean contains(String articleId) {
    return read(() -> StoredArticles.holds(db, "articles", articleId));
  }

  /** Whether an article fetched from this address is stored or attached. */
  public boolean containsUrl(String url) {
    return read(() -> StoredArticles.hasUrl(db, url));
  }

  /** Whether the article is stored in the workspace itself, not only in an attached folder. */
  private boolean isStored(String articleId) {
    return read(() -> StoredArticles.holds(db, tables.stored("articles"), articleId));
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
    long count = Attachments.countNew(db, absolute);
    try {
      inTransaction(() -> {
        try {
          Attachments.takeIn(db, tables, absolute, count, json, canonical, index, progress);
        } catch (IOException e) {
          throw failure("index", e);
        }
      });
      commit();
    } catch (RuntimeException e) {
      inTransaction(() -> Attachments.createViews(db, tables)); // as the attachments table says, rolled back
      throw e;
    }
    archive.keepCurrent(db);
    return new Attachment(absolute, Instant.now(), count, true);
  }

  /**
   * Stops reading an attached folder; the folder itself is left as it is. Whether it was attached.
   */
  public boolean detach(Path folder) {
    requireWritable();
    Path absolute = folder.toAbsolutePath().normalize();
    boolean[] removed = new boolean[1];
    inTransaction(() -> removed[0] = Attachments.forget(db, tables, absolute));
    canonical.forget();
    archive.keepCurrent(db);
    try {
      index.reconcile(db, folder); // its articles leave the search index
    } catch (SQLException | IOException e) {
      throw failure("index", e);
    }
    return removed[0];
  }

  /** The attached folders, oldest first. */
  public List<Attachment> attachments() {
    return read(() -> Attachments.list(db));
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
    inTransaction(() -> replaced.addAll(StoredArticles.store(db, tables, canonical, analysis,
        json.toLine(analysis, true), casebook)));
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
      try {
        db.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the next statement reports a broken connection
      }
    }
  }

  /** Brings the search index in line after {@code analysis} was stored in place of {@code removed}. */
  private void index(List<String> removed, Analysis analysis) {
    try {
      index.replace(removed, analysis);
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
    return read(() -> StoredArticles.count(db));
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
    return read(() -> ActorProfiles.summaries(db, null, top));
  }

  /** One actor across spellings, by its canonical id; empty when the workspace has none with that id. */
  public Optional<ActorSummary> actor(String canonicalId) {
    return read(() -> ActorProfiles.summaries(db, canonicalId, 1)).stream().findFirst();
  }

  /**
   * Joins {@code other} into {@code keep}: from now on they are one actor, in every article stored
   * and every article to come. Both are named by id or by any name they are written with.
   */
  public Correction merge(String keep, String other, String byWhom, String why) {
    requireWritable();
    return correct(() -> ActorCorrections.merge(db, canonical, folder, keep, other, byWhom, why));
  }

  /**
   * Splits off the part of an actor written as one of {@code names} into an actor of its own, in
   * every article stored and every article to come.
   */
  public Correction split(String actor, List<String> names, String byWhom, String why) {
    requireWritable();
    return correct(() -> ActorCorrections.split(db, canonical, folder, actor, names, byWhom, why));
  }

  /** Every correction analysts have made to the actors, oldest first. */
  public List<Correction> corrections() {
    return read(() -> ActorCorrections.all(db));
  }

  /** Applies one correction and records it in the audit log, in one transaction. */
  private Correction correct(SqlCall<Correction> step) {
    Correction[] done = new Correction[1];
    inTransaction(() -> done[0] = ActorCorrections.record(db, step.call()));
    return done[0];
  }

  /** The actors an id or name denotes, across spellings; empty when none does. */
  public List<String> actorsCalled(String idOrName) {
    return read(() -> canonical.find(db, idOrName));
  }

  /** What the actors named in {@code query} said, in order of publication. */
  public List<Claim> claims(ClaimQuery query) {
    return read(() -> Claims.page(db, canonical, query, archive.ready(db, writable)));
  }

  /** Events in date order, each with its sides across spellings and the sentence it comes from. */
  public List<TimelineEntry> timeline(TimelineQuery query) {
    return read(() -> Timeline.page(db, canonical, query, archive.ready(db, writable)));
  }

  /**
   * Keeps the casebook an ingest runs with, as written, so that later commands weigh the evidence by
   * it; every version kept stays in the workspace.
   */
  public void keepCasebook(Casebook casebook) {
    requireWritable();
    this.casebook = write(() -> ScenarioEvidence.keepCasebook(db, casebook.id(), casebook.source(), casebook.yaml()));
  }

  /**
   * How many stored articles were analysed with another casebook than the latest kept, or before any
   * was: their scenario references are missing or out of date until they are analysed again.
   */
  public long analysedWithOtherCasebooks() {
    return read(() -> ScenarioEvidence.analysedWithOtherCasebooks(db));
  }

  /** The ids of the stored articles, oldest first; attached articles are not among them. */
  public List<String> articleIds() {
    return read(() -> StoredArticles.ids(db, tables));
  }

  /** A stored article as it was read, to be analysed again. */
  public Optional<Article> article(String id) {
    return read(() -> StoredArticles.article(db, id));
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
    inTransaction(() -> StoredArticles.storeAgain(db, tables, canonical, analysis, json.toLine(analysis, true), casebook));
    canonical.forget();
    index(List.of(id), analysis);
    return Stored.UPDATED;
  }

  /** The casebook the latest ingest ran with, if any did. */
  public Optional<StoredCasebook> casebook() {
    return read(() -> ScenarioEvidence.latestCasebook(db));
  }

  /** The scenario board of {@code casebook} over the evidence stored here, with the analysts' ratings. */
  public ScenarioBoard board(Casebook casebook) {
    return read(() -> lastBoard.of(db, casebook, archive.ready(db, writable)));
  }

  /**
   * Records an analyst's rating of one cell of the scenario board, or with a null rating returns the
   * cell to Basira's proposal; the trail of ratings is only ever added to.
   */
  public AnalystRating rate(String evidence, String scenario, Rating rating, String byWhom, String why) {
    requireWritable();
    return write(() -> ScenarioEvidence.rate(db, evidence, scenario, rating, byWhom, why));
  }

  /** Every rating analysts have made on the scenario board, oldest first. */
  public List<AnalystRating> analystRatings() {
    return read(() -> ScenarioEvidence.ratings(db));
  }

  /** The counts of what the workspace holds. */
  public Overview overview() {
    return read(() -> ActorProfiles.overview(db));
  }

  /** The latest articles by publication date, then by when they were stored. */
  public List<ArticleSummary> latestArticles(int limit) {
    return read(() -> ActorProfiles.latest(db, limit));
  }

  /** The actors named with {@code canonicalId} in the same articles, and the reported events between them. */
  public List<Neighbour> neighbours(String canonicalId, int limit) {
    return read(() -> ActorProfiles.neighbours(db, canonicalId, limit));
  }

  /** The stored analysis of an article, as the JSON line {@code basira extract} writes, with its text. */
  public Optional<String> storedAnalysis(String articleId) {
    return read(() -> Optional.ofNullable(ActorProfiles.analysis(db, articleId)));
  }

  /** Writes every stored analysis as one JSON line, in the shape {@code basira extract} writes, oldest first. */
  public long exportAnalyses(Writer out) {
    try {
      return Exports.analyses(out, this::forEachAnalysis);
    } catch (IOException e) {
      throw failure("export", e);
    }
  }

  /**
   * Writes every located event of the stored analyses as a GeoJSON FeatureCollection; the
   * returned writer, closed, says how many were written and how many had no location.
   */
  public GeoJsonEvents exportEventMap(Writer out) {
    return Exports.eventMap(out, this::forEachAnalysis);
  }

  /** Hands every stored analysis (its contract JSON) to {@code each}, oldest first, one at a time; returns how many. */
  public long forEachAnalysis(Consumer<String> each) {
    try {
      return Exports.forEachAnalysis(db, each);
    } catch (SQLException | UncheckedIOException e) {
      throw failure("export", e instanceof UncheckedIOException u ? u.getCause() : e);
    }
  }

  /**
   * Writes each table as a file in {@code output}: {@code csv} with a header, or {@code parquet}.
   * Refuses to overwrite files already there.
   */
  public List<Path> exportTables(Path output, String format) {
    return Exports.tables(db, output, format);
  }

  /** Writes the actors and the reported events between them as a GraphML graph. */
  public void exportNetwork(Writer out) {
    try {
      ActorNetwork.write(db, out);
    } catch (SQLException | XMLStreamException e) {
      throw failure("export", e);
    }
  }

  private interface SqlCall<T> {
    T call() throws SQLException;
  }

  /** What {@code call} reads; a database failure is reported as one to read. */
  private <T> T read(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** What {@code call} writes and returns; a database failure is reported as one to write. */
  private <T> T write(SqlCall<T> call) {
    try {
      return call.call();
    } catch (SQLException e) {
      throw failure("write", e);
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

  /** Closes the workspace, leaving its archive index current for those who open it to read. */
  @Override
  public void close() {
    try {
      if (writable) {
        archive.keepCurrent(db);
      }
      if (index != null) {
        index.close(); // commits what is pending
      }
      db.close();
    } catch (IOException | SQLException e) {
      throw failure("close", e);
    }
  }
}
