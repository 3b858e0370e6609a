package org.basira.app;

import java.nio.file.Path;
import org.basira.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --workspace} option the workspace commands share. */
public final class WorkspaceOption {

  /** The workspace folder the command works on. */
  @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  public Path folder = Workspace.DEFAULT;

  /**
   * Whether {@code name} (null for none asked) denotes an actor of {@code store}; when it does not,
   * says so on stderr, so an empty answer is not mistaken for "they said nothing".
   */
  boolean knows(Workspace store, String name, CommandSpec spec) {
    if (name == null || !store.actorsCalled(name).isEmpty()) {
      return true;
    }
    spec.commandLine().getErr().println(spec.qualifiedName() + ": no actor in the workspace " + folder
        + " is called '" + name + "'; 'basira actors' lists them.");
    return false;
  }
}
