package org.basira.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A folder of Parquet analysis tables that the workspace reads in place.
 *
 * @param articles how many articles its tables hold
 * @param present whether the folder is still there; a missing one is left out of every query
 */
public record Attachment(Path folder, Instant attachedAt, long articles, boolean present) {
}
