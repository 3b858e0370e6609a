package org.basira.spark;

import java.io.Serializable;

/**
 * An input that gave no analysis, for the errors table.
 *
 * @param input where it was read
 * @param problem one sentence: what is wrong and what to do
 * @param stage {@code read} or {@code analyse}
 */
record Rejected(String input, String problem, String stage) implements Serializable {
}
