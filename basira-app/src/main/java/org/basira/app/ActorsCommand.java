package org.basira.app;

import static org.basira.app.Columns.clip;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.time.temporal.ChronoUnit;
import org.basira.store.ActorSummary;
import org.basira.store.Correction;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basira actors}: the actors of a workspace, across its articles. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the actors a workspace's articles name, those in the most articles first, with their id,",
      "type, counts and the names they are written with (\"Al-Kazemi\" and \"Al-Kadhimi\" are one actor).",
      "Spellings of one name are joined across articles; 'merge' and 'split' correct what was joined",
      "wrongly, and hold for articles ingested later. Every correction is kept in a log ('log')."
    },
    subcommands = {ActorsCommand.Merge.class, ActorsCommand.Split.class, ActorsCommand.Log.class},
    footer = {"", "Examples:", "  basira actors --top 20", "  basira actors --json",
      "  basira actors merge 'Kataib Hezbollah' KH --why 'KH is their initials'",
      "  basira actors split person.ali-hassan 'Ali Hasan' --why 'two different men'", "  basira actors log"})
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
      out.println(Json.writer().writeValueAsString(actors));
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

  /** {@code basira actors merge}: two actors are one. */
  @Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Joins OTHER into ACTOR: from now on they are one actor, in the articles stored and those to come.",
        "Each is named by its id or any name it is written with."})
  static final class Merge implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor to keep.")
    String keep;
    @Parameters(index = "1", paramLabel = "OTHER", description = "The actor to join into it.")
    String other;
    @Mixin
    Correcting correcting = new Correcting();
    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Override
    public Integer call() {
      return correcting.apply(spec, workspace, store -> store.merge(keep, other, correcting.byWhom, correcting.why),
          "merged %s into %s");
    }
  }

  /** {@code basira actors split}: one actor is two. */
  @Command(name = "split", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Splits the part of ACTOR written as one of NAMES into an actor of its own, in the articles",
        "stored and those to come. 'basira actors' shows how each actor is written."})
  static final class Split implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor to split, by id or name.")
    String actor;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME", description = "The names (or actor ids) to split off.")
    List<String> names;
    @Mixin
    Correcting correcting = new Correcting();
    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    @Override
    public Integer call() {
      return correcting.apply(spec, workspace, store -> store.split(actor, names, correcting.byWhom, correcting.why),
          "split %s off %s");
    }
  }

  /** {@code basira actors log}: the corrections made so far. */
  @Command(name = "log", mixinStandardHelpOptions = true, description = "Lists the corrections made to the actors, oldest first.")
  static final class Log implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();
    @Option(names = "--json", description = "Print a JSON array instead of lines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      return AuditTrail.print(spec, workspace, json, Workspace::corrections, "no corrections yet",
          c -> String.format("%d. %s  %s  %s %s %s%s%s", c.seq(), c.at().truncatedTo(ChronoUnit.SECONDS), c.byWhom(),
              c.action(), c.other(), c.action().equals("merge") ? "into " + c.actor() : "off " + c.actor(),
              c.names().isEmpty() ? "" : " (" + String.join(", ", c.names()) + ")",
              c.why() == null ? "" : ": " + c.why()));
    }
  }

  /** Who corrects, and why: kept in the log with each correction. */
  static final class Correcting {
    @Option(names = "--why", paramLabel = "TEXT", description = "The reason, kept in the log.")
    String why;
    @Option(names = "--by", paramLabel = "NAME", description = "Who makes the correction (default: ${DEFAULT-VALUE}).")
    String byWhom = System.getProperty("user.name", "analyst");

    /** Makes one correction on the workspace and says what was done: {@code done} formats other, then actor. */
    int apply(CommandSpec spec, WorkspaceOption workspace, Function<Workspace, Correction> correction, String done) {
      Correction made;
      try (Workspace store = Workspace.open(workspace.folder)) {
        made = correction.apply(store);
      }
      spec.commandLine().getOut().printf(done + " (correction %d in the log)%n", made.other(), made.actor(), made.seq());
      return ExitCodes.OK;
    }
  }
}
