package org.basira.store;

/** A stored article as a list shows it: its id, title, where it came from and when it was published. */
public record ArticleSummary(String id, String title, String source, String published, long events,
    long attributions) {
}
