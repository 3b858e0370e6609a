package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.names.NameComparison;
import org.basira.names.NameMatcher;
import org.basira.names.NameMatcher.ParsedName;
import org.basira.names.Verdict;

/**
 * The workspace's actors across articles. Each article names its actors by id; the first time an
 * id is seen it is resolved to a canonical actor: one of the same type whose name is a spelling
 * variant of its name ("Hamid al-Fartusi" and "Hamid al-Fartousi"), or a new one. Ids of the
 * gazetteer's curated actors are never joined by name (the governorate and the city of Kirkuk
 * share one), only by an analyst.
 *
 * <p>Resolutions are kept by actor id and outlive the articles that brought them, so an analyst's
 * merge or split holds when articles are ingested again.
 */
final class CanonicalActors {

  /**
   * One canonical actor. {@code names} are its actor ids' names, which new ids are matched
   * against; {@code written} adds how the articles wrote it ("PMF"), for finding it by any of them.
   */
  private static final class Known {
    final String id;
    String name;
    final String type;
    final Set<String> actorIds = new LinkedHashSet<>();
    final Map<String, ParsedName> names = new LinkedHashMap<>();
    final Set<String> written = new LinkedHashSet<>();
    /** Whether a stored article names it; one whose articles were all replaced is kept but not offered. */
    boolean live;

    Known(String id, String name, String type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }
  }

  private final NameMatcher matcher = new NameMatcher();
  private final Predicate<String> curated;
  private Map<String, Known> byId;
  private Map<String, Known> byActorId;
  /** Ids the audit log mentions: never handed to a new actor, so the log stays unambiguous. */
  private Set<String> logged;

  CanonicalActors(Predicate<String> curated) {
    this.curated = curated;
  }

  /** Forgets what was loaded, after a transaction that may have changed it was rolled back. */
  void forget() {
    byId = null;
    byActorId = null;
    logged = null;
  }

  /** Resolves the actors of one article that the workspace has not seen before. */
  void resolve(Connection db, List<Actor> actors) throws SQLException {
    load(db);
    for (Actor actor : actors) {
      Known known = byActorId.get(actor.id());
      if (known != null) {
        addNames(known, actor);
        known.live = true;
        continue;
      }
      String how = "new";
      Known match = curated.test(actor.id()) ? null : bestMatch(actor.name(), actor.type().name());
      if (match != null) {
        how = "name: " + matcher.compare(actor.name(), match.name).reason();
      } else {
        match = create(db, freeId(actor.id()), actor.name(), actor.type().name());
      }
      link(db, actor.id(), match, how);
      addNames(match, actor);
      match.live = true;
    }
  }

  /** The canonical actor the id or name denotes; several when a name fits several. */
  List<String> find(Connection db, String idOrName) throws SQLException {
    load(db);
    String wanted = idOrName.strip();
    if (byId.containsKey(wanted) && byId.get(wanted).live) {
      return List.of(wanted);
    }
    Known ofActorId = byActorId.get(wanted);
    if (ofActorId != null && ofActorId.live) {
      return List.of(ofActorId.id);
    }
    ParsedName parsed = matcher.parse(wanted);
    List<String> found = new ArrayList<>();
    for (Known known : byId.values()) {
      if (!known.live) {
        continue;
      }
      boolean denoted = known.written.stream().anyMatch(wanted::equalsIgnoreCase);
      for (Map.Entry<String, ParsedName> name : known.names.entrySet()) {
        denoted = denoted || denotes(wanted, parsed, name.getKey(), name.getValue(), known.type);
      }
      if (denoted) {
        found.add(known.id);
      }
    }
    return found;
  }

  /** The canonical id an article's actor id resolves to, or the id itself if it was never resolved. */
  String canonicalOf(Connection db, String actorId) throws SQLException {
    load(db);
    Known known = byActorId.get(actorId);
    return known == null ? actorId : known.id;
  }

