package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.basira.casebook.Casebook;
import org.basira.casebook.EventFilter;
import org.basira.casebook.Indicator;
import org.basira.model.ActorType;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Stance;
import org.basira.scenarios.AnalystRating;
import org.basira.scenarios.IndicatorReading;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.ScenarioView;

/**
 * What the scenario board reads from the workspace and writes to it: the stored references with
 * their holders, indicator counts by month, the casebooks ingest ran with, and the analysts'
 * ratings. Each method runs inside the caller's connection state.
 */
final class ScenarioEvidence {

  private ScenarioEvidence() {
  }

  /**
   * The scenario board of {@code casebook} over the evidence stored here, with the analysts' ratings;
   * with {@code indexed}, read from the {@link ArchiveIndex}.
   */
  static ScenarioBoard board(Connection db, Casebook casebook, boolean indexed) throws SQLException {
    return ScenarioBoard.build(casebook, views(db, indexed), readings(db, casebook.indicators(), indexed),
        ratings(db));
  }

  private static List<ScenarioView> views(Connection db, boolean indexed) throws SQLException {
    String sql = indexed ? """
        SELECT r.article_id, r.title, r.published, r.attribution, coalesce(res.canonical_id, r.holder),
               coalesce(ca.name, r.holder_name), coalesce(ca.type, r.holder_type), r.description, r.scenario, r.stance,
               r.text, r.content, r.sentence_start, r.sentence_end, r.sentence_text
        FROM archive_references r
        LEFT JOIN actor_resolutions res ON res.actor_id = r.holder
        LEFT JOIN canonical_actors ca ON ca.id = res.canonical_id
        ORDER BY r.published NULLS LAST, r.article_id, r.idx""" : """
        SELECT r.article_id, coalesce(a.title, a.source), a.published, r.attribution,
               coalesce(res.canonical_id, r.holder), coalesce(ca.name, ac.name, att.speaker_text), coalesce(ca.type, ac.type),
               ac.description, r.scenario, r.stance, r.text, att.content, se.start_offset, se.end_offset, NULL
        FROM scenario_refs r
        JOIN articles a ON a.id = r.article_id
        LEFT JOIN attributions att ON att.article_id = r.article_id AND att.idx = r.attribution
        LEFT JOIN actors ac ON ac.article_id = r.article_id AND ac.actor_id = r.holder
        LEFT JOIN actor_resolutions res ON res.actor_id = r.holder
        LEFT JOIN canonical_actors ca ON ca.id = res.canonical_id
        LEFT JOIN sentences se ON se.article_id = r.article_id
          AND se.start_offset <= r.start_offset AND r.start_offset < se.end_offset
        ORDER BY a.published NULLS LAST, r.article_id, r.idx""";
    List<Object[]> rows = new ArrayList<>();
    Set<String> withSentence = new LinkedHashSet<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        Object[] row = new Object[15];
        for (int i = 0; i < row.length; i++) {
          row[i] = rs.getObject(i + 1);
        }
        rows.add(row);
        if (row[12] != null && row[14] == null) {
          withSentence.add((String) row[0]);
        }
      }
    }
    // One read of the texts for all references: one query per article cost seconds on an archive.
    Map<String, String> textOf = ArticleTexts.of(db, withSentence);
    List<ScenarioView> views = new ArrayList<>();
    for (Object[] row : rows) {
      String articleId = (String) row[0];
      String sentence = row[14] != null ? (String) row[14] : ArticleTexts.sentence(textOf, articleId, row[12], row[13]);
      YearMonth published = PartialDate.tryParse((String) row[2]).filter(PartialDate::hasMonth)
          .map(d -> YearMonth.of(d.year(), d.month())).orElse(null);
      Integer attribution = row[3] == null ? null : ((Number) row[3]).intValue();
      String type = (String) row[6];
      views.add(new ScenarioView(articleId, (String) row[1], published, attribution, (String) row[4],
          (String) row[5], type == null ? null : ActorType.valueOf(type), (String) row[7], (String) row[8],
          Stance.valueOf((String) row[9]), (String) row[10], (String) row[11], sentence));
    }
    return views;
  }

  /**
   * The reported events each indicator counts, by the month they happened; undated events count in
   * no month. An actor id matches by itself or by the canonical actor it was joined to.
   */
  static List<IndicatorReading> readings(Connection db, List<Indicator> indicators, boolean indexed)
      throws SQLException {
    if (indicators.isEmpty()) {
      return List.of();
    }
    // One pass over the events counts for every indicator, each under its own FILTER: a query per
    // indicator read a million events eight times.
    StringBuilder sql = new StringBuilder();
    List<Object> args = new ArrayList<>();
    if (indexed) {
      // The sides of the events that any indicator names an actor of, found in one pass and
      // joined to their canonical actors, for each indicator's side conditions to look in.
      Set<String> named = new LinkedHashSet<>();
      indicators.forEach(i -> {
        named.addAll(i.events().sources());
        named.addAll(i.events().targets());
      });
      String marks = Sql.marks(Math.max(1, named.size()));
      sql.append("WITH named_sides AS MATERIALIZED (SELECT ea.key, ea.side, ea.actor_id, r.canonical_id"
          + " FROM archive_event_sides ea LEFT JOIN actor_resolutions r ON r.actor_id = ea.actor_id"
          + " WHERE ea.actor_id IN (").append(marks).append(") OR ea.actor_id IN (SELECT actor_id FROM")
          .append(" actor_resolutions WHERE canonical_id IN (").append(marks).append("))) ");
      for (int copy = 0; copy < 2; copy++) {
        if (named.isEmpty()) {
          args.add(null);
        }
        args.addAll(named);
      }
    }
    sql.append("SELECT strftime(e.date_start, '%Y-%m') AS month");
    for (Indicator indicator : indicators) {
      sql.append(", count(*) FILTER (WHERE true");
      matching(indicator.events(), sql, args, indexed);
      sql.append(")");
    }
    sql.append(" FROM ").append(indexed ? "archive_events" : "events")
        .append(" e WHERE e.status = 'REPORTED' AND e.date_start IS NOT NULL GROUP BY month ORDER BY month");
    List<TreeMap<YearMonth, Integer>> counts = new ArrayList<>();
    indicators.forEach(i -> counts.add(new TreeMap<>()));
    try (PreparedStatement ps = Sql.prepare(db, sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        YearMonth month = YearMonth.parse(rs.getString(1));
        for (int i = 0; i < indicators.size(); i++) {
          int count = rs.getInt(i + 2);
          if (count > 0) {
            counts.get(i).put(month, count);
          }
        }
      }
    }
    List<IndicatorReading> readings = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      readings.add(new IndicatorReading(indicators.get(i), counts.get(i)));
    }
    return readings;
  }

  /** Adds the conditions of {@code filter} on {@code events e}, each after AND. */
  private static void matching(EventFilter filter, StringBuilder sql, List<Object> args, boolean indexed) {
    if (!filter.categories().isEmpty()) {
      sql.append(" AND e.category IN (").append(Sql.marks(filter.categories().size())).append(")");
      filter.categories().stream().map(PloverCategory::name).sorted().forEach(args::add);
    }
    side(sql, args, "source", filter.sources(), indexed);
    side(sql, args, "target", filter.targets(), indexed);
    if (!filter.places().isEmpty()) {
      sql.append(" AND (e.place_actor IN (").append(Sql.marks(filter.places().size()))
          .append(") OR lower(e.place_text) IN (").append(Sql.marks(filter.places().size())).append("))");
      args.addAll(filter.places());
      filter.places().forEach(p -> args.add(p.toLowerCase(Locale.ROOT)));
    }
    if (!filter.words().isEmpty()) {
      sql.append(" AND (").append(String.join(" OR ", Collections.nCopies(filter.words().size(),
          "contains(lower(e.trigger), ?)"))).append(")");
      filter.words().forEach(w -> args.add(w.toLowerCase(Locale.ROOT)));
    }
  }

  private static void side(StringBuilder sql, List<Object> args, String side, List<String> ids, boolean indexed) {
    if (ids.isEmpty()) {
      return;
    }
    String marks = Sql.marks(ids.size());
    String matches = " AND ea.side = '" + side + "' AND (ea.actor_id IN (" + marks + ") OR r.canonical_id IN (" + marks
        + "))";
    sql.append(indexed
        ? " AND e.key IN (SELECT ea.key FROM named_sides ea"
            + " WHERE true" + matches.replace("r.canonical_id", "ea.canonical_id") + ")"
        : " AND EXISTS (SELECT 1 FROM event_actors ea LEFT JOIN actor_resolutions r ON r.actor_id = ea.actor_id"
            + " WHERE ea.article_id = e.article_id AND ea.event_idx = e.idx" + matches + ")");
    args.addAll(ids);
    args.addAll(ids);
  }

  /**
   * Keeps the casebook an ingest runs with, unless it is the same text as the last one kept, and
   * gives its seq.
   */
  static int keepCasebook(Connection db, String id, String source, String yaml) throws SQLException {
    Optional<StoredCasebook> last = latestCasebook(db);
    if (last.isPresent() && last.get().yaml().equals(yaml)) {
      return last.get().seq();
    }
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO casebooks SELECT coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM casebooks")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now()));
      ps.setString(2, id);
      ps.setString(3, source);
      ps.setString(4, yaml);
      ps.executeUpdate();
    }
    return latestCasebook(db).orElseThrow().seq();
  }

  /** How many articles were analysed with another casebook than the latest kept, or before any was. */
  static long analysedWithOtherCasebooks(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM articles "
             + "WHERE casebook_seq IS DISTINCT FROM (SELECT max(seq) FROM casebooks)")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Optional<StoredCasebook> latestCasebook(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery(
             "SELECT seq, id, source, yaml, stored_at FROM casebooks ORDER BY seq DESC LIMIT 1")) {
      return rs.next()
          ? Optional.of(new StoredCasebook(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getTimestamp(5).toInstant()))
          : Optional.empty();
    }
  }

  static AnalystRating rate(Connection db, String evidence, String scenario, Rating rating, String byWhom, String why)
      throws SQLException {
    long seq;
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM scenario_ratings")) {
      rs.next();
      seq = rs.getLong(1);
    }
    Instant now = Instant.now();
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO scenario_ratings VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, seq);
      ps.setTimestamp(2, Timestamp.from(now));
      ps.setString(3, evidence);
      ps.setString(4, scenario);
      ps.setString(5, rating == null ? null : rating.name());
      ps.setString(6, byWhom);
      ps.setString(7, why);
      ps.executeUpdate();
    }
    return new AnalystRating(seq, now, evidence, scenario, rating, byWhom, why);
  }

  static List<AnalystRating> ratings(Connection db) throws SQLException {
    List<AnalystRating> ratings = new ArrayList<>();
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT seq, made_at, evidence, scenario, rating, by_whom, why "
             + "FROM scenario_ratings ORDER BY seq")) {
      while (rs.next()) {
        String rating = rs.getString(5);
        ratings.add(new AnalystRating(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rating == null ? null : Rating.valueOf(rating), rs.getString(6), rs.getString(7)));
      }
    }
    return ratings;
  }

}
