package org.basira.tables;

import java.util.List;
import java.util.Objects;

/** A workspace table that analyses fill: its name and its columns, in the order the store keeps them. */
public record Table(String name, List<Column> columns) {
  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  /** The column names, comma-separated, for an SQL column list. */
  public String columnList() {
    return String.join(", ", columns.stream().map(Column::name).toList());
  }
}
