package org.basira.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.basira.casebook.Casebook;
import org.basira.scenarios.ScenarioBoard;

/**
 * The scenario board last built in this workspace, kept while nothing it was built from has changed:
 * the stored and attached articles ({@link ArchiveIndex#fingerprint}), the analysts' corrections to
 * the actors and ratings of the board, and the casebook's text. Building the board of an archive
 * reads every reference to a scenario (33,000 on a million events, about a second); a page viewed
 * again, or a rating's neighbours, need not read them again. Not thread-safe, as the workspace is not.
 */
final class LastBoard {

  private final ArchiveIndex archive;
  private String builtFrom;
  private ScenarioBoard board;

  LastBoard(ArchiveIndex archive) {
    this.archive = archive;
  }

  /** The board of {@code casebook}, built again only when something it is built from changed. */
  ScenarioBoard of(Connection db, Casebook casebook, boolean indexed) throws SQLException {
    String now = state(db, casebook);
    if (!now.equals(builtFrom)) {
      board = ScenarioEvidence.board(db, casebook, indexed);
      builtFrom = now;
    }
    return board;
  }

  private String state(Connection db, Casebook casebook) throws SQLException {
    StringBuilder state = new StringBuilder(archive.fingerprint(db)).append('\n');
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT (SELECT count(*) || ' ' || coalesce(max(seq), 0) FROM actor_corrections),"
            + " (SELECT count(*) || ' ' || coalesce(max(seq), 0) FROM scenario_ratings)")) {
      rs.next();
      state.append(rs.getString(1)).append('\n').append(rs.getString(2)).append('\n');
    }
    return state.append(casebook.yaml() != null ? casebook.yaml() : casebook.toString()).toString();
  }
}
