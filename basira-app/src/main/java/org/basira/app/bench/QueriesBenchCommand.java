package org.basira.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.basira.app.Casebooks;
import org.basira.app.ExitCodes;
import org.basira.app.UserError;
import org.basira.app.WorkspaceOption;
import org.basira.casebook.Casebook;
import org.basira.store.Overview;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira bench queries}: query latency of an existing workspace, such as one a generated archive is attached to. */
@Command(
    name = "queries",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures, on an existing workspace and without changing it, the latency of search, timeline (all,",
      "by actor, category, month, and actor with category and year), claims and the scenario board, p50",
      "and p99 over repeated queries drawn from the workspace's own actors and dates."
    },
    footer = {"", "Example:", "  basira bench queries --workspace /tmp/large --runs 20"})
public final class QueriesBenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace;

  @Option(names = "--runs", paramLabel = "N", description = "Times each query is repeated (default: ${DEFAULT-VALUE}).")
  int runs = 20;

  @Option(names = "--casebook", paramLabel = "FILE",
      description = "The board's casebook (default: the one the workspace keeps, else the shipped one; 'none': no board).")
  String casebook;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  private final Casebooks casebooks;

  /** The command, taking the casebook to weigh the board by from {@code casebooks}. */
  public QueriesBenchCommand(Casebooks casebooks) {
    this.casebooks = casebooks;
  }

  @Override
  public Integer call() throws Exception {
    if (runs < 1) {
      throw new UserError("--runs must be at least 1. See 'basira bench queries --help'.", ExitCodes.USAGE);
    }
    Casebook book = casebooks.forWorkspace(casebook, workspace.folder).orElse(null); // 'none': no board
    Map<String, Object> figures = new LinkedHashMap<>();
    long openStart = System.nanoTime();
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      figures.put("open_for_reading_ms", (System.nanoTime() - openStart) / 1e6);
      Overview overview = store.overview();
      figures.put("articles", overview.articles());
      figures.put("events_stored", overview.events());
      figures.put("attributions", overview.attributions());
      figures.putAll(new QueryLatency(runs).measure(store, book));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().valueToTree(figures).toString());
    } else {
      out.printf(Locale.ROOT, "workspace %s: %d articles, %d events, %d attributions%n", workspace.folder,
          figures.get("articles"), figures.get("events_stored"), figures.get("attributions"));
      out.printf(Locale.ROOT, "  open for reading  %8.1f ms%n", figures.get("open_for_reading_ms"));
      QueryLatency.print(out, figures, runs);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
