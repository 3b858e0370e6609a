package org.basira.store;

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

/**
 * Analysts' corrections to the actors, merges and splits, and their audit log. Each method runs
 * inside the caller's transaction; the workspace opens and ends it.
 */
final class ActorCorrections {

  private ActorCorrections() {
  }

  /**
   * Joins {@code other} into {@code keep}: from now on they are one actor, in every article stored
   * and every article to come. Both are named by id or by any name they are written with.
   */
  static Correction merge(Connection db, CanonicalActors canonical, Path folder, String keep, String other,
      String byWhom, String why) throws SQLException {
    String into = one(db, canonical, folder, keep);
    String from = one(db, canonical, folder, other);
    if (into.equals(from)) {
      throw new WorkspaceException("'" + keep + "' and '" + other + "' are already one actor (" + into + ")");
    }
    canonical.merge(db, into, from);
    return new Correction(0, Instant.now(), "merge", into, from, List.of(), byWhom, why);
  }

  /**
   * Splits off the part of an actor written as one of {@code names} into an actor of its own, in
   * every article stored and every article to come.
   */
  static Correction split(Connection db, CanonicalActors canonical, Path folder, String actor, List<String> names,
      String byWhom, String why) throws SQLException {
    String from = one(db, canonical, folder, actor);
    String split = canonical.split(db, from, names);
    return new Correction(0, Instant.now(), "split", from, split, names, byWhom, why);
  }

  /** Every correction analysts have made to the actors, oldest first. */
  static List<Correction> all(Connection db) throws SQLException {
    List<Correction> corrections = new ArrayList<>();
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT seq, made_at, action, actor, other, names, by_whom, why "
             + "FROM actor_corrections ORDER BY seq")) {
      while (rs.next()) {
        corrections.add(new Correction(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
            rs.getString(5), Sql.strings(rs, 6), rs.getString(7), rs.getString(8)));
      }
    }
    return corrections;
  }

  /** Records a correction just applied in the audit log; the same correction, with its place in the log. */
  static Correction record(Connection db, Correction done) throws SQLException {
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
      ps.setArray(6, db.createArrayOf("VARCHAR", done.names().toArray()));
      ps.setString(7, done.byWhom());
      ps.setString(8, done.why());
      ps.executeUpdate();
    }
    return new Correction(seq, done.at(), done.action(), done.actor(), done.other(), done.names(), done.byWhom(),
        done.why());
  }

  /** The one actor an id or name denotes; a name that fits none or several is an error naming them. */
  private static String one(Connection db, CanonicalActors canonical, Path folder, String idOrName)
      throws SQLException {
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
}
