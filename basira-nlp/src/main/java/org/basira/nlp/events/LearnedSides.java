package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.basira.model.Actor;
import org.basira.nlp.Tokens;

/**
 * Fills a side the rules of {@link Participants} left empty with the participant the side model
 * finds likeliest in the trigger's sentence ("imposed blockades in parts of Darfur", "sent a team
 * to the hospital", "demanded an explanation from the prime minister"). A side the rules filled with
 * a named actor is kept: they are precise where they speak; one they filled only with described
 * participants is replaced when the model doubts them all. The model proposes; a candidate is taken
 * only when its side is its likeliest reading and at least {@link #LEAST} likely.
 */
final class LearnedSides {

  /** How likely a candidate's side must be for it to be taken. */
  static final double LEAST = 0.5;
  /** How unlikely the model must find every described participant of a side before it replaces them. */
  static final double DOUBTED = 0.1;

  private final SideModel model;

  LearnedSides(SideModel model) {
    this.model = model;
  }

  /** A candidate participant: the token and what it stands for. */
  record Candidate(int token, EventActors.Reading reading) {
  }

  /**
   * The candidates for an event's sides in its sentence: every token that names an actor or heads a
   * phrase describing a participant, the trigger's own words aside (its object when that names an actor).
   */
  static List<Candidate> candidates(Tokens tokens, EventActors actors, Trigger trigger) {
    int s = tokens.sentence(trigger.head());
    List<Candidate> candidates = new ArrayList<>();
    for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
      if (t >= trigger.first() && t <= trigger.last() && t != trigger.object() || t == trigger.head()) {
        continue;
      }
      EventActors.Reading reading = actors.peek(t);
      if (reading == null || reading.kind().equals("described") && (tokens.relation(t).equals("compound")
          || t == trigger.object())) {
        continue;
      }
      candidates.add(new Candidate(t, reading));
    }
    return candidates;
  }

  /** What the rules made of a candidate: "source", "target" or "none". */
  static String ruled(Participants.Sides sides, EventActors.Reading reading) {
    return sides.source().contains(reading.id()) ? "source" : sides.target().contains(reading.id()) ? "target" : "none";
  }

  /**
   * The sides, each completed where the model is sure enough: an empty side gets the likeliest
   * candidate; a side the rules filled only with described participants ("the act", "a plan") is
   * replaced when the model finds none of them likely ({@link #DOUBTED}) and a candidate likely.
   * The source is touched only where {@code sourceToo}.
   */
  Participants.Sides complete(Tokens tokens, EventActors actors, Trigger trigger, Participants.Sides sides,
      boolean sourceToo) {
    boolean redoSource = sourceToo && open(sides.source());
    boolean redoTarget = open(sides.target());
    if (!redoSource && !redoTarget) {
      return sides;
    }
    Choice source = new Choice(sides.source());
    Choice target = new Choice(sides.target());
    for (Candidate c : candidates(tokens, actors, trigger)) {
      Map<String, Double> p = model.read(SideFeatures.of(tokens, trigger, c.token(), c.reading().kind(),
          ruled(sides, c.reading())));
      double s = p.getOrDefault(SideModel.SOURCE, 0.0);
      double t = p.getOrDefault(SideModel.TARGET, 0.0);
      double n = p.getOrDefault(SideModel.NEITHER, 0.0);
      String id = c.reading().id();
      if (redoSource && !sides.target().contains(id)) {
        source.weigh(c, id, s, s >= t && s >= n);
      }
      if (redoTarget && !sides.source().contains(id)) {
        target.weigh(c, id, t, t >= s && t >= n);
      }
    }
    List<String> sourceIds = source.ids(actors);
    List<String> targetIds = new ArrayList<>(target.ids(actors));
    targetIds.removeAll(sourceIds);
    return new Participants.Sides(sourceIds, List.copyOf(targetIds));
  }

  /** Whether the model may fill or redo a side: empty, or holding only participants the text describes. */
  private static boolean open(List<String> side) {
    return side.isEmpty() || side.stream().allMatch(EventActors::isDescribed);
  }

  /** One side being decided: the rules' members, how likely the model finds them, and its best other candidate. */
  private static final class Choice {
    private final List<String> ruled;
    private double ruledP;
    private Candidate best;
    private double bestP = LEAST;

    Choice(List<String> ruled) {
      this.ruled = ruled;
    }

    void weigh(Candidate c, String id, double p, boolean likeliest) {
      if (ruled.contains(id)) {
        ruledP = Math.max(ruledP, p);
      } else if (likeliest && p >= bestP) {
        bestP = p;
        best = c;
      }
    }

    List<String> ids(EventActors actors) {
      if (best == null || !ruled.isEmpty() && ruledP >= DOUBTED) {
        return ruled;
      }
      Actor actor = actor(actors, best);
      return actor == null ? ruled : List.of(actor.id());
    }
  }

  /** The candidate as the article's actor, recorded now that an event uses it. */
  private static Actor actor(EventActors actors, Candidate c) {
    Actor named = actors.at(c.token());
    return named != null ? named : actors.described(c.token());
  }
}
