package org.basira.store;

/** A workspace that cannot be opened or written, with one sentence that says why and what to do. */
public final class WorkspaceException extends RuntimeException {

  public WorkspaceException(String message) {
    super(message);
  }

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
