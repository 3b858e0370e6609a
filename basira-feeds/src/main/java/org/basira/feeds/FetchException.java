package org.basira.feeds;

/** An address that could not be fetched, with a sentence that says why. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  public FetchException(String problem) {
    super(problem);
  }

  public FetchException(String problem, Throwable cause) {
    super(problem, cause);
  }
}
