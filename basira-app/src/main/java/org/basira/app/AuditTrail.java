package org.basira.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.basira.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/** How the log commands print an audit trail: JSON, or a line an entry, or a sentence when it is empty. */
final class AuditTrail {

  private AuditTrail() {
  }

  /**
   * Reads a trail from the workspace and prints it.
   *
   * @param none what to say when the trail is empty, such as "no ratings yet"
   */
  static <T> int print(CommandSpec spec, WorkspaceOption workspace, boolean json, Function<Workspace, List<T>> read,
      String none, Function<T, String> line) throws Exception {
    List<T> entries;
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      entries = read.apply(store);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writer().writeValueAsString(entries));
    } else if (entries.isEmpty()) {
      out.println(none);
    } else {
      entries.forEach(e -> out.println(line.apply(e)));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
