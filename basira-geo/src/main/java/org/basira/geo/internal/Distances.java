package org.basira.geo.internal;

/** Distances on the earth's surface. */
public final class Distances {

  private static final double EARTH_RADIUS_KM = 6371.0;

  private Distances() {
  }

  /**
   * The great-circle distance between two points in kilometres, by the haversine formula:
   * d = 2r · asin(√(sin²(Δφ/2) + cos φ₁ · cos φ₂ · sin²(Δλ/2))).
   */
  public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
