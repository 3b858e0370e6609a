package org.basira.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.basira.feeds.internal.Addresses;

/**
 * Fetches feeds and pages over HTTP(S) within {@link WebLimits}. Redirects are followed here, one
 * hop at a time, so that each hop is checked as the first address was: only http and https
 * (never file:, ftp: or jar:), and no private address unless allowed. The body is read up to
 * the size limit and refused beyond it; the whole fetch, redirects and body included, must end
 * within the timeout.
 *
 * <p>The address is checked when it is resolved here; the HTTP client resolves it again when it
 * connects, so a name whose DNS answer changes in between (rebinding) is not caught. Running
 * Basira where private services matter behind a proxy or a firewall closes that gap.
 */
public final class Web {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final String USER_AGENT = "Basira (+https://github.com/basira; feed follower)";

  private final HttpClient client;
  private final WebLimits limits;

  public Web(WebLimits limits) {
    this.limits = limits;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(limits.timeout())
        .build();
  }

  public WebLimits limits() {
    return limits;
  }

  /**
   * The body at {@code uri}. {@code trustedHosts} may be on a private address even when the limits
   * forbid it: a feed the user named on an intranet host may link to pages on that host.
   */
  public Page get(URI uri, Set<String> trustedHosts) throws FetchException {
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    URI current = uri;
    for (int hop = 0; ; hop++) {
      check(current, trustedHosts);
      HttpResponse<InputStream> response = send(current, deadline);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        close(response.body());
        if (hop >= limits.maxRedirects()) {
          throw new FetchException("redirects more than " + limits.maxRedirects() + " times; open it in a browser to see where it leads");
        }
        String location = response.headers().firstValue("location").orElseThrow(
            () -> new FetchException("answered HTTP " + status + " (a redirect) without saying where to"));
        current = resolve(current, location);
        continue;
      }
      if (status < 200 || status >= 300) {
        close(response.body());
        throw new FetchException("answered HTTP " + status + (status == 404 || status == 410
            ? "; the page is gone or the address is wrong" : status >= 500 ? "; the server is failing, try again later" : ""));
      }
      long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
      if (declared > limits.maxBytes()) {
        close(response.body());
        throw tooLarge();
      }
      byte[] body = read(response.body(), deadline);
      return new Page(current, response.headers().firstValue("content-type").orElse(null), body);
    }
  }

  private void check(URI uri, Set<String> trustedHosts) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("is a " + (scheme.isEmpty() ? "relative" : scheme + ":") + " address, which Basira never "
          + "fetches; only http and https");
    }
    String host = uri.getHost();
    if (host == null || host.isEmpty()) {
      throw new FetchException("has no host name");
    }
    if (limits.privateAddresses() || trustedHosts.contains(host.toLowerCase(Locale.ROOT))) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw new FetchException("names a host that does not resolve (" + host + "); check the address or the network");
    }
    for (InetAddress address : addresses) {
      if (Addresses.isPrivate(address)) {
        throw new FetchException("is on a private address (" + host + " is " + address.getHostAddress()
            + "), which Basira does not fetch for a feed unless private addresses are allowed (--allow-private)");
      }
    }
  }

  private static URI resolve(URI from, String location) throws FetchException {
    try {
      return from.resolve(new URI(location.strip()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException("redirects to an address that is not valid (" + location + ")");
    }
  }

  private HttpResponse<InputStream> send(URI uri, long deadline) throws FetchException {
    Duration left = Duration.ofNanos(deadline - System.nanoTime());
    if (left.isNegative() || left.isZero()) {
      throw tooSlow();
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(left)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException("could not be reached within " + seconds(limits.timeout()) + "; the server may be down", e);
    } catch (HttpTimeoutException e) {
      throw tooSlow();
    } catch (ConnectException e) {
      throw new FetchException("could not be reached (the connection was refused); the server may be down", e);
    } catch (IOException e) {
      throw new FetchException("could not be fetched (" + (e.getMessage() == null ? e.getClass().getSimpleName()
          : e.getMessage()) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("was not fetched: Basira was interrupted", e);
    } catch (IllegalArgumentException e) {
      throw new FetchException("is not an address Basira can fetch (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The body, read until the size limit or the deadline: a server that trickles bytes is cut off
   * by closing the stream from a timer, which ends a blocked read.
   */
  private byte[] read(InputStream body, long deadline) throws FetchException {
    AtomicBoolean late = new AtomicBoolean();
    long left = Math.max(1, deadline - System.nanoTime());
    CompletableFuture.runAsync(() -> {
      late.set(true);
      close(body);
    }, CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try (body) {
      for (int n; (n = body.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > limits.maxBytes()) {
          throw tooLarge();
        }
      }
    } catch (IOException e) {
      if (late.get()) {
        throw tooSlow();
      }
      throw new FetchException("broke off while sending (" + e.getMessage() + ")", e);
    }
    if (late.get() && System.nanoTime() > deadline) {
      throw tooSlow();
    }
    return out.toByteArray();
  }

  private FetchException tooLarge() {
    return new FetchException("is larger than " + megabytes(limits.maxBytes()) + ", more than Basira fetches (--max-size)");
  }

  private FetchException tooSlow() {
    return new FetchException("took longer than " + seconds(limits.timeout()) + " to answer in full (--timeout)");
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }

  private static String megabytes(long bytes) {
    return bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // Nothing more is read from it either way.
    }
  }
}
