package org.basira.gazetteer;

/** How a matched alias names its actor. */
public enum AliasKind {
  /** The name or one of its aliases: "Iraq", "PMF". */
  NAME,
  /** An adjective for it: "Iraqi". */
  DEMONYM,
  /** A plural noun for its people or members: "Iraqis". */
  PEOPLE,
  /** A state's capital, which stands for its government when used as an actor: "Washington". */
  CAPITAL
}
