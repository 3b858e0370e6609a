package org.basira.app.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.basira.app.Casebooks;
import org.basira.app.ExitCodes;
import org.basira.app.UserError;
import org.basira.app.Version;
import org.basira.casebook.Casebook;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;
import org.basira.store.TablesFolder;
import org.basira.tables.TablesManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira bench generate}: a synthetic archive's tables, to attach and measure the store at scale. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes the tables of a made-up archive (no text is read or analysed) into --output, in the layout",
      "the Spark job writes, for 'basira attach' and 'basira bench queries': --events events and",
      "--attributions attributions spread over --articles articles dated 2015 to 2024, between a few",
      "hundred states, armed groups, people and places drawn with a long tail, and references to the",
      "casebook's scenarios in a third of the articles. The same --seed writes the same tables."
    },
    footer = {"", "Example (about 2 minutes and 1 GB on disk):",
      "  basira bench generate --events 1000000 --attributions 200000 --output /tmp/synthetic",
      "  basira attach /tmp/synthetic --workspace /tmp/large",
      "  basira bench queries --workspace /tmp/large"})
public final class GenerateBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "A new folder for the tables.")
  Path output;

  @Option(names = "--events", paramLabel = "N", description = "Events in all (default: ${DEFAULT-VALUE}).")
  int events = 1_000_000;

  @Option(names = "--attributions", paramLabel = "N", description = "Attributions in all (default: ${DEFAULT-VALUE}).")
  int attributions = 200_000;

  @Option(names = "--articles", paramLabel = "N", description = "Articles to spread them over (default: one per ten events).")
  Integer articles;

  @Option(names = "--casebook", paramLabel = "FILE", description = "Refer to this casebook's scenarios (default: the shipped one; 'none' for no references).")
  String casebook;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the made-up archive (default: ${DEFAULT-VALUE}).")
  long seed = 20211209L;

  private final Casebooks casebooks;

  /** The command, taking the casebook whose scenarios the archive references from {@code casebooks}. */
  public GenerateBenchCommand(Casebooks casebooks) {
    this.casebooks = casebooks;
  }

  @Override
  public Integer call() {
    int count = articles != null ? articles : Math.max(1, events / 10);
    if (count < 1 || events < 0 || attributions < 0) {
      throw new UserError("--articles must be at least 1, and --events and --attributions not negative. See "
          + "'basira bench generate --help'.", ExitCodes.USAGE);
    }
    Casebook book = casebook == null ? casebooks.shipped() : casebooks.named(casebook).orElse(null);
    SyntheticArchive archive = new SyntheticArchive(seed, book == null ? List.of() : book.scenarioIds());
    AnalysisJson json = new AnalysisJson();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    TablesManifest manifest;
    try (TablesFolder tables = TablesFolder.create(output)) {
      for (int i = 0; i < count; i++) {
        // Article i's share, so that the totals are exact however they divide.
        int eventShare = (int) ((long) (i + 1) * events / count - (long) i * events / count);
        int attributionShare = (int) ((long) (i + 1) * attributions / count - (long) i * attributions / count);
        Analysis analysis = archive.article(i + 1, eventShare, attributionShare);
        tables.add(analysis, json.toLine(analysis, true));
        if ((i + 1) % Math.max(1, count / 10) == 0) {
          err.printf("basira bench: %d of %d articles made%n", i + 1, count);
          err.flush();
        }
      }
      manifest = tables.finish(book == null ? null : book.id(), List.of("basira bench generate --seed " + seed),
          new Version().getVersion()[0]);
    }
    err.printf("basira bench: %d articles, %d events and %d attributions written to %s in %.0f s; attach them with: "
        + "basira attach %s --workspace DIR%n", manifest.articles(), events, attributions, output,
        (System.nanoTime() - start) / 1e9, output);
    return ExitCodes.OK;
  }
}
