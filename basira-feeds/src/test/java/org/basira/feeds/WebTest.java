package org.basira.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import org.basira.feeds.internal.Addresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching against a server on the loopback address, started per test. */
class WebTest {

  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/page", x -> send(x, 200, "text/html; charset=utf-8", "<p>Hello</p>"));
    server.createContext("/to-page", x -> redirect(x, "/page"));
    server.createContext("/to-file", x -> redirect(x, "file:///etc/passwd"));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext("/gone", x -> send(x, 404, "text/plain", "no"));
    server.createContext("/big", x -> send(x, 200, "text/plain", "x".repeat(5000)));
    server.createContext("/slow", x -> {
      x.sendResponseHeaders(200, 0);
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 50; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (InterruptedException | IOException e) {
        // the client hung up, as it should
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().add("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private Web web(boolean privateAllowed) {
    return new Web(new WebLimits(Duration.ofSeconds(2), 1000, 3, privateAllowed));
  }

  private URI at(String path) {
    return URI.create(base + path);
  }

  @Test
  void aPageComesWithItsMediaTypeAndCharsetAfterFollowingARedirect() throws Exception {
    Page page = web(true).get(at("/to-page"), Set.of());
    assertThat(page.uri()).isEqualTo(at("/page"));
    assertThat(page.mediaType()).isEqualTo("text/html");
    assertThat(page.charset()).isEqualTo("utf-8");
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>Hello</p>");
  }

  @Test
  void aPrivateAddressIsRefusedUnlessAllowedOrItsHostIsTrusted() throws Exception {
    assertThatThrownBy(() -> web(false).get(at("/page"), Set.of()))
        .isInstanceOf(FetchException.class).hasMessageContaining("private address").hasMessageContaining("--allow-private");
    assertThat(web(false).get(at("/page"), Set.of("127.0.0.1")).body()).isNotEmpty();
  }

  @Test
  void aRedirectToAFileOrInCirclesIsNotFollowed() {
    assertThatThrownBy(() -> web(true).get(at("/to-file"), Set.of()))
        .isInstanceOf(FetchException.class).hasMessageContaining("file: address").hasMessageContaining("only http and https");
    assertThatThrownBy(() -> web(true).get(at("/loop"), Set.of()))
        .isInstanceOf(FetchException.class).hasMessageContaining("redirects more than 3 times");
  }

  @Test
  void anErrorStatusATooLargeBodyAndATricklingServerEachSayWhatHappened() {
    assertThatThrownBy(() -> web(true).get(at("/gone"), Set.of())).hasMessageContaining("answered HTTP 404");
    assertThatThrownBy(() -> web(true).get(at("/big"), Set.of())).hasMessageContaining("is larger than 1000 bytes");
    assertThatThrownBy(() -> web(true).get(at("/slow"), Set.of())).hasMessageContaining("took longer than 2 s");
  }

  @Test
  void aServerThatIsDownIsReportedAsSuch() throws IOException {
    server.stop(0);
    assertThatThrownBy(() -> web(true).get(at("/page"), Set.of())).isInstanceOf(FetchException.class)
        .hasMessageContaining("could not be");
  }

  @Test
  void onlyHttpAndHttpsAreFetched() {
    assertThatThrownBy(() -> web(true).get(URI.create("file:///etc/passwd"), Set.of()))
        .hasMessageContaining("file: address");
  }

  @Test
  void loopbackPrivateNetworksLinkLocalAndUniqueLocalAreNotPublic() throws Exception {
    for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1"}) {
      assertThat(Addresses.isPrivate(InetAddress.getByName(a))).as(a).isTrue();
    }
    for (String a : new String[] {"8.8.8.8", "1.1.1.1", "100.128.0.1", "2001:4860:4860::8888"}) {
      assertThat(Addresses.isPrivate(InetAddress.getByName(a))).as(a).isFalse();
    }
  }
}
