package org.basira.read;

import org.basira.model.PartialDate;

/**
 * What the user said about the inputs on the command line.
 *
 * @param format forces one format for every input, or null to go by file extension
 * @param title overrides the title; only for a single input
 * @param source overrides the source; only for a single input
 * @param published the publication date of articles whose input gives none
 */
public record ReadOptions(Format format, String title, String source, PartialDate published) {

  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, null, null);
}
