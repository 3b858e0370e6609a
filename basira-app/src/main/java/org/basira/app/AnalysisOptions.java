package org.basira.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.basira.gazetteer.GazetteerEntry;
import picocli.CommandLine.Option;

/** How the commands that analyse (extract, ingest) run the analysis: extra actors, threads, a length limit. */
final class AnalysisOptions {

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Add the actors of this YAML file (the gazetteer format, docs/gazetteer.md) to the built-in ones; repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--casebook", paramLabel = "FILE",
      description = "Find references to the scenarios of this casebook (docs/casebooks.md) and add its actors. "
          + "Default: for ingest the casebook the workspace was last ingested with, else (and for extract) the one "
          + "shipped with Basira, casebooks/iraq-2021.yaml; 'none' for no scenarios.")
  String casebook;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analyse on N threads (default: ${DEFAULT-VALUE}); the order of the results does not change.")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Skip articles longer than N characters (default: ${DEFAULT-VALUE}).")
  int maxChars = Batch.DEFAULT_MAX_CHARS;

  /** Refuses values that cannot work, naming the command whose help explains them. */
  void check(String command) {
    if (threads < 1) {
      throw new UserError("--threads must be at least 1. See 'basira " + command + " --help'.", ExitCodes.USAGE);
    }
    if (maxChars < 1) {
      throw new UserError("--max-chars must be at least 1. See 'basira " + command + " --help'.", ExitCodes.USAGE);
    }
  }

  /** The casebook asked for: the --casebook file, the shipped one by default, or none. */
  java.util.Optional<org.basira.casebook.Casebook> casebook(Casebooks casebooks) {
    return casebooks.named(casebook);
  }

  /** The actors of the --actors files; a file that cannot be used is a user error naming it. */
  List<GazetteerEntry> actors() {
    return Analyzers.read(actorFiles);
  }
}
