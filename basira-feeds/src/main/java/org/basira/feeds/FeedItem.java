package org.basira.feeds;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a feed: the page it links to and what the feed itself says about it.
 *
 * @param link the item's page, absolute; null when the item links nowhere
 * @param title the item's title, or null
 * @param published when the feed says it was published (else updated), or null
 * @param summary the feed's own text of the item (description or content) as plain text, or null
 */
public record FeedItem(URI link, String title, Instant published, String summary) {
}
