package org.basira.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The contract writes some enums in lower case; this reads them back with a clear error. */
final class WireNames {

  private WireNames() {
  }

  static <E extends Enum<E>> E parse(Class<E> type, String name) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equalsIgnoreCase(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException("'" + name + "' is not one of "
        + Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")));
  }
}
