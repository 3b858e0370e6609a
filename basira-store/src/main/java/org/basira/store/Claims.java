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
   * with across spellings; none when no actor is called so.
   */
  static List<Claim> page(Connection db, CanonicalActors canonical, ClaimQuery query) throws SQLException {
    List<String> speakers = query.speaker() == null ? null : canonical.find(db, query.speaker());
    if (speakers != null && speakers.isEmpty()) {
      return List.of();
    }
    return page(db, query, speakers);
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
    if (query.containing() != null) {
      sql.append(" AND st.content ILIKE ? ESCAPE '\\'");
      args.add("%" + query.containing().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    // The limit is written into the query: as a parameter it kept DuckDB from its top-N sort.
    sql.append(" ORDER BY ar.published NULLS LAST, st.article_id, st.idx LIMIT ").append(query.limit()).append(")");
    sql.append("""

        SELECT c.id, c.name, p.speaker_text, a.description, p.kind, p.cue, p.content, p.sentence,
               p.article_id, p.title, p.source, p.published
        FROM picked p
        LEFT JOIN actor_resolutions r ON r.actor_id = p.speaker_actor
        LEFT JOIN canonical_actors c ON c.id = r.canonical_id
        LEFT JOIN actors a ON a.article_id = p.article_id AND a.actor_id = p.speaker_actor
        ORDER BY p.published NULLS LAST, p.article_id, p.idx""");
    List<Claim> claims = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(db, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        claims.add(new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
            rs.getString(12)));
      }
    }
    return claims;
  }
}
