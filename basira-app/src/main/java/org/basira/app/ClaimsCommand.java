package org.basira.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.basira.store.Claim;
import org.basira.store.ClaimQuery;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira claims}: who said what, across the workspace. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists attributed statements, quotes and reported speech, in order of publication, with the speaker's",
      "role and the article. A speaker is found by any spelling of their name or their family name alone."
    },
    footer = {"", "Examples:", "  basira claims --speaker Kadhimi", "  basira claims --speaker 'Al-Kazemi' --containing withdrawal --json"})
final class ClaimsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only what this actor said: an id or any name.")
  String speaker;

  @Option(names = "--containing", paramLabel = "TEXT", description = "Only claims whose words contain TEXT.")
  String containing;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N claims (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Option(names = "--json", description = "Print a JSON array instead of lines.")
  boolean json;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserError("--limit must be at least 1. See 'basira claims --help'.", ExitCodes.USAGE);
    }
    List<Claim> claims;
    boolean known;
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      known = workspace.knows(store, speaker, spec);
      claims = store.claims(new ClaimQuery(speaker, containing, limit));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writer().writeValueAsString(claims));
    } else {
      out.printf("%d claim%s%s%n", claims.size(), claims.size() == 1 ? "" : "s",
          speaker == null ? "" : " by " + speaker + (known ? " (any spelling)" : ""));
      for (Claim c : claims) {
        out.printf("%n%s  %s%s, %s:%n    %s%n    %s%n", c.published() == null ? "undated" : c.published(), c.who(),
            c.role() == null ? "" : " (" + c.role() + ")", c.kind().toLowerCase(Locale.ROOT),
            c.kind().equals("DIRECT") ? "\u201c" + c.content() + "\u201d" : c.content(),
            "in " + (c.title() == null ? c.source() : c.title() + " (" + c.source() + ")"));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
