package org.basira.tables;

import java.util.List;
import java.util.Objects;

/** The rows one analysis gives a table; each row holds one value per column, in column order. */
public record TableRows(Table table, List<Object[]> rows) {
  public TableRows {
    Objects.requireNonNull(table, "table");
    rows = List.copyOf(rows);
  }
}
