package org.basira.app.web;

/** A request the server cannot answer as asked; its message says what to change. */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message);
  }
}
