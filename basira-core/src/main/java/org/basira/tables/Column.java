package org.basira.tables;

import java.util.Objects;

/** One column of a workspace table. */
public record Column(String name, ColumnType type) {
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
