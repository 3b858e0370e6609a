package org.basira.spark;

/** A run that cannot start or finish, with a message that says what to do. */
final class JobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  JobException(String message) {
    super(message);
  }
}
