package org.basira.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong command line gets one plain sentence on stderr and exit code 2, not a wall of usage. */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    String message = e.getMessage().strip();
    if (!message.endsWith(".")) {
      message += ".";
    }
    err.println(name + ": " + message + " See '" + name + " --help'.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
