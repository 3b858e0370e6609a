package org.basira.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Table;

/**
 * The workspace's events, claims and scenario references, stored and attached together, copied into
 * tables of the database laid out for the timeline, the claims and the scenario board: each event
 * numbered by its place in the timeline's order, whether it has a side worked out, each claim by its
 * place in order of publication, and every item's sentence cut out of its article's text. On an
 * archive of a million events this took the timeline from 0.6 s to a few milliseconds, as a query no
 * longer scans the attached Parquet files nor reads articles' texts.
 *
 * <p>The index is derived, never the record: it is rebuilt whole when it no longer matches what it
 * was built from ({@link #current}), which a fingerprint of the stored articles and of the attached
 * folders' files tells. Actors' canonical names are not copied, so corrections need no rebuild.
 * Until it is rebuilt, queries read the tables themselves, which is slower and gives the same answer.
 */
final class ArchiveIndex {

  /** The index's own layout; a Basira that lays it out differently rebuilds it. */
  static final int LAYOUT = 1;

  /** The tables whose rows the index copies, among an attached folder's. */
  private static final List<Table> READ = List.of(AnalysisTables.ARTICLES, AnalysisTables.EVENTS,
      AnalysisTables.EVENT_ACTORS, AnalysisTables.SENTENCES, AnalysisTables.ATTRIBUTIONS, AnalysisTables.ACTORS,
      AnalysisTables.SCENARIO_REFS);

  /**
   * The sentence an item comes from, cut out of the text when DuckDB's character offsets are
   * Java's: they count code points where Java counts UTF-16 units, so in a text with characters
   * beyond the Basic Multilingual Plane (emoji, some scripts) the sentence is left null and read
   * through {@link ArticleTexts} instead.
   */
  private static final String SENTENCE = """
      CASE WHEN %1$s.start_offset IS NOT NULL AND NOT regexp_matches(%2$s.text, '[\\x{10000}-\\x{10FFFF}]')
        THEN substring(%2$s.text, %1$s.start_offset + 1, %1$s.end_offset - %1$s.start_offset) END""";

  private final StoredTables tables;

  ArchiveIndex(StoredTables tables) {
    this.tables = tables;
  }

  /** Whether the index holds exactly what the stored and attached tables hold now. */
  boolean current(Connection db) throws SQLException {
    return fingerprint(db).equals(builtFrom(db));
  }

