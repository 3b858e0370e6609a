package org.basira.app;

import java.util.function.Supplier;

/** A value built on first use and then kept: for the pipeline, whose models take seconds to load. */
final class Once<T> implements Supplier<T> {

  private final Supplier<T> build;
  private T value;

  Once(Supplier<T> build) {
    this.build = build;
  }

  @Override
  public synchronized T get() {
    if (value == null) {
      value = build.get();
    }
    return value;
  }
}
