package org.basira.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Each item of a partition turned into any number of results, lazily, one at a time: a partition
 * never holds all of its results at once.
 */
final class Flattened<T, R> implements Iterator<R> {
  private final Iterator<T> items;
  private final Function<T, Iterator<R>> expand;
  private Iterator<R> current = Collections.emptyIterator();

  Flattened(Iterator<T> items, Function<T, Iterator<R>> expand) {
    this.items = items;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && items.hasNext()) {
      current = expand.apply(items.next());
    }
    return current.hasNext();
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
