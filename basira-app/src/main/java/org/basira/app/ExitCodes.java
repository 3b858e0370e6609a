package org.basira.app;

/** What the {@code basira} command's exit status means. */
public final class ExitCodes {

  /** Everything named was read and written. */
  public static final int OK = 0;
  /** Some inputs failed (each reported on stderr); the others were processed. */
  public static final int SOME_FAILED = 1;
  /** The command line itself was wrong; nothing was processed. */
  public static final int USAGE = 2;

  private ExitCodes() {
  }
}
