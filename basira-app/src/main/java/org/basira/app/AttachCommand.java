package org.basira.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.basira.gazetteer.Gazetteer;
import org.basira.store.Attachment;
import org.basira.store.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basira attach}: reads the Spark job's Parquet tables in place as part of a workspace. */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Makes folders of Parquet tables written by the Spark job (basira-spark) part of the workspace.",
      "DuckDB reads them in place: nothing is copied, and every command and page sees their articles,",
      "actors, attributions, events and scenario references beside the ingested ones. Their actors are",
      "joined to the workspace's, and their articles added to the search index.",
      "Stop 'basira serve' on the workspace first; it holds the workspace while it runs."
    },
    footer = {"", "Examples:", "  basira attach /data/iraq-2021-tables --workspace iraq", "  basira attach --list --workspace iraq",
      "  basira attach --detach /data/iraq-2021-tables --workspace iraq"})
final class AttachCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders the Spark job wrote its tables to.")
  List<Path> folders = List.of();

  @ArgGroup(exclusive = true)
  Other other;

  static final class Other {
    @Option(names = "--list", description = "List the attached folders and whether each is still there.")
    boolean list;

    @Option(names = "--detach", paramLabel = "DIR", description = "Stop reading this folder; it is left as it is.")
    Path detach;
  }

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  private final Supplier<Gazetteer> gazetteer;

  AttachCommand(Supplier<Gazetteer> gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean list = other != null && other.list;
    Path detach = other == null ? null : other.detach;
    if (!folders.isEmpty() && (list || detach != null)) {
      throw new UserError("name folders to attach, or --list, or --detach DIR, not both", ExitCodes.USAGE);
    }
    if (folders.isEmpty() && !list && detach == null) {
      throw new UserError("name the folder the Spark job wrote its tables to, or --list, or --detach DIR",
          ExitCodes.USAGE);
    }
    if (list) {
      try (Workspace store = Workspace.openForReading(workspace.folder)) {
        List<Attachment> attached = store.attachments();
        if (attached.isEmpty()) {
          err.println("basira attach: nothing is attached to " + workspace.folder);
        }
        for (Attachment a : attached) {
          out.printf("%s\t%d articles\tattached %s%s%n", a.folder(), a.articles(), a.attachedAt(),
              a.present() ? "" : "\tMISSING: restore the folder, or detach it");
        }
      }
      out.flush();
      err.flush();
      return ExitCodes.OK;
    }
    Gazetteer curated = gazetteer.get();
    try (Workspace store = Workspace.open(workspace.folder, id -> curated.entry(id).isPresent())) {
      if (detach != null) {
        if (!store.detach(detach)) {
          throw new UserError(detach + " is not attached to " + workspace.folder + "; 'basira attach --list' lists "
              + "what is", ExitCodes.USAGE);
        }
        err.println("basira attach: " + detach + " is no longer read; the folder is left as it was");
      } else {
        for (Path folder : folders) {
          Attachment attached = store.attach(folder, n -> {
            err.print("\rbasira attach: " + folder + ": " + n + " articles taken in");
            err.flush();
          });
          err.println();
          err.printf("basira attach: %s: %d articles are now read in place by %s%n", attached.folder(),
              attached.articles(), workspace.folder);
        }
      }
    }
    err.flush();
    return ExitCodes.OK;
  }
}
