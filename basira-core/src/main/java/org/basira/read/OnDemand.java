package org.basira.read;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Results read one at a time, when asked for, so an input of any size streams. A reader says what
 * comes next in {@link #readNext}: a result, or null for a part of the input that gives none (a
 * blank line, a record that is not a page); it calls {@link #end} once the input is used up.
 */
abstract class OnDemand implements Iterator<ReadResult> {
  private boolean ended;
  private ReadResult next;

  /** The next result, or null when this step gave none. */
  protected abstract ReadResult readNext();

  /** No step after this one: the input is used up, or cannot be read further. */
  protected final void end() {
    ended = true;
  }

  @Override
  public final boolean hasNext() {
    while (next == null && !ended) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public final ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult result = next;
    next = null;
    return result;
  }
}
