package org.basira.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  private Feed parse(String xml, String base) throws FeedException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), base == null ? null : URI.create(base));
  }

  @Test
  void anRss2FeedGivesEachItemsLinkTitleDateAndTextWithoutMarkup() throws Exception {
    Feed feed = parse("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Border Desk</title><link>https://news.example/</link>
          <description>Reports</description>
          <item><title>Talks resume in the capital</title><link>https://news.example/a/1</link>
            <pubDate>Tue, 14 Dec 2021 08:30:00 GMT</pubDate>
            <description>&lt;p&gt;Envoys met &lt;b&gt;again&lt;/b&gt;.&lt;/p&gt;</description></item>
          <item><title>Second</title><link>/a/2</link></item>
        </channel></rss>""", "https://news.example/feed.xml");
    assertThat(feed.title()).isEqualTo("Border Desk");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().get(0);
    assertThat(first.link()).isEqualTo(URI.create("https://news.example/a/1"));
    assertThat(first.title()).isEqualTo("Talks resume in the capital");
    assertThat(first.published()).isEqualTo(Instant.parse("2021-12-14T08:30:00Z"));
    assertThat(first.summary()).isEqualTo("Envoys met again.");
    assertThat(feed.items().get(1).link()).as("relative to the feed's address")
        .isEqualTo(URI.create("https://news.example/a/2"));
  }

  @Test
  void anAtomFeedGivesTheAlternateLinkAndFallsBackToTheUpdatedDate() throws Exception {
    Feed feed = parse("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Field notes</title><id>urn:uuid:1</id>
          <updated>2022-01-03T10:00:00Z</updated>
          <entry><title type="html">Convoy &lt;em&gt;stopped&lt;/em&gt;</title><id>urn:uuid:2</id>
            <link rel="alternate" href="https://notes.example/convoy"/>
            <link rel="enclosure" href="https://notes.example/convoy.mp3"/>
            <updated>2022-01-02T09:00:00Z</updated>
            <summary>A convoy was stopped at the crossing.</summary></entry>
        </feed>""", null);
    FeedItem item = feed.items().get(0);
    assertThat(item.link()).isEqualTo(URI.create("https://notes.example/convoy"));
    assertThat(item.title()).isEqualTo("Convoy stopped");
    assertThat(item.published()).isEqualTo(Instant.parse("2022-01-02T09:00:00Z"));
    assertThat(item.summary()).isEqualTo("A convoy was stopped at the crossing.");
  }

  @Test
  void anItemWhoseOnlyIdentifierIsNoWebAddressLinksNowhere() throws Exception {
    Feed feed = parse("""
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
          <item><title>No page</title><guid isPermaLink="false">tag:x.example,2021:7</guid></item>
          <item><title>Local file</title><link>file:///etc/passwd</link></item>
        </channel></rss>""", "https://x.example/rss");
    assertThat(feed.items()).extracting(FeedItem::link).containsOnlyNulls();
  }

  @Test
  void htmlOrBrokenXmlIsRefusedWithASentenceThatSaysWhatToCheck() {
    assertThatThrownBy(() -> parse("<html><body>Not a feed</body></html>", null))
        .isInstanceOf(FeedException.class).hasMessageContaining("is not an RSS or Atom feed");
    assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><title>cut", null))
        .isInstanceOf(FeedException.class).hasMessageContaining("check the address");
  }

  @Test
  void aDocumentTypeDeclarationIsRefusedSoNoExternalEntityIsRead() {
    assertThatThrownBy(() -> parse("""
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>
        <rss version="2.0"><channel><title>&x;</title><link>https://x.example/</link><description>d</description>
        </channel></rss>""", null)).isInstanceOf(FeedException.class);
  }
}
