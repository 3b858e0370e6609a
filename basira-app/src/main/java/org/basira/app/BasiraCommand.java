package org.basira.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top of the {@code basira} command; the work is done by its subcommands. */
@Command(
    name = "basira",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    subcommands = picocli.CommandLine.HelpCommand.class,
    description = {
      "Turns news and analysis articles about an armed conflict into an evidence base:",
      "actors, events (PLOVER), attributions (who said what) and scenario references,",
      "each traceable to the sentence it came from."
    },
    footer = {
      "",
      "Exit codes: 0 all fine, 1 some inputs failed, 2 usage error.",
      "",
      "Examples:",
      "  basira extract samples/ > analyses.jsonl",
      "  basira extract --published 2021-10 article.txt",
      "  basira bench --threads 2",
      "  basira help extract"
    })
final class BasiraCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("basira: name a command, for example 'basira extract FILE'; see 'basira --help'.");
    return ExitCodes.USAGE;
  }
}
