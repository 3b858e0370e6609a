package org.basira.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the store's queries share: parameter marks, statements with their arguments bound, and
 * LIST columns read as lists.
 */
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

  /** A LIST of strings in {@code column}, in its order; empty when the value is null. */
  static List<String> strings(ResultSet rs, int column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    for (Object value : (Object[]) array.getArray()) {
      strings.add((String) value);
    }
    return List.copyOf(strings);
  }
}
