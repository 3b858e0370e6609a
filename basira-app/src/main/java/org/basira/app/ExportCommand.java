package org.basira.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.basira.json.GeoJsonEvents;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira export}: the workspace in files other tools read. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the workspace out for other tools:",
      "  jsonl    every stored analysis, one JSON object per line, as 'basira extract' writes them;",
      "  csv      one file per table, with a header row, into the --output folder;",
      "  parquet  the same as Parquet files, for pandas, R, DuckDB or Spark;",
      "  graphml  the actors and the reported events between them, for Gephi or Cytoscape;",
      "  geojson  every located event as a point, with what, who, when and the sentence, for QGIS",
      "           or kepler.gl (events whose place is unresolved are counted, not written).",
      "jsonl, graphml and geojson go to standard output unless --output names a file. Nothing is overwritten."
    },
    footer = {"", "Examples:", "  basira export --format jsonl > iraq.jsonl", "  basira export --format parquet --output tables/",
      "  basira export --format graphml --output actors.graphml",
      "  basira export --format geojson --output events.geojson"})
final class ExportCommand implements Callable<Integer> {

  enum Format { jsonl, csv, parquet, graphml, geojson }

  @Spec
  CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "jsonl, csv, parquet, graphml or geojson.")
  Format format;

  @Option(names = "--output", paramLabel = "PATH", description = "The file (jsonl, graphml, geojson) or folder (csv, parquet) to write.")
  Path output;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      switch (format) {
        case jsonl -> write(out -> err.printf("basira export: %d articles%n", store.exportAnalyses(out)));
        case graphml -> write(store::exportNetwork);
        case geojson -> write(out -> {
          GeoJsonEvents features = store.exportEventMap(out);
          err.printf("basira export: %d events placed on the map, %d left out with no location%n", features.written(),
              features.unplaced());
        });
        case csv, parquet -> {
          if (output == null) {
            throw new UserError("--format " + format + " writes one file per table: name a folder with --output.",
                ExitCodes.USAGE);
          }
          List<Path> files = store.exportTables(output, format.name());
          err.printf("basira export: %d tables written to %s%n", files.size(), output);
        }
      }
    }
    err.flush();
    return ExitCodes.OK;
  }

  /** Writes to --output, a new file, or to standard output. */
  private void write(Consumer<Writer> export) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      export.accept(out);
      out.flush();
      return;
    }
    if (Files.exists(output)) {
      throw new UserError(output + " already exists; name a new file with --output, or remove it first.",
          ExitCodes.USAGE);
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = new OutputStreamWriter(Files.newOutputStream(output, StandardOpenOption.CREATE_NEW),
        StandardCharsets.UTF_8)) {
      export.accept(out);
    }
  }
}
