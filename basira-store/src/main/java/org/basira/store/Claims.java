package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** What actors said: the claims page of the command, the page and the API. */
final class Claims {

  private Claims() {
  }

  /**
   * The page of claims {@code query} asks for, its speaker named by id or by any name it is written
   * with across spellings; none when no actor is called so. With {@code indexed}, read from the
   * {@link ArchiveIndex}, where the claims are numbered in order of publication already.
   */
  static List<Claim> page(Connection db, CanonicalActors canonical, ClaimQuery query, boolean indexed)
      throws SQLException {
    List<String> speakers = query.speaker() == null ? null : canonical.find(db, query.speaker());
    if (speakers != null && speakers.isEmpty()) {
      return List.of();
    }
    return indexed ? indexedPage(db, query, speakers) : page(db, query, speakers);
  }

  /**
   * The page of claims {@code query} asks for, in order of publication.
   *
   * @param speakers the canonical actors the speaker named in the query denotes, or null for any
   */
  static List<Claim> page(Connection db, ClaimQuery query, List<String> speakers) throws SQLException {
    // As for the timeline: the page of claims is picked first, then only its claims are described.
    StringBuilder sql = new StringBuilder("""
        WITH picked AS (
          SELECT st.article_id, st.idx, st.speaker_actor, st.speaker_text, st.kind, st.cue, st.content, st.sentence,
                 ar.title, ar.source, ar.published
          FROM attributions st
          JOIN articles ar ON ar.id = st.article_id""");
    List<Object> args = new ArrayList<>();
    if (speakers != null) {
      sql.append(" JOIN actor_resolutions sr ON sr.actor_id = st.speaker_actor AND sr.canonical_id IN (")
          .append(Sql.marks(speakers.size())).append(")");
      args.addAll(speakers);
    }
    sql.append(" WHERE true");
    containing(query, sql, args);
    // The limit is written into the query: as a parameter it kept DuckDB from its top-N sort.
    sql.append(" ORDER BY ar.published NULLS LAST, st.article_id, st.idx LIMIT ").append(query.limit()).append(")");
    return described(db, sql, args, "LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.speaker_actor",
        "a.description", "p.published NULLS LAST, p.article_id, p.idx");
  }

  private static List<Claim> indexedPage(Connection db, ClaimQuery query, List<String> speakers) throws SQLException {
    // The claims' numbers are picked first and their rows read after, as for the timeline.
    StringBuilder sql = new StringBuilder("WITH keys AS MATERIALIZED (SELECT st.key FROM archive_claims st WHERE true");
    List<Object> args = new ArrayList<>();
    if (speakers != null) {
      sql.append(" AND st.speaker_actor IN (SELECT actor_id FROM actor_resolutions WHERE canonical_id IN (")
          .append(Sql.marks(speakers.size())).append("))");
      args.addAll(speakers);
    }
    containing(query, sql, args);
    sql.append(" ORDER BY st.key LIMIT ").append(query.limit()).append(")");
    // Numbers the database gave, written into the query: DuckDB looks a constant list up in the index.
    List<String> keys = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(db, sql + " SELECT key FROM keys", args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        keys.add(String.valueOf(rs.getInt(1)));
      }
    }
    if (keys.isEmpty()) {
      return List.of();
    }
    return described(db, new StringBuilder("WITH picked AS (SELECT * FROM archive_claims WHERE key IN (")
        .append(String.join(", ", keys)).append("))"), List.of(), "", "p.description", "p.key");
  }

  private static void containing(ClaimQuery query, StringBuilder sql, List<Object> args) {
    if (query.containing() != null) {
      sql.append(" AND st.content ILIKE ? ESCAPE '\\'");
      args.add("%" + query.containing().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
  }

  /**
   * The claims {@code picked} holds, their speakers named across spellings, in {@code order}; the
   * speaker's description is {@code description}, read through the join {@code describedBy}.
   */
  private static List<Claim> described(Connection db, StringBuilder picked, List<Object> args, String describedBy,
      String description, String order) throws SQLException {
    picked.append("""

        SELECT c.id, c.name, p.speaker_text, %s, p.kind, p.cue, p.content, p.sentence,
               p.article_id, p.title, p.source, p.published
        FROM picked p
        LEFT JOIN actor_resolutions r ON r.actor_id = p.speaker_actor
        LEFT JOIN canonical_actors c ON c.id = r.canonical_id
        %s
        ORDER BY %s""".formatted(description, describedBy, order));
    List<Claim> claims = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(db, picked.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
            rs.getString(12)));
      }
    }
    return claims;
  }
}
