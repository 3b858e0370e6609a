package org.basira.spark;

import java.io.Serializable;

/**
 * One article's analysis as it travels between Spark tasks: the contract JSON line, with the
 * article's text, which every table is derived from, as the workspace derives its tables.
 */
record Analysed(String input, String articleId, String json) implements Serializable {
}
