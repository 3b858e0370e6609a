package org.basira.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The outlines of a country's first-level regions (governorates, provinces, states) for the map,
 * as TopoJSON packaged with Basira: Natural Earth's admin-1 at 1:10m, one file per country named by
 * its ISO 3166 alpha-3 code. The map asks by the alpha-2 code its events carry.
 */
final class RegionOutlines {

  private static final String FOLDER = "/org/basira/app/web/regions/";

  private RegionOutlines() {
  }

  /** The TopoJSON of {@code country} (an ISO alpha-2 or alpha-3 code), or empty when none is packaged. */
  static Optional<byte[]> of(String country) throws IOException {
    String code = alpha3(country.strip().toUpperCase(Locale.ROOT));
    if (code == null) {
      return Optional.empty();
    }
    try (InputStream in = RegionOutlines.class.getResourceAsStream(FOLDER + code.toLowerCase(Locale.ROOT)
        + ".topo.json")) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    }
  }

  /** The alpha-3 code of an alpha-2 or alpha-3 one, or null for anything else. */
  private static String alpha3(String code) {
    if (code.matches("[A-Z]{3}")) {
      return code;
    }
    if (!code.matches("[A-Z]{2}")) {
      return null;
    }
    try {
      String alpha3 = new Locale("", code).getISO3Country();
      return alpha3.isEmpty() ? null : alpha3;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
