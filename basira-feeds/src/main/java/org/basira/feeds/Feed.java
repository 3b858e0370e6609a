package org.basira.feeds;

import java.util.List;

/**
 * A news feed as read: RSS (0.9x, 1.0, 2.0) or Atom.
 *
 * @param title the feed's title, or null
 * @param items its items in the order the feed lists them
 */
public record Feed(String title, List<FeedItem> items) {

  public Feed {
    items = List.copyOf(items);
  }
}
