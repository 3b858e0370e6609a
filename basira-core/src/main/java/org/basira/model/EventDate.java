package org.basira.model;

/**
 * When an event happened: the resolved date, and the expression the text used ("last September").
 * Either may be null: an expression that cannot be resolved keeps its text with a null value.
 */
public record EventDate(PartialDate value, String text) {

  public static final EventDate UNKNOWN = new EventDate(null, null);
}
