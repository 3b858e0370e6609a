package org.basira.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workspace database's tables, as numbered migrations. A workspace records the version it is
 * at; opening one applies the migrations it lacks in one transaction, and refuses one written by a
 * newer Basira rather than guess at tables it does not know.
 *
 * <p>Every article keeps its whole analysis as JSON, so a migration that changes the tables derived
 * from it asks for them to be derived again ({@link Migration#rederive}) instead of converting rows
 * in SQL. What analysts record themselves (actor corrections) is never derived and never dropped.
 */
final class Schema {

  /**
   * One step of the schema.
   *
   * @param rederive whether the rows derived from each article's analysis must be written again
   */
  record Migration(String sql, boolean rederive) {
  }

  /** The migrations in order; migration {@code i} brings a workspace from version i to i + 1. */
  private static final List<Migration> MIGRATIONS = List.of(
      new Migration("""
      CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        source VARCHAR NOT NULL,
        title VARCHAR,
        url VARCHAR,
        published VARCHAR,
        language VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        analysis VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL
      );
      CREATE INDEX articles_source ON articles (source);
      CREATE TABLE actors (
        article_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        description VARCHAR
      );
      CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        text VARCHAR NOT NULL
      );
      CREATE TABLE attributions (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        speaker_actor VARCHAR,
        speaker_text VARCHAR,
        cue VARCHAR,
        content VARCHAR NOT NULL,
        content_start INTEGER NOT NULL,
        kind VARCHAR NOT NULL,
        sentence INTEGER NOT NULL
      );
      CREATE TABLE events (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        category VARCHAR NOT NULL,
        quad_class VARCHAR NOT NULL,
        cooperation_score DOUBLE NOT NULL,
        status VARCHAR NOT NULL,
        date_value VARCHAR,
        date_text VARCHAR,
        place_actor VARCHAR,
        place_text VARCHAR,
        trigger VARCHAR NOT NULL,
        trigger_start INTEGER NOT NULL,
        sentence INTEGER NOT NULL
      );
      CREATE TABLE event_actors (
        article_id VARCHAR NOT NULL,
        event_idx INTEGER NOT NULL,
        side VARCHAR NOT NULL,
        actor_id VARCHAR NOT NULL
      );
      """, false),
      // 2: canonical actors across articles and the analysts' corrections of them; sentences, and
      // each event's effective date range, for claims and timelines.
      new Migration("""
      CREATE TABLE sentences (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL
      );
      ALTER TABLE events ADD COLUMN date_start DATE;
      ALTER TABLE events ADD COLUMN date_end DATE;
      ALTER TABLE events ADD COLUMN dated_by VARCHAR;
      CREATE TABLE canonical_actors (
        id VARCHAR PRIMARY KEY,
        name VARCHAR NOT NULL,
        type VARCHAR NOT NULL
      );
      CREATE TABLE actor_resolutions (
        actor_id VARCHAR PRIMARY KEY,
        canonical_id VARCHAR NOT NULL,
        how VARCHAR NOT NULL
      );
      CREATE TABLE actor_corrections (
        seq INTEGER PRIMARY KEY,
        made_at TIMESTAMP NOT NULL,
        action VARCHAR NOT NULL,
        actor VARCHAR NOT NULL,
        other VARCHAR,
        names VARCHAR,
        by_whom VARCHAR NOT NULL,
        why VARCHAR
      );
      """, true),
      // 3: scenario references, the casebooks ingest ran with (and which one each article was
      // analysed with), and the analysts' ratings of the scenario board, an append-only audit trail.
      // Nothing derived changes, so nothing is derived again.
      new Migration("""
      ALTER TABLE articles ADD COLUMN casebook_seq INTEGER;
      CREATE TABLE scenario_refs (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        scenario VARCHAR NOT NULL,
        text VARCHAR NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        holder VARCHAR,
        stance VARCHAR NOT NULL,
        attribution INTEGER
      );
      CREATE TABLE casebooks (
        seq INTEGER PRIMARY KEY,
        stored_at TIMESTAMP NOT NULL,
        id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        yaml VARCHAR NOT NULL
      );
      CREATE TABLE scenario_ratings (
        seq INTEGER PRIMARY KEY,
        made_at TIMESTAMP NOT NULL,
        evidence VARCHAR NOT NULL,
        scenario VARCHAR NOT NULL,
        rating VARCHAR,
        by_whom VARCHAR NOT NULL,
        why VARCHAR NOT NULL
      );
      """, false),
      // 4: folders of Parquet tables (the Spark job's) read in place, through views made at open.
      new Migration("""
      CREATE TABLE attachments (
        seq INTEGER PRIMARY KEY,
        attached_at TIMESTAMP NOT NULL,
        folder VARCHAR NOT NULL UNIQUE,
        articles BIGINT NOT NULL
      );
      """, false),
      // 5: the names a split took off, a LIST instead of one string joined with a separator.
      new Migration("""
      CREATE TABLE actor_corrections_listed (
        seq INTEGER PRIMARY KEY,
        made_at TIMESTAMP NOT NULL,
        action VARCHAR NOT NULL,
        actor VARCHAR NOT NULL,
        other VARCHAR,
        names VARCHAR[],
        by_whom VARCHAR NOT NULL,
        why VARCHAR
      );
      INSERT INTO actor_corrections_listed
        SELECT seq, made_at, action, actor, other,
               CASE WHEN names IS NULL THEN NULL WHEN names = '' THEN []::VARCHAR[] ELSE string_split(names, chr(31)) END,
               by_whom, why
        FROM actor_corrections;
      DROP TABLE actor_corrections;
      ALTER TABLE actor_corrections_listed RENAME TO actor_corrections;
      """, false));

  /** The version this Basira writes. */
  static final int CURRENT = MIGRATIONS.size();

  private Schema() {
  }

  /** Writes the rows derived from every stored analysis again, inside the migration's transaction. */
  interface Rederivation {
    void run() throws SQLException;
  }

  /**
   * Brings the database to {@link #CURRENT}; {@code where} names the workspace in messages. When a
   * migration asks for it, {@code rederive} runs in the same transaction, so a crash midway leaves
   * the workspace at its old version, to be migrated again.
   */
  static void migrate(Connection connection, String where, Rederivation rederive) throws SQLException {
    migrate(connection, where, CURRENT, rederive);
  }

  /** Brings the database to {@code target}: tests build a workspace of an older version with it. */
  static void migrate(Connection connection, String where, int target, Rederivation rederivation)
      throws SQLException {
    try (Statement st = connection.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      int version = 0;
      try (ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_version")) {
        if (rs.next()) {
          version = rs.getInt(1);
        }
      }
      if (version > CURRENT) {
        throw new WorkspaceException("the workspace " + where + " was written by a newer Basira (schema version "
            + version + ", this one knows up to " + CURRENT + "); upgrade Basira to open it");
      }
      if (version >= target) {
        return;
      }
      boolean rederive = false;
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        for (int v = version; v < target; v++) {
          Migration migration = MIGRATIONS.get(v);
          rederive |= version > 0 && migration.rederive(); // a new workspace has nothing to derive again
          for (String sql : migration.sql().split(";")) {
            if (!sql.isBlank()) {
              st.execute(sql);
            }
          }
          st.execute("INSERT INTO schema_version VALUES (" + (v + 1) + ")");
        }
        if (rederive) {
          rederivation.run();
        }
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
