package org.basira.nlp.events;

import java.util.Locale;

/** What an argument of an event trigger is to the event: who acts, who is acted on, or where. */
enum Role {
  SOURCE, TARGET, PLACE, NONE;

  static Role parse(String text, String where) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(text.trim())) {
        return role;
      }
    }
    throw new IllegalStateException(where + ": '" + text + "' is not a role; write source, target, place or none");
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
