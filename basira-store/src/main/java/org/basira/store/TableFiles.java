package org.basira.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The workspace's tables written out one file per table, as CSV with a header or as Parquet, for
 * spreadsheets, R, pandas or Spark. The articles table leaves out the stored analysis JSON, which
 * {@code export --format jsonl} gives whole.
 */
final class TableFiles {

  /** The tables, in the order a reader would load them. */
  static final List<String> TABLES = List.of("articles", "sentences", "actors", "mentions", "canonical_actors",
      "actor_resolutions", "actor_corrections", "attributions", "events", "event_actors", "scenario_refs", "casebooks",
      "scenario_ratings");

  /** A file format DuckDB writes. */
  enum Format {
    CSV("csv", "(HEADER, DELIMITER ',')"),
    PARQUET("parquet", "(FORMAT PARQUET)");

    final String extension;
    final String options;

    Format(String extension, String options) {
      this.extension = extension;
      this.options = options;
    }
  }

  private TableFiles() {
  }

  /** Writes every table into {@code folder}, which must not hold files of these names already. */
  static List<Path> write(Connection db, Path folder, Format format) throws SQLException, IOException {
    Files.createDirectories(folder);
    List<Path> files = new ArrayList<>();
    for (String table : TABLES) {
      Path file = folder.resolve(table + "." + format.extension);
      if (Files.exists(file)) {
        throw new WorkspaceException("the export would overwrite " + file + "; choose an empty folder with --output");
      }
      files.add(file);
    }
    try (Statement st = db.createStatement()) {
      for (int i = 0; i < TABLES.size(); i++) {
        String table = TABLES.get(i);
        String select = table.equals("articles") ? "SELECT * EXCLUDE (analysis) FROM articles ORDER BY published, id"
            : "SELECT * FROM " + table;
        st.execute("COPY (" + select + ") TO " + literal(files.get(i)) + " " + format.options);
      }
    }
    return files;
  }

  /** A path as an SQL string literal; COPY takes no parameters. */
  private static String literal(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  static Format format(String name) {
    return Format.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
