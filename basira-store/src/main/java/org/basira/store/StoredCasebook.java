package org.basira.store;

import java.time.Instant;

/** A casebook as an ingest stored it in the workspace: its YAML as written, and where it came from. */
public record StoredCasebook(int seq, String id, String source, String yaml, Instant storedAt) {
}
