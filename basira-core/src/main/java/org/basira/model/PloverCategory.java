package org.basira.model;

/**
 * The sixteen event categories of the PLOVER ontology (manual v2.0 draft), from verbal
 * cooperation through material conflict, each with its quad class and a conflict–cooperation score.
 *
 * <p>The score is the Goldstein (1992) weight of the CAMEO root code the category descends from
 * (PLOVER's CAMEO conversion table), on a scale from -10 (most conflictual) to +10 (most
 * cooperative); where PLOVER merged several roots, the mean of their weights:
 * ASSAULT = mean(assault -9.0, fight -10.0, mass violence -10.0) = -9.7; AGREE and CONCEDE/RETREAT
 * take express-intent-to-cooperate 4.0 and yield 5.0. It is a per-category weight for aggregates
 * (sums and means over time), not a judgement of one event.
 */
public enum PloverCategory {
  AGREE(QuadClass.VERBAL_COOPERATION, 4.0),
  CONSULT(QuadClass.VERBAL_COOPERATION, 1.0),
  SUPPORT(QuadClass.VERBAL_COOPERATION, 3.5),
  CONCEDE(QuadClass.VERBAL_COOPERATION, 5.0),
  COOPERATE(QuadClass.MATERIAL_COOPERATION, 6.0),
  AID(QuadClass.MATERIAL_COOPERATION, 7.0),
  RETREAT(QuadClass.MATERIAL_COOPERATION, 5.0),
  REQUEST(QuadClass.VERBAL_CONFLICT, -5.0),
  ACCUSE(QuadClass.VERBAL_CONFLICT, -2.0),
  REJECT(QuadClass.VERBAL_CONFLICT, -4.0),
  THREATEN(QuadClass.VERBAL_CONFLICT, -6.0),
  SANCTION(QuadClass.VERBAL_CONFLICT, -4.0),
  PROTEST(QuadClass.MATERIAL_CONFLICT, -6.5),
  MOBILIZE(QuadClass.MATERIAL_CONFLICT, -7.2),
  COERCE(QuadClass.MATERIAL_CONFLICT, -7.0),
  ASSAULT(QuadClass.MATERIAL_CONFLICT, -9.7);

  private final QuadClass quadClass;
  private final double cooperationScore;

  PloverCategory(QuadClass quadClass, double cooperationScore) {
    this.quadClass = quadClass;
    this.cooperationScore = cooperationScore;
  }

  /** Which of the four aggregate classes the category belongs to (PLOVER's quad categories). */
  public QuadClass quadClass() {
    return quadClass;
  }

  /** From -10 (most conflictual) to +10 (most cooperative); see the class comment for its source. */
  public double cooperationScore() {
    return cooperationScore;
  }
}
