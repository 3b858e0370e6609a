package org.basira.app;

/** A problem the user can fix, reported as its message alone with the given exit code. */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  /** A user error that prints {@code message} and ends the command with {@code exitCode}. */
  public UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
