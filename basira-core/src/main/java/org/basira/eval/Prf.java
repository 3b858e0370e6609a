package org.basira.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Precision, recall and F1, each rounded to four places, or null where undefined.
 *
 * <p>{@code P = tp / predicted} (0 when nothing was predicted but gold exists, else null);
 * {@code R = tp / gold} (null without gold); {@code F1 = 2PR / (P + R)}, 0 when P or R is 0 or
 * only one of them is defined, null when neither is.
 */
public record Prf(Double precision, Double recall, Double f1) {

  public static Prf of(long tp, long predicted, long gold) {
    Double p = predicted > 0 ? Double.valueOf((double) tp / predicted) : gold > 0 ? Double.valueOf(0.0) : null;
    Double r = gold > 0 ? Double.valueOf((double) tp / gold) : null;
    Double f;
    if (p == null && r == null) {
      f = null;
    } else if (p == null || r == null || p == 0.0 || r == 0.0) {
      f = 0.0;
    } else {
      f = 2 * p * r / (p + r);
    }
    return new Prf(round(p), round(r), round(f));
  }

  /** A share rounded to four places, or null when there is nothing to share. */
  public static Double ratio(long part, long whole) {
    return whole == 0 ? null : round((double) part / whole);
  }

  /** Rounds half to even on the exact binary value, as Python's {@code round(x, 4)} does. */
  static Double round(Double x) {
    if (x == null) {
      return null;
    }
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }
}
