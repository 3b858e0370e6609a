package org.basira.feeds;

/** A feed that cannot be read, with a sentence that says why and what to do. */
public final class FeedException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedException(String problem) {
    super(problem);
  }

  public FeedException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
