package org.basira.app;

import java.io.PrintWriter;
import java.util.function.Supplier;
import org.basira.analysis.Analyzer;
import org.basira.app.bench.BenchSubjects;
import org.basira.read.Readers;
import picocli.CommandLine;

/** Main's command lines over stand-in parts, for the tests of the sub-packages (such as bench). */
public final class CommandLines {

  private CommandLines() {
  }

  /** The basira command line over {@code readers} and {@code analyzer}: {@link Main#commandLine}. */
  public static CommandLine of(Readers readers, Supplier<Analyzer> analyzer, PrintWriter out, PrintWriter err) {
    return Main.commandLine(readers, analyzer, out, err);
  }

  /** The same with the pipelines bench loads and measures itself. */
  public static CommandLine of(Readers readers, Supplier<Analyzer> analyzer, BenchSubjects benchSubjects,
      PrintWriter out, PrintWriter err) {
    return Main.commandLine(readers, analyzer, benchSubjects, out, err);
  }
}
