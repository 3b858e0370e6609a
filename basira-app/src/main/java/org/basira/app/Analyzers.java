package org.basira.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.basira.analysis.Analyzer;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.GazetteerException;
import org.basira.gazetteer.GazetteerFiles;

/**
 * The analyzer a command runs, with the actors of the files the user names ({@code --actors})
 * added to the built-in gazetteer. Reading the files happens before any model loads, so a
 * mistake in one is reported at once.
 */
public interface Analyzers {

  /**
   * The analyzer with {@code actors} added to the built-in gazetteer, finding references to the
   * scenarios of {@code casebook} (whose own actors are added too), or to none when it is null.
   */
  Analyzer with(List<GazetteerEntry> actors, Casebook casebook);

  /** The built-in analyzer, whatever actors are asked for: for tests that stand in for the pipeline. */
  static Analyzers fixed(Supplier<Analyzer> analyzer) {
    return (actors, casebook) -> analyzer.get();
  }

  /** The actors of each file, in order; a file that cannot be used is a user error naming it. */
  static List<GazetteerEntry> read(List<Path> files) {
    List<GazetteerEntry> entries = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        throw new UserError("the actor file " + file + " does not exist; check the path.", ExitCodes.USAGE);
      }
      try {
        entries.addAll(GazetteerFiles.read(file));
      } catch (GazetteerException e) {
        throw new UserError(e.getMessage(), ExitCodes.USAGE);
      }
    }
    return entries;
  }
}
