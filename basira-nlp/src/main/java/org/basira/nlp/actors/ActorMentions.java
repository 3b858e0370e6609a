package org.basira.nlp.actors;

import java.util.Arrays;
import java.util.List;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Mention;
import org.basira.nlp.Tokens;

/** Which actor each token names, from the actor stage's mentions. */
public final class ActorMentions {

  private final List<Actor> actors;
  private final int[] actorAt;

  public ActorMentions(Tokens tokens, List<Actor> actors) {
    this.actors = actors;
    this.actorAt = new int[tokens.size()];
    Arrays.fill(actorAt, -1);
    for (int a = 0; a < actors.size(); a++) {
      for (Mention mention : actors.get(a).mentions()) {
        for (int t = tokens.tokenAt(mention.start()); t < tokens.size() && tokens.start(t) < mention.end(); t++) {
          actorAt[t] = a;
        }
      }
    }
  }

  /** The actor token {@code t} is part of a mention of, or null. */
  public Actor at(int t) {
    return t >= 0 && t < actorAt.length && actorAt[t] >= 0 ? actors.get(actorAt[t]) : null;
  }

  /** The first actor mentioned among tokens {@code first}..{@code last}, or null. */
  public Actor within(int first, int last) {
    for (int t = Math.max(first, 0); t <= last && t < actorAt.length; t++) {
      if (actorAt[t] >= 0) {
        return actors.get(actorAt[t]);
      }
    }
    return null;
  }

  public boolean isPerson(int t) {
    Actor actor = at(t);
    return actor != null && actor.type() == ActorType.PERSON;
  }
}
