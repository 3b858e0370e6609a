package org.basira.read;

import java.util.stream.Stream;

/**
 * Turns one input into articles. A reader never throws for bad content: every problem becomes a
 * {@link ReadResult.Failure} naming the input, so one bad article never stops a batch. The stream
 * may be lazy (JSON Lines reads a line at a time) and must be closed.
 */
public interface ArticleReader {

  Stream<ReadResult> read(Input input);
}
