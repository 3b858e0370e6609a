package org.basira.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.basira.store.ActorSummary;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira actors}: the actors of a workspace, across its articles. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the actors a workspace's articles name, those in the most articles first, with their id,",
      "type, counts and the names they are written with (\"Al-Kazemi\" and \"Al-Kadhimi\" are one actor)."
    },
    footer = {"", "Examples:", "  basira actors --top 20", "  basira actors --json"})
final class ActorsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Option(names = "--top", paramLabel = "N", description = "Show the N actors in the most articles (default: ${DEFAULT-VALUE}).")
  int top = 25;

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new UserError("--top must be at least 1. See 'basira actors --help'.", ExitCodes.USAGE);
    }
    List<ActorSummary> actors;
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      actors = store.actors(top);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(actors));
    } else {
      out.printf("%-28s %-34s %-13s %8s %8s  %s%n", "ACTOR", "ID", "TYPE", "ARTICLES", "MENTIONS", "WRITTEN AS");
      for (ActorSummary a : actors) {
        out.printf("%-28s %-34s %-13s %8d %8d  %s%n", clip(a.name(), 28), clip(a.id(), 34), a.type(), a.articles(),
            a.mentions(), clip(String.join(", ", a.names()), 60));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String clip(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
