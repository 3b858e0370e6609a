package org.basira.store;

/** What a workspace holds, in counts. */
public record Overview(long articles, long actors, long attributions, long events, long scenarioReferences) {
}