  /** Moves every actor id of {@code other} to {@code keep}. */
  void merge(Connection db, String keep, String other) throws SQLException {
    load(db);
    Known into = byId.get(keep);
    Known from = byId.remove(other);
    for (String actorId : List.copyOf(from.actorIds)) {
      relink(db, actorId, into, "merged by an analyst");
    }
    into.names.putAll(from.names);
    into.written.addAll(from.written);
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM canonical_actors WHERE id = ?")) {
      ps.setString(1, other);
      ps.executeUpdate();
    }
  }

  /**
   * Moves the actor ids of {@code actor} that are written as one of {@code names} to a new
   * canonical actor, and returns its id; the old one keeps the rest.
   */
  String split(Connection db, String actor, List<String> names) throws SQLException {
    load(db);
    Known from = byId.get(actor);
    Set<String> wanted = new LinkedHashSet<>();
    names.forEach(n -> wanted.add(n.strip().toLowerCase(Locale.ROOT)));
    // Only actor ids that stored articles still name: the others have nothing to split by.
    Map<String, List<String>> namesOfIds = namesOfActorIds(db, from);
    List<String> moving = new ArrayList<>();
    for (Map.Entry<String, List<String>> id : namesOfIds.entrySet()) {
      boolean named = wanted.contains(id.getKey().toLowerCase(Locale.ROOT))
          || id.getValue().stream().anyMatch(n -> wanted.contains(n.toLowerCase(Locale.ROOT)));
      if (named) {
        moving.add(id.getKey());
      }
    }
    if (moving.isEmpty()) {
      throw new WorkspaceException("none of the names " + names + " is how " + from.name + " (" + actor
          + ") is written; 'basira actors' lists the names each actor has");
    }
    if (moving.size() == namesOfIds.size()) {
      throw new WorkspaceException("every name of " + from.name + " (" + actor + ") was named, or the names named "
          + "are one actor id's, so nothing would be left of it; name only the ones to split off");
    }
    String firstName = namesOfIds.get(moving.get(0)).get(0);
    Known split = create(db, freeId(moving.get(0)), firstName, from.type);
    for (String actorId : moving) {
      relink(db, actorId, split, "split by an analyst");
    }
    // Both sides' names are read again from what their actor ids are written as.
    from.names.clear();
    from.written.clear();
    split.names.clear();
    namesOfIds.forEach((actorId, written) -> {
      Known known = moving.contains(actorId) ? split : from;
      known.names.computeIfAbsent(written.get(0), matcher::parse);
      known.written.addAll(written);
    });
    split.live = true;
    if (!from.names.containsKey(from.name)) {
      rename(db, from, from.names.keySet().iterator().next());
    }
    return split.id;
  }

  /** The name and type of a canonical actor, or null if there is none with this id. */
  String[] describe(Connection db, String id) throws SQLException {
    load(db);
    Known known = byId.get(id);
    return known == null ? null : new String[] {known.name, known.type};
  }

  private void load(Connection db) throws SQLException {
    if (byId != null) {
      return;
    }
    Map<String, Known> ids = new HashMap<>();
    Map<String, Known> actorIds = new HashMap<>();
    try (Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT id, name, type FROM canonical_actors ORDER BY id")) {
        while (rs.next()) {
          Known known = new Known(rs.getString(1), rs.getString(2), rs.getString(3));
          known.names.put(known.name, matcher.parse(known.name));
          ids.put(known.id, known);
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT actor_id, canonical_id FROM actor_resolutions ORDER BY actor_id")) {
        while (rs.next()) {
          Known known = ids.get(rs.getString(2));
          if (known != null) {
            known.actorIds.add(rs.getString(1));
            actorIds.put(rs.getString(1), known);
          }
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT DISTINCT actor_id, name FROM actors ORDER BY actor_id, name")) {
        while (rs.next()) {
          Known known = actorIds.get(rs.getString(1));
          if (known != null) {
            known.names.computeIfAbsent(rs.getString(2), matcher::parse);
            known.written.add(rs.getString(2));
            known.live = true;
          }
        }
      }
      Set<String> inLog = new java.util.HashSet<>();
      try (ResultSet rs = st.executeQuery("SELECT actor, other FROM actor_corrections")) {
        while (rs.next()) {
          inLog.add(rs.getString(1));
          inLog.add(rs.getString(2));
        }
      }
      logged = inLog;
      try (ResultSet rs = st.executeQuery("SELECT DISTINCT actor_id, text FROM mentions ORDER BY actor_id, text")) {
        while (rs.next()) {
          Known known = actorIds.get(rs.getString(1));
          if (known != null) {
            known.written.add(rs.getString(2));
          }
        }
      }
    }
    byId = ids;
    byActorId = actorIds;
  }

  private Known bestMatch(String name, String type) {
    ParsedName parsed = matcher.parse(name);
    Known best = null;
    double bestScore = 0;
    for (Known known : byId.values()) {
      if (!known.type.equals(type)) {
        continue;
      }
      for (ParsedName other : known.names.values()) {
        NameComparison comparison = matcher.compare(parsed, other);
        if (comparison.verdict() == Verdict.SAME && comparison.score() > bestScore) {
          best = known;
          bestScore = comparison.score();
        }
      }
    }
    return best;
  }

  /**
   * Whether a name someone asks for denotes a known name: the same name in another spelling, the
   * same words ignoring case, or, for a person, the family name alone ("Kazemi").
   */
  private boolean denotes(String wanted, ParsedName parsed, String name, ParsedName known, String type) {
    if (wanted.equalsIgnoreCase(name) || matcher.compare(parsed, known).verdict() == Verdict.SAME) {
      return true;
    }
    return type.equals(ActorType.PERSON.name()) && matcher.isFamilyNameOf(parsed, known);
  }

  private void addNames(Known known, Actor actor) {
    known.names.computeIfAbsent(actor.name(), matcher::parse);
    known.written.add(actor.name());
    actor.mentions().forEach(m -> known.written.add(m.text()));
  }

  private Map<String, List<String>> namesOfActorIds(Connection db, Known known) throws SQLException {
    Map<String, List<String>> names = new LinkedHashMap<>();
    try (PreparedStatement ps = db.prepareStatement("""
        SELECT actor_id, t FROM (
          SELECT actor_id, name AS t, 0 AS k FROM actors WHERE actor_id IN (SELECT actor_id FROM actor_resolutions WHERE canonical_id = ?)
          UNION ALL
          SELECT actor_id, text AS t, 1 AS k FROM mentions WHERE actor_id IN (SELECT actor_id FROM actor_resolutions WHERE canonical_id = ?))
        GROUP BY actor_id, t ORDER BY actor_id, min(k), count(*) DESC, t""")) {
      ps.setString(1, known.id);
      ps.setString(2, known.id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    return names;
  }

  /**
   * A canonical id for an actor first known by actor id {@code wanted}: the id itself when free
   * (an actor merged away and split back gets its id again), otherwise {@code wanted~2}, {@code ~3}
   * and so on, never one the audit log already mentions, so the log names one actor by each id.
   */
  private String freeId(String wanted) {
    if (!byId.containsKey(wanted)) {
      return wanted;
    }
    String id = wanted;
    for (int n = 2; byId.containsKey(id) || logged.contains(id); n++) {
      id = wanted + "~" + n;
    }
    return id;
  }

  private Known create(Connection db, String id, String name, String type) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO canonical_actors VALUES (?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, name);
      ps.setString(3, type);
      ps.executeUpdate();
    }
    Known known = new Known(id, name, type);
    known.names.put(name, matcher.parse(name));
    byId.put(id, known);
    return known;
  }

  private void rename(Connection db, Known known, String name) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("UPDATE canonical_actors SET name = ? WHERE id = ?")) {
      ps.setString(1, name);
      ps.setString(2, known.id);
      ps.executeUpdate();
    }
    known.name = name;
  }

  private void link(Connection db, String actorId, Known known, String how) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO actor_resolutions VALUES (?, ?, ?)")) {
      ps.setString(1, actorId);
      ps.setString(2, known.id);
      ps.setString(3, how);
      ps.executeUpdate();
    }
    known.actorIds.add(actorId);
    byActorId.put(actorId, known);
  }

  private void relink(Connection db, String actorId, Known known, String how) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "UPDATE actor_resolutions SET canonical_id = ?, how = ? WHERE actor_id = ?")) {
      ps.setString(1, known.id);
      ps.setString(2, how);
      ps.setString(3, actorId);
      ps.executeUpdate();
    }
    Known old = byActorId.put(actorId, known);
    if (old != null) {
      old.actorIds.remove(actorId);
    }
    known.actorIds.add(actorId);
  }
}
