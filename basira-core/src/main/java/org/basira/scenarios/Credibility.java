package org.basira.scenarios;

/**
 * How far an item of evidence is to be believed, by who gives it. On which scenario is coming, a
 * named analyst's reasoned judgement weighs most; an official states a position his office has an
 * interest in (a vice-president reassures his citizens); a report is the outlet's own reading; an
 * unnamed source cannot be checked.
 */
public enum Credibility {
  NAMED_EXPERT("named expert", Weight.HIGH),
  OFFICIAL_STATEMENT("official statement", Weight.MEDIUM),
  REPORT("report", Weight.MEDIUM),
  ANONYMOUS_SOURCE("anonymous source", Weight.LOW);

  private final String label;
  private final Weight weight;

  Credibility(String label, Weight weight) {
    this.label = label;
    this.weight = weight;
  }

  public String label() {
    return label;
  }

  public Weight weight() {
    return weight;
  }
}
