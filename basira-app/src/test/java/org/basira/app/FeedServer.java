package org.basira.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on the loopback address for tests: {@code /feed/N.xml} lists N items (RSS 2.0), each
 * linking to {@code /news/I.html}, a short page of team-written text; {@code /atom.xml} is the
 * same as Atom with 3 items; {@code /broken.xml} is cut off, {@code /down} answers 503, and
 * {@code /elsewhere.xml} links to a page under the name "localhost" rather than the feed's address.
 */
final class FeedServer implements AutoCloseable {

  private final HttpServer server;
  final AtomicInteger pagesServed = new AtomicInteger();

  FeedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed/", x -> {
      String name = x.getRequestURI().getPath().substring("/feed/".length());
      int n = Integer.parseInt(name.replace(".xml", ""));
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
          + "<title>Border Desk</title><link>" + base() + "/</link><description>Reports</description>\n");
      for (int i = 1; i <= n; i++) {
        rss.append("<item><title>Report ").append(i).append("</title><link>/news/").append(i)
            .append(".html</link><pubDate>Tue, 14 Dec 2021 08:30:00 GMT</pubDate></item>\n");
      }
      send(x, 200, "application/rss+xml", rss.append("</channel></rss>").toString());
    });
    server.createContext("/atom.xml", x -> send(x, 200, "application/atom+xml", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Field notes</title><id>urn:uuid:1</id>
          <updated>2022-01-03T10:00:00Z</updated>
          <entry><title>Note 1</title><id>urn:uuid:2</id><link href="/news/1.html"/><updated>2022-01-02T09:00:00Z</updated></entry>
          <entry><title>Note 2</title><id>urn:uuid:3</id><link href="/news/2.html"/><updated>2022-01-02T09:00:00Z</updated></entry>
          <entry><title>Untitled page</title><id>urn:uuid:4</id><link href="/bare/3.html"/><updated>2022-01-02T09:00:00Z</updated></entry>
        </feed>"""));
    server.createContext("/broken.xml", x -> send(x, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>cut"));
    server.createContext("/down", x -> send(x, 503, "text/plain", "maintenance"));
    server.createContext("/elsewhere.xml", x -> send(x, 200, "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>Elsewhere</title><link>" + base() + "</link><description>d</description>"
            + "<item><title>Away</title><link>http://localhost:" + port() + "/news/7.html</link></item></channel></rss>"));
    server.createContext("/news/", x -> {
      pagesServed.incrementAndGet();
      String i = x.getRequestURI().getPath().replaceAll("\\D", "");
      send(x, 200, "text/html; charset=utf-8", "<html><head><title>Report " + i + "</title>"
          + "<meta property=\"og:site_name\" content=\"Border Desk\"></head><body><article><p>Hezbollah fired rockets at "
          + "a border town, report number " + i + " of the week said.</p></article></body></html>");
    });
    server.createContext("/bare/", x -> {
      pagesServed.incrementAndGet();
      send(x, 200, "text/html", "<html><body><p>Talks on the crossing resumed without a word on the page's title.</p></body></html>");
    });
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String base() {
    return "http://127.0.0.1:" + port();
  }

  String feed(int items) {
    return base() + "/feed/" + items + ".xml";
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
