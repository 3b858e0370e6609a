package org.basira.gazetteer;

/** A gazetteer or actor file that cannot be used, with where and what to fix. */
public final class GazetteerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public GazetteerException(String message) {
    super(message);
  }

  public GazetteerException(String message, Throwable cause) {
    super(message, cause);
  }
}
