package org.basira.scenarios;

/** Where a scenario stands: its weighted inconsistency, its posterior, and its rank (1 is best). */
public record Standing(String scenario, double weightedInconsistency, double posterior, int rank) {
}
