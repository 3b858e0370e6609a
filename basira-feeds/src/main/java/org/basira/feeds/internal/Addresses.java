package org.basira.feeds.internal;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Which addresses belong to this machine or a private network rather than the public internet. */
public final class Addresses {

  private Addresses() {
  }

  /**
   * Whether {@code address} is not a public internet address: unspecified, loopback, link-local
   * (which holds cloud metadata services at 169.254.169.254), RFC 1918 site-local, multicast,
   * shared address space (100.64.0.0/10, carrier-grade NAT), 0.0.0.0/8, or IPv6 unique-local
   * (fc00::/7). IPv4-mapped IPv6 addresses arrive here as IPv4, as Java maps them.
   */
  public static boolean isPrivate(InetAddress address) {
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc;
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second < 128);
  }
}
