package org.basira.store;

/** What storing one analysed article did to the workspace. */
public enum Stored {
  /** An article the workspace did not have. */
  NEW,
  /** A changed text from a source already stored; it replaced the old one. */
  UPDATED,
  /** The same text was already stored; nothing changed. */
  UNCHANGED
}
