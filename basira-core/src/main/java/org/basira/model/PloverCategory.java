package org.basira.model;

/**
 * The sixteen event categories of the PLOVER ontology (manual v2.0 draft), from verbal
 * cooperation through material conflict.
 */
public enum PloverCategory {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
  ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
}
