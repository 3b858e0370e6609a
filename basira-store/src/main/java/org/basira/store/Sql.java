package org.basira.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/** What the store's queries share: parameter marks and statements with their arguments bound. */
final class Sql {

  private Sql() {
  }

  /** {@code n} parameter marks, for an IN list: "?, ?, ?". */
  static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** A statement with {@code args} bound in order; the caller closes it. */
  static PreparedStatement prepare(Connection db, String sql, List<Object> args) throws SQLException {
    PreparedStatement ps = db.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }
}
