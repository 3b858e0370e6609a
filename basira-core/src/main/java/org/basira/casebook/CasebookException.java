package org.basira.casebook;

/** A casebook that cannot be used, with the file, the place in it and what to write instead. */
public final class CasebookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CasebookException(String message) {
    super(message);
  }

  public CasebookException(String message, Throwable cause) {
    super(message, cause);
  }
}
