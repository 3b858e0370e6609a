package org.basira.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns I/O exceptions into the plain sentences that failures carry. */
public final class Messages {

  private Messages() {
  }

  /** The failure for an input that could not be read: what went wrong and, where it helps, what to do. */
  public static String cannotRead(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "does not exist; check the path";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be read (permission denied); check its permissions";
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "cannot be read (" + detail + ")";
  }
}
