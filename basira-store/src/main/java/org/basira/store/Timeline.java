package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Who did what to whom, when: the timeline's pages of events. */
final class Timeline {

  private Timeline() {
  }

  /**
   * The page of events {@code query} asks for, its actor named by id or by any name it is written
   * with across spellings; none when no actor is called so.
   */
  static List<TimelineEntry> page(Connection db, CanonicalActors canonical, TimelineQuery query, boolean indexed)
      throws SQLException {
    List<String> actors = query.actor() == null ? null : canonical.find(db, query.actor());
    if (actors != null && actors.isEmpty()) {
      return List.of();
    }
    // A place is matched against the located events in each article's stored analysis, which the
    // index does not copy: such pages read the tables.
    if (indexed && query.place() == null) {
      return entries(db, indexedRows(db, query, actors));
    }
    return page(db, query, actors);
  }

  /**
   * The rows of a page of the timeline read from the {@link ArchiveIndex}: the page is picked by the
   * events' numbers in timeline order, among those with a side unless the query wants all, and the
   * sentence comes cut out already (the row's last column).
   */
  private static List<Object[]> indexedRows(Connection db, TimelineQuery query, List<String> actors)
      throws SQLException {
    // The numbers of the page's events are picked first, and only then their rows read, by the
    // index on the numbers: picking whole rows made DuckDB carry every column of every candidate
    // through its sort, and joining the numbers read every row group they fell in.
    StringBuilder sql = new StringBuilder("SELECT e.key FROM archive_events e");
    List<Object> args = new ArrayList<>();
    if (actors != null) {
      sql.append(" SEMI JOIN archive_event_sides s ON s.key = e.key AND s.actor_id IN"
          + " (SELECT actor_id FROM actor_resolutions WHERE canonical_id IN (").append(Sql.marks(actors.size()))
          .append("))");
      args.addAll(actors);
    }
    sql.append(" WHERE true");
    if (actors == null && !query.sideless()) {
      sql.append(" AND e.sided");
    }
    filters(query, sql, args);
    sql.append(" ORDER BY e.key LIMIT ").append(query.limit());
    List<Object[]> keys = fetch(db, sql.toString(), args);
    if (keys.isEmpty()) {
      return List.of();
    }
    // Numbers the database gave, written into the query: DuckDB looks a constant list up in the index.
    String page = String.join(", ", keys.stream().map(k -> String.valueOf(((Number) k[0]).intValue())).toList());
    return fetch(db, """
        WITH picked AS MATERIALIZED (SELECT * FROM archive_events WHERE key IN (%1$s)),
        named AS MATERIALIZED (SELECT key, side, actor_id FROM archive_event_sides WHERE key IN (%1$s)),
        sides AS (
          SELECT s.key, s.side, list(DISTINCT c.name) AS names
          FROM named s
          JOIN actor_resolutions r ON r.actor_id = s.actor_id
          JOIN canonical_actors c ON c.id = r.canonical_id
          GROUP BY s.key, s.side)
        SELECT p.article_id, p.idx, p.date_value, p.date_text, p.date_start, p.dated_by, p.category, p.quad_class,
               p.cooperation_score, p.status, src.names, tgt.names, coalesce(pc.name, p.place_text), p.trigger,
               p.trigger_start, p.sentence, p.sentence_start, p.sentence_end, p.title, p.source, p.sentence_text
        FROM picked p
        LEFT JOIN sides src ON src.key = p.key AND src.side = 'source'
        LEFT JOIN sides tgt ON tgt.key = p.key AND tgt.side = 'target'
        LEFT JOIN actor_resolutions pr ON pr.actor_id = p.place_actor
        LEFT JOIN canonical_actors pc ON pc.id = pr.canonical_id
        ORDER BY p.key""".formatted(page), List.of());
  }

