package org.basira.app;

import java.io.PrintWriter;
import org.basira.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * An unexpected failure: one sentence on stderr, and the stack trace only when BASIRA_DEBUG is set,
 * since users need the what and developers the where.
 */
final class InternalErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof UserError user) {
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + user.getMessage());
      return user.exitCode();
    }
    if (e instanceof WorkspaceException workspace) {
      // A workspace that is busy, missing or from a newer Basira: the message says what to do.
      err.println(cmd.getCommandSpec().qualifiedName() + ": " + workspace.getMessage() + ".");
      return ExitCodes.USAGE;
    }
    err.println(cmd.getCommandSpec().qualifiedName() + ": stopped by an unexpected error (" + e
        + "); rerun with BASIRA_DEBUG=1 for the stack trace and report it.");
    if (System.getenv("BASIRA_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return ExitCodes.SOME_FAILED;
  }
}
