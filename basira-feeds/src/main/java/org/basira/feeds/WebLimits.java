package org.basira.feeds;

import java.time.Duration;
import java.util.Objects;

/**
 * How far Basira goes for one address.
 *
 * @param timeout the most one fetch may take, from connecting to the last byte of the body
 * @param maxBytes the largest body read; a larger one is refused, not cut
 * @param maxRedirects how many redirects are followed
 * @param privateAddresses whether addresses on this machine or its private networks (loopback,
 *     10/8, 172.16/12, 192.168/16, link-local, unique-local IPv6) may be fetched at all; off, a
 *     feed cannot make Basira reach into the network it runs in
 */
public record WebLimits(Duration timeout, long maxBytes, int maxRedirects, boolean privateAddresses) {

  /** 30 s, 10 MB, 5 redirects, public addresses only. */
  public static final WebLimits DEFAULTS = new WebLimits(Duration.ofSeconds(30), 10L << 20, 5, false);

  public WebLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the timeout must be positive: " + timeout);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("the redirect limit cannot be negative: " + maxRedirects);
    }
  }

  public WebLimits withPrivateAddresses(boolean allowed) {
    return new WebLimits(timeout, maxBytes, maxRedirects, allowed);
  }
}