  /**
   * The page of events {@code query} asks for, in date order.
   *
   * @param actors the canonical actors the actor named in the query denotes, or null for any
   */
  static List<TimelineEntry> page(Connection db, TimelineQuery query, List<String> actors) throws SQLException {
    // An event found by an actor has a side. Otherwise sides are checked on a window of the first
    // events in order, not on all of them: that check cost most of the query on an archive of a
    // million events. The window holds the page unless most of its events have no side; then, and
    // only if the window was full, the page is picked again from all the events.
    if (actors == null && !query.sideless()) {
      int window = query.limit() * 4 + 100;
      List<Object[]> rows = rows(db, query, null, window);
      boolean full = !rows.isEmpty() && ((Number) rows.get(0)[20]).intValue() == window;
      if (rows.size() == query.limit() || (!rows.isEmpty() && !full)) {
        return entries(db, rows);
      }
    }
    return entries(db, rows(db, query, actors, null));
  }

  /**
   * The rows of a page of the timeline. With a {@code window}, the events with a side among the
   * first {@code window} events in order, each row ending with how many the window held.
   */
  private static List<Object[]> rows(Connection db, TimelineQuery query, List<String> actors, Integer window)
      throws SQLException {
    // The page of events is picked first and only its events are then given names, sentences and
    // places: naming every event before the LIMIT cost seconds on an archive of a million events.
    boolean byPlace = query.place() != null;
    StringBuilder sql = new StringBuilder(window == null ? "WITH picked AS MATERIALIZED (" : "WITH windowed AS MATERIALIZED (");
    sql.append("""
          SELECT e.article_id, e.idx, e.date_value, e.date_text, e.date_start, e.date_end, e.dated_by, e.category,
                 e.quad_class, e.cooperation_score, e.status, e.place_actor, e.place_text, e.trigger,
                 e.trigger_start, e.sentence, ar.published, ar.title, ar.source
          FROM events e
          JOIN articles ar ON ar.id = e.article_id""");
    if (byPlace) {
      sql.append("""

          LEFT JOIN actor_resolutions pr ON pr.actor_id = e.place_actor
          LEFT JOIN canonical_actors pc ON pc.id = pr.canonical_id""");
    }
    sql.append(" WHERE true");
    List<Object> args = new ArrayList<>();
    if (actors != null) {
      sql.append(" AND (e.article_id, e.idx) IN (SELECT ea.article_id, ea.event_idx FROM event_actors ea"
          + " JOIN actor_resolutions r ON r.actor_id = ea.actor_id WHERE r.canonical_id IN (")
          .append(Sql.marks(actors.size())).append("))");
      args.addAll(actors);
    }
    filters(query, sql, args);
    if (byPlace) {
      EventLocations.where(query.place(), sql, args);
    }
    if (!query.sideless() && actors == null && window == null) {
      sql.append(" AND (e.article_id, e.idx) IN (SELECT article_id, event_idx FROM event_actors)");
    }
    String order = " ORDER BY p.date_start NULLS LAST, p.date_end, p.published, p.article_id, p.idx";
    // Limits are written into the query: as parameters they kept DuckDB from its top-N sort.
    sql.append(order.replace("p.", "e.").replace("e.published", "ar.published")).append(" LIMIT ")
        .append(window != null ? window : query.limit()).append("),");
    if (window != null) {
      sql.append("""

        picked AS MATERIALIZED (
          SELECT w.* FROM windowed w
          SEMI JOIN event_actors ea ON ea.article_id = w.article_id AND ea.event_idx = w.idx""");
      sql.append(order.replace("p.", "w.")).append(" LIMIT ").append(query.limit()).append("),");
    }
    sql.append("""
        sides AS (
          SELECT ea.article_id, ea.event_idx, ea.side, list(DISTINCT c.name) AS names
          FROM picked p
          JOIN event_actors ea ON ea.article_id = p.article_id AND ea.event_idx = p.idx
          JOIN actor_resolutions r ON r.actor_id = ea.actor_id
          JOIN canonical_actors c ON c.id = r.canonical_id
          GROUP BY ea.article_id, ea.event_idx, ea.side)
        SELECT p.article_id, p.idx, p.date_value, p.date_text, p.date_start, p.dated_by, p.category, p.quad_class,
               p.cooperation_score, p.status, src.names, tgt.names, coalesce(pc.name, p.place_text), p.trigger,
               p.trigger_start, p.sentence, se.start_offset, se.end_offset, p.title, p.source""");
    sql.append(window == null ? "" : ", (SELECT count(*) FROM windowed)");
    sql.append("""

        FROM picked p
        LEFT JOIN sides src ON src.article_id = p.article_id AND src.event_idx = p.idx AND src.side = 'source'
        LEFT JOIN sides tgt ON tgt.article_id = p.article_id AND tgt.event_idx = p.idx AND tgt.side = 'target'
        LEFT JOIN sentences se ON se.article_id = p.article_id AND se.idx = p.sentence
        LEFT JOIN actor_resolutions pr ON pr.actor_id = p.place_actor
        LEFT JOIN canonical_actors pc ON pc.id = pr.canonical_id""");
    sql.append(order);
    return fetch(db, sql.toString(), args);
  }

