package org.basira.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.basira.json.AnalysisJson;
import org.basira.json.GeoJsonEvents;

/**
 * What the workspace writes out: its analyses as JSON lines or as a map of events, and its tables
 * as files. The workspace wraps what goes wrong in its own words.
 */
final class Exports {

  private Exports() {
  }

  /** Every stored analysis, handed out one at a time (the workspace's own, which wraps failures); how many. */
  @FunctionalInterface
  interface Analyses {
    long forEach(Consumer<String> each);
  }

  /** Writes every stored analysis as one JSON line, in the shape {@code basira extract} writes, oldest first. */
  static long analyses(Writer out, Analyses analyses) throws IOException {
    long n = analyses.forEach(json -> {
      try {
        out.write(json);
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    out.flush();
    return n;
  }

  /**
   * Writes every located event of the stored analyses as a GeoJSON FeatureCollection; the
   * returned writer, closed, says how many were written and how many had no location.
   */
  static GeoJsonEvents eventMap(Writer out, Analyses analyses) {
    AnalysisJson json = new AnalysisJson();
    GeoJsonEvents features = new GeoJsonEvents(out);
    analyses.forEach(line -> {
      try {
        features.add(json.fromLine(line));
      } catch (JsonProcessingException e) {
        throw new WorkspaceException("a stored analysis could not be read (" + e.getOriginalMessage()
            + "); run 'basira ingest --again' to analyse its article anew", e);
      }
    });
    features.close();
    return features;
  }

  /**
   * Hands every stored analysis (its contract JSON) to {@code each}, oldest first, one at a time;
   * returns how many. What {@code each} throws goes out as it is.
   */
  static long forEachAnalysis(Connection db, Consumer<String> each) throws SQLException {
    long n = 0;
    try (Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT analysis FROM articles ORDER BY published NULLS LAST, id")) {
      while (rs.next()) {
        each.accept(rs.getString(1));
        n++;
      }
    }
    return n;
  }

  /**
   * Writes each table as a file in {@code output}: {@code csv} with a header, or {@code parquet}.
   * Refuses to overwrite files already there.
   */
  static List<Path> tables(Connection db, Path output, String format) {
    try {
      return TableFiles.write(db, output, TableFiles.format(format));
    } catch (SQLException | IOException e) {
      throw new WorkspaceException("the workspace could not be exported to " + output + " (" + e.getMessage()
          + "); check the folder is writable and the disk has room", e);
    }
  }
}
