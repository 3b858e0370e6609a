package org.basira.app;

import java.nio.file.Path;
import org.basira.store.Workspace;
import picocli.CommandLine.Option;

/** The {@code --workspace} option the workspace commands share. */
final class WorkspaceOption {

  @Option(names = "--workspace", paramLabel = "DIR", description = "The workspace folder (default: ${DEFAULT-VALUE}).")
  Path folder = Workspace.DEFAULT;
}