  /** The category, status and date conditions of {@code query} on {@code events e}. */
  private static void filters(TimelineQuery query, StringBuilder sql, List<Object> args) {
    if (!query.categories().isEmpty()) {
      sql.append(" AND e.category IN (").append(Sql.marks(query.categories().size())).append(")");
      args.addAll(query.categories());
    }
    if (!query.statuses().isEmpty()) {
      sql.append(" AND e.status IN (").append(Sql.marks(query.statuses().size())).append(")");
      args.addAll(query.statuses());
    }
    if (query.from() != null) {
      sql.append(" AND e.date_end >= ?");
      args.add(query.from().firstDay());
    }
    if (query.to() != null) {
      sql.append(" AND e.date_start <= ?");
      args.add(query.to().lastDay());
    }
  }

  private static List<Object[]> fetch(Connection db, String sql, List<Object> args) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (PreparedStatement ps = Sql.prepare(db, sql, args); ResultSet rs = ps.executeQuery()) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < row.length; i++) {
          // a LIST is read while the row is current: the driver's array does not outlive it
          row[i] = rs.getObject(i + 1) instanceof java.sql.Array ? Sql.strings(rs, i + 1) : rs.getObject(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Timeline rows as entries, with the sentence each event comes from. */
  private static List<TimelineEntry> entries(Connection db, List<Object[]> rows) throws SQLException {
    List<TimelineEntry> entries = new ArrayList<>();
    Set<String> withSentence = new LinkedHashSet<>();
    for (Object[] row : rows) {
      if (row[16] != null && cut(row) == null) {
        withSentence.add((String) row[0]);
      }
    }
    Map<String, String> texts = ArticleTexts.of(db, withSentence);
    for (Object[] row : rows) {
      String articleId = (String) row[0];
      String sentence = cut(row) != null ? cut(row) : ArticleTexts.sentence(texts, articleId, row[16], row[17]);
      entries.add(new TimelineEntry(articleId, ((Number) row[1]).intValue(), (String) row[2], (String) row[3],
          localDate(row[4]), (String) row[5], (String) row[6], (String) row[7], ((Number) row[8]).doubleValue(),
          (String) row[9], sortedNames(row[10]), sortedNames(row[11]), (String) row[12],
          (String) row[13], ((Number) row[14]).intValue(), ((Number) row[15]).intValue(), sentence,
          (String) row[18], (String) row[19]));
    }
    return entries;
  }

  /** The sentence the index cut out of the text for a row of its own, or null. */
  private static String cut(Object[] row) {
    return row.length > 20 && row[20] instanceof String sentence ? sentence : null;
  }

  private static java.time.LocalDate localDate(Object value) {
    if (value instanceof java.time.LocalDate date) {
      return date;
    }
    return value instanceof java.sql.Date date ? date.toLocalDate() : null;
  }

  /** The names of a LIST column (read as a list), sorted alphabetically; none for null. */
  private static List<String> sortedNames(Object names) {
    if (names == null) {
      return List.of();
    }
    return ((List<?>) names).stream().map(String.class::cast).sorted().toList();
  }
}