  /**
   * Whether queries may read the index: it is current, or it was stale and {@code writable} let it
   * be rebuilt now. A rebuild that fails (a full disk) is rolled back and leaves the index stale,
   * never read: queries then read the tables, and the next writer tries again.
   */
  boolean ready(Connection db, boolean writable) throws SQLException {
    if (current(db)) {
      return true;
    }
    if (!writable) {
      return false;
    }
    try {
      rebuild(db);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Rebuilds the index if it is stale, as {@link #ready} does for a writer, after a write and before
   * closing; any failure leaves it stale, which is never read.
   */
  void keepCurrent(Connection db) {
    try {
      ready(db, true);
    } catch (SQLException e) {
      // the fingerprint could not be read: the index stays as it is, and a stale one is never read
    }
  }

  /** Builds the index again from the stored and attached tables, in a transaction of its own. */
  private void rebuild(Connection db) throws SQLException {
    db.setAutoCommit(false);
    try {
      build(db);
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(true);
    }
  }

  private void build(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      String fingerprint = fingerprint(db);
      st.execute("CREATE OR REPLACE TABLE " + tables.stored("archive_events") + " AS "
          + "SELECT row_number() OVER (ORDER BY e.date_start NULLS LAST, e.date_end, ar.published, e.article_id, e.idx)"
          + "::INTEGER AS key, e.article_id, e.idx, e.date_value, e.date_text, e.date_start, e.date_end, e.dated_by,"
          + " e.category, e.quad_class, e.cooperation_score, e.status, e.place_actor, e.place_text, e.trigger,"
          + " e.trigger_start, e.sentence, ar.published, ar.title, ar.source, se.start_offset AS sentence_start,"
          + " se.end_offset AS sentence_end, " + SENTENCE.formatted("se", "ar") + " AS sentence_text,"
          + " (e.article_id, e.idx) IN (SELECT article_id, event_idx FROM event_actors) AS sided"
          + " FROM events e JOIN articles ar ON ar.id = e.article_id"
          + " LEFT JOIN sentences se ON se.article_id = e.article_id AND se.idx = e.sentence ORDER BY key");
      st.execute("CREATE OR REPLACE TABLE " + tables.stored("archive_event_sides") + " AS "
          + "SELECT x.key, ea.side, ea.actor_id FROM event_actors ea "
          + "JOIN " + tables.stored("archive_events") + " x ON x.article_id = ea.article_id AND x.idx = ea.event_idx "
          + "ORDER BY x.key");
      st.execute("CREATE OR REPLACE TABLE " + tables.stored("archive_claims") + " AS "
          + "SELECT row_number() OVER (ORDER BY ar.published NULLS LAST, st.article_id, st.idx)::INTEGER AS key,"
          + " st.article_id, st.idx, st.speaker_actor, st.speaker_text, st.kind, st.cue, st.content, st.sentence,"
          + " ar.title, ar.source, ar.published, a.description"
          + " FROM attributions st JOIN articles ar ON ar.id = st.article_id"
          + " LEFT JOIN actors a ON a.article_id = st.article_id AND a.actor_id = st.speaker_actor ORDER BY key");
      st.execute("CREATE OR REPLACE TABLE " + tables.stored("archive_references") + " AS "
          + "SELECT r.article_id, r.idx, coalesce(a.title, a.source) AS title, a.published, r.attribution, r.holder,"
          + " coalesce(ac.name, att.speaker_text) AS holder_name, ac.type AS holder_type, ac.description,"
          + " r.scenario, r.stance, r.text, att.content, se.start_offset AS sentence_start,"
          + " se.end_offset AS sentence_end, " + SENTENCE.formatted("se", "a") + " AS sentence_text"
          + " FROM scenario_refs r JOIN articles a ON a.id = r.article_id"
          + " LEFT JOIN attributions att ON att.article_id = r.article_id AND att.idx = r.attribution"
          + " LEFT JOIN actors ac ON ac.article_id = r.article_id AND ac.actor_id = r.holder"
          + " LEFT JOIN sentences se ON se.article_id = r.article_id"
          + " AND se.start_offset <= r.start_offset AND r.start_offset < se.end_offset"
          + " ORDER BY a.published NULLS LAST, r.article_id, r.idx");
      // Pages are read by their numbers, a constant list DuckDB looks up in these indexes.
      st.execute("CREATE INDEX archive_events_key ON " + tables.stored("archive_events") + " (key)");
      st.execute("CREATE INDEX archive_event_sides_key ON " + tables.stored("archive_event_sides") + " (key)");
      st.execute("CREATE INDEX archive_claims_key ON " + tables.stored("archive_claims") + " (key)");
      st.execute("CREATE OR REPLACE TABLE " + tables.stored("archive_state") + " (built_from VARCHAR NOT NULL)");
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO " + tables.stored("archive_state") + " VALUES (?)")) {
        ps.setString(1, fingerprint);
        ps.executeUpdate();
      }
    }
  }

  /** The fingerprint the index was built from, or null when there is none. */
  private String builtFrom(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT built_from FROM " + tables.stored("archive_state"))) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null; // never built: the table is not there
    }
  }

  /**
   * What the index would be built from now: the layouts, the stored articles (how many, the latest
   * time one was stored, and their ids together, so that a replaced or deleted article shows) and,
   * for each attached folder present, the name, size and time of every file of the tables it copies.
   */
  String fingerprint(Connection db) throws SQLException {
    StringBuilder seen = new StringBuilder("layout " + LAYOUT + " schema " + Schema.CURRENT + "\n");
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT count(*), max(ingested_at), sum(hash(id)) FROM " + tables.stored("articles"))) {
      rs.next();
      seen.append("stored ").append(rs.getLong(1)).append(' ').append(rs.getString(2)).append(' ')
          .append(rs.getString(3)).append('\n');
    }
    for (Attachment attachment : Attachments.list(db)) {
      if (!attachment.present()) {
        continue;
      }
      seen.append("attached ").append(attachment.folder()).append('\n');
      for (Table table : READ) {
        files(attachment.folder().resolve(table.name()), seen);
      }
    }
    return sha256(seen.toString());
  }

  private static void files(Path folder, StringBuilder seen) {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        seen.append(file.getFileName()).append(' ').append(Files.size(file)).append(' ')
            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
      }
    } catch (IOException e) {
      seen.append(folder).append(" unreadable\n"); // read in place, it fails there with the reason
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
