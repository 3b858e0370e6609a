package org.basira.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * Reads RSS and Atom with Rome. Rome detects the format and the encoding (byte-order mark, XML
 * declaration) and refuses document type declarations, so a feed cannot pull in external
 * entities. Relative links are resolved against the address the feed came from.
 */
public final class FeedParser {

  /** The feed in {@code xml}, fetched from {@code base} (for relative links; null for a file). */
  public Feed parse(byte[] xml, URI base) throws FeedException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
    } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
      throw new FeedException("is not an RSS or Atom feed that Basira can read (" + firstLine(e.getMessage())
          + "); check the address, or open it in a browser to see what it serves", e);
    } catch (IOException e) {
      throw new FeedException("could not be read as XML (" + firstLine(e.getMessage()) + ")", e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      items.add(new FeedItem(link(entry, base), plain(entry.getTitle()), instant(entry), summary(entry)));
    }
    return new Feed(plain(feed.getTitle()), items);
  }

  /** The entry's page: its alternate link, else its link, else a guid that is an address. */
  private static URI link(SyndEntry entry, URI base) {
    List<String> candidates = new ArrayList<>();
    for (SyndLink l : entry.getLinks()) {
      if (l.getRel() == null || l.getRel().equals("alternate")) {
        candidates.add(l.getHref());
      }
    }
    candidates.add(entry.getLink());
    candidates.add(entry.getUri());
    for (String c : candidates) {
      URI uri = absolute(c, base);
      if (uri != null) {
        return uri;
      }
    }
    return null;
  }

  private static URI absolute(String href, URI base) {
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(href.strip());
      if (!uri.isAbsolute()) {
        if (base == null) {
          return null;
        }
        uri = base.resolve(uri);
      }
      String scheme = uri.getScheme();
      // A guid such as "urn:uuid:…" or "tag:…" names the item but is no page.
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant instant(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  private static String summary(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String text = plain(content.getValue());
      if (text != null) {
        return text;
      }
    }
    return entry.getDescription() == null ? null : plain(entry.getDescription().getValue());
  }

  /** Feeds carry HTML in titles and descriptions; the text is what matters here. */
  private static String plain(String html) {
    if (html == null) {
      return null;
    }
    String text = Jsoup.parse(html).text().strip();
    return text.isEmpty() ? null : text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
