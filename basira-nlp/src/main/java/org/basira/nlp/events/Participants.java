package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.nlp.Tokens;
import org.basira.nlp.events.Prepositions.Phrase;

/**
 * Source and target of an event from the dependency structure, as the actor stage's actors.
 *
 * <ul>
 *   <li>verbs: the subject acts and the object is acted on; in the passive, the subject is acted on
 *       and "by X" acts; prepositions take the roles of {@code grammar.yaml} ("against X": target);
 *   <li>a verb without a subject of its own takes its governor's: "prompted factions to demand"
 *       (the object controls), "attacked the base, killing ..." (the subject does), "led the
 *       coalition to invade" (both do);
 *   <li>nouns: the possessor and a name before the noun act ("the US assassination", "Iran's
 *       support"); "of X" is the target, or the source where the pattern says so ("the departure of
 *       US forces"); a nominal event that is the object of a support verb takes the verb's subject
 *       ("launched attacks"), and one that someone takes part in takes part's subject ("engaged in
 *       negotiations"); a national adjective on a war names its place, not a side ("the Syrian war");
 *   <li>a pattern may override a slot ("receive aid subj:target from:source").
 * </ul>
 *
 * <p>Arguments that are pronouns are resolved: a relative pronoun to the noun its clause modifies,
 * "it"/"they"/"its" to the nearest earlier subject that is a group, state or organisation, "he"/"she"
 * to the nearest earlier person.
 *
 * <p>{@link NominalEvents} reads the sides of an event noun, {@link Referents} the actors an argument
 * names and {@link Prepositions} the preposition a phrase stands for.
 */
final class Participants {

  /** Who acts and who is acted on, as actor ids in text order. */
  record Sides(List<String> source, List<String> target) {
  }

  /** Prepositions whose object a verb acts on when it has no object of its own ("fired on protesters"). */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("on", "at", "against", "upon", "into");
  /** Prepositions that name the other side of a relation or of what is given or denied. */
  private static final Set<String> RELATION_PREPOSITIONS = Set.of("with", "to", "on", "against", "for", "toward",
      "towards", "into", "from", "over");

  private final EventLexicon lexicon;
  private final Referents referents;
  private final Prepositions prepositions;
  private final NominalEvents nominal;

  Participants(EventLexicon lexicon) {
    this.lexicon = lexicon;
    this.referents = new Referents(lexicon);
    this.prepositions = new Prepositions(lexicon);
    this.nominal = new NominalEvents(lexicon, referents, prepositions);
  }

  Sides of(Tokens tokens, EventActors actors, Trigger trigger) {
    Set<String> source = new LinkedHashSet<>();
    Set<String> target = new LinkedHashSet<>();
    if (trigger.isNoun()) {
      nominal.noun(tokens, actors, trigger, trigger.head(), source, target);
    } else {
      verb(tokens, actors, trigger, source, target);
    }
    described(tokens, actors, trigger, source, target);
    target.removeAll(source);
    return new Sides(List.copyOf(source), List.copyOf(target));
  }

  private void verb(Tokens tokens, EventActors actors, Trigger trigger, Set<String> source, Set<String> target) {
    EventPattern pattern = trigger.pattern();
    int v = trigger.head();
    boolean hasSubject = false;
    for (int c : tokens.children(v)) {
      String relation = tokens.relation(c);
      if (relation.equals("nsubj") || relation.equals("csubj")) {
        if (!eventSubject(tokens, actors, pattern, c, source, target)) {
          referents.add(pattern.role("subj", Role.SOURCE), tokens, actors, c, source, target);
        }
        hasSubject = true;
      } else if (relation.equals("nsubj:pass")) {
        if (c != trigger.object()) {
          referents.add(pattern.role("obj", Role.TARGET), tokens, actors, c, source, target);
        }
        hasSubject = true;
      } else if ((relation.equals("obj") || relation.equals("iobj")) && c != trigger.object()) {
        addObject(tokens, actors, pattern, c, source, target);
      } else if (relation.startsWith("obl") || relation.equals("nmod")) {
        Phrase phrase = prepositions.phrase(tokens, c);
        if (phrase.preposition().equals("by") && passive(tokens, v)) {
          referents.add(pattern.role("subj", Role.SOURCE), tokens, actors, phrase.head(), source, target);
        } else if (!phrase.preposition().isEmpty()) {
          referents.add(pattern.role(phrase.preposition(), lexicon.verbPrepositions.getOrDefault(phrase.preposition(), Role.NONE)),
              tokens, actors, phrase.head(), source, target);
        }
      }
    }
    if (trigger.object() >= 0) {
      if (actors.at(trigger.object()) != null) {
        referents.add(pattern.role("obj", Role.TARGET), tokens, actors, trigger.object(), source, target); // "formed militias"
      } else if (!lexicon.nounPatterns(tokens.lemma(trigger.object())).isEmpty()) {
        nominal.nounArguments(tokens, actors, pattern, trigger.object(), source, target); // "launched attacks on X"
      } else {
        referents.add(pattern.role("obj", Role.TARGET), tokens, actors, trigger.object(), source, target); // "freed prisoners"
      }
    }
    if (!hasSubject) {
      inheritSubject(tokens, actors, pattern, v, source, target);
    }
    if (target.isEmpty() && pattern.role("obj", Role.TARGET) == Role.TARGET) {
      complementTarget(tokens, actors, v, source, target);
    }
  }

  /**
   * Where the arguments name no actor, the participants the text describes: the subject as source
   * ("dozens of students staged a protest"), the object, passive subject or complement's object as
   * target ("opened fire on protesters", "freed 40 activists"), or for a nominal event its "of"
   * phrase ("the killing of civilians"). Only a side left empty is filled, and only when the pattern
   * gives the slot that role.
   */
  private void described(Tokens tokens, EventActors actors, Trigger trigger, Set<String> source, Set<String> target) {
    EventPattern pattern = trigger.pattern();
    int h = trigger.head();
    if (source.isEmpty() && pattern.role("subj", Role.SOURCE) == Role.SOURCE && !trigger.isNoun()) {
      describe(actors, tokens.child(h, "nsubj"), source, target);
    }
    if (!target.isEmpty() || pattern.role("obj", Role.TARGET) != Role.TARGET) {
      return;
    }
    if (relationalTarget(tokens, actors, trigger, source, target)) {
      return;
    }
    List<Integer> candidates = new ArrayList<>();
    if (trigger.isNoun()) {
      for (int c : tokens.children(h)) {
        if (tokens.relation(c).equals("nmod") && tokens.caseMarker(c).equals("of")) {
          candidates.add(c);
        }
      }
    } else {
      candidates.add(trigger.object());
      candidates.add(tokens.child(h, "obj"));
      candidates.add(tokens.child(h, "nsubj:pass"));
      for (int c : tokens.children(h)) {
        if (tokens.relation(c).startsWith("obl") && TARGET_PREPOSITIONS.contains(tokens.caseMarker(c))) {
          candidates.add(c);
        }
      }
      for (int c : tokens.children(h)) {
        if (tokens.relation(c).equals("xcomp") || tokens.relation(c).equals("ccomp")) {
          candidates.add(tokens.child(c, "obj"));
        }
      }
    }
    for (int candidate : candidates) {
      // The event noun of a verb + object trigger ("launched attacks") is what is done, not who it is
      // done to; an event a verb acts on is its target ("condemned the shooting").
      boolean done = candidate >= 0 && candidate == trigger.object()
          && !lexicon.nounPatterns(tokens.lemma(candidate)).isEmpty();
      if (!done && describe(actors, candidate, target, source)) {
        return;
      }
    }
  }

  /**
   * A named actor in a prepositional phrase of the trigger or of its object, where nothing else gave
   * a target: the other side of a relation ("established ties with the Seychelles", "lifted the ban
   * on Cypriot ships", "announced assistance to Somalia"). Whether one was found.
   */
  private boolean relationalTarget(Tokens tokens, EventActors actors, Trigger trigger, Set<String> source,
      Set<String> target) {
    List<Integer> heads = new ArrayList<>(List.of(trigger.head()));
    int object = trigger.isNoun() ? -1 : trigger.object() >= 0 ? trigger.object() : tokens.child(trigger.head(), "obj");
    if (object >= 0) {
      heads.add(object);
    }
    for (int head : heads) {
      for (int c : tokens.children(head)) {
        String relation = tokens.relation(c);
        if ((relation.startsWith("obl") || relation.equals("nmod"))
            && RELATION_PREPOSITIONS.contains(tokens.caseMarker(c).toLowerCase(Locale.ROOT))) {
          for (Actor actor : referents.resolve(tokens, actors, c)) {
            if (!source.contains(actor.id()) && actor.type() != ActorType.PLACE) {
              target.add(actor.id());
            }
          }
        }
      }
      if (!target.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Adds the participant token {@code t} describes to {@code side}, unless it is on {@code other}; whether it did. */
  private static boolean describe(EventActors actors, int t, Set<String> side, Set<String> other) {
    Actor actor = t < 0 ? null : actors.described(t);
    if (actor == null || other.contains(actor.id())) {
      return false;
    }
    side.add(actor.id());
    return true;
  }

  /**
   * The target of a verb that says what its subject will do, did or refuses to do: whoever the
   * complement acts on ("threatened to close its borders with Kurdistan", "refused to send troops to
   * Angola", "said it will release two hostages"). A named actor among the complement's arguments
   * comes first, then the complement's object as described.
   */
  private void complementTarget(Tokens tokens, EventActors actors, int v, Set<String> source, Set<String> target) {
    for (int complement : tokens.children(v)) {
      String relation = tokens.relation(complement);
      if (!(relation.equals("xcomp") || relation.equals("ccomp")) || !tokens.isVerb(complement)) {
        continue;
      }
      int object = -1;
      for (int c : tokens.children(complement)) {
        String argument = tokens.relation(c);
        boolean prepositional = (argument.startsWith("obl") || argument.equals("nmod")) && !tokens.caseMarker(c).isEmpty();
        if (argument.equals("obj") || argument.equals("iobj") || prepositional) {
          for (Actor actor : referents.resolve(tokens, actors, c)) {
            if (!source.contains(actor.id())) {
              target.add(actor.id());
            }
          }
          if (argument.equals("obj") && object < 0) {
            object = c;
          }
        }
      }
      if (target.isEmpty() && object >= 0) {
        referents.add(Role.TARGET, tokens, actors, object, source, target);
      }
      if (!target.isEmpty()) {
        return;
      }
    }
  }

  /**
   * The object of a verb; when the object is itself an event ("demanded the departure of US
   * forces"), the verb is directed at whoever that event names.
   */
  private void addObject(Tokens tokens, EventActors actors, EventPattern pattern, int object, Set<String> source,
      Set<String> target) {
    Role role = pattern.role("obj", Role.TARGET);
    if (role == Role.NONE) {
      return;
    }
    Sides inner = nominal.eventArguments(tokens, actors, object);
    if (inner != null) {
      (role == Role.SOURCE ? source : target).addAll(inner.source().isEmpty() ? inner.target() : inner.source());
      return;
    }
    referents.add(role, tokens, actors, object, source, target);
  }

  /**
   * A subject that is itself an event acts through whoever that event names: in "a joint raid by
   * Iraqi and US forces killed fifteen militants" the forces killed. False if the subject names an
   * actor or is no event.
   */
  private boolean eventSubject(Tokens tokens, EventActors actors, EventPattern pattern, int subject,
      Set<String> source, Set<String> target) {
    Sides inner = nominal.eventArguments(tokens, actors, subject);
    if (inner == null) {
      return false;
    }
    Role role = pattern.role("subj", Role.SOURCE);
    if (role == Role.SOURCE) {
      source.addAll(inner.source());
    } else if (role == Role.TARGET) {
      target.addAll(inner.source());
    }
    return true;
  }

  private void inheritSubject(Tokens tokens, EventActors actors, EventPattern pattern, int v, Set<String> source,
      Set<String> target) {
    Role role = pattern.role("subj", Role.SOURCE);
    int t = v;
    for (int steps = 0; steps < 4; steps++) {
      String relation = tokens.relation(t);
      int governor = tokens.head(t);
      if (governor < 0) {
        return;
      }
      if (relation.equals("acl") && tokens.tag(t).equals("VBN") && t == v) {
        // "fighters accused of burning villages": a passive participle's noun is acted on.
        referents.add(pattern.role("obj", Role.TARGET), tokens, actors, governor, source, target);
        return;
      }
      if (relation.equals("acl") || relation.equals("acl:relcl")) {
        // "militants attacking the base": the noun acts; a noun that names no one is a misattached
        // participle ("attacks in the governorates, killing soldiers"), whose clause's subject acts.
        if (actors.at(governor) != null || referents.pronoun(tokens, actors, governor) != null) {
          referents.add(role, tokens, actors, governor, source, target);
          return;
        }
        int clause = clauseOf(tokens, governor);
        int subject = clause < 0 ? -1 : subjectOf(tokens, clause);
        if (subject >= 0) {
          referents.add(role, tokens, actors, subject, source, target);
        }
        return;
      } else if (!(relation.equals("xcomp") || relation.equals("advcl") || relation.equals("conj"))) {
        return;
      }
      if (relation.equals("xcomp")) {
        int controller = tokens.child(governor, "obj");
        if (controller >= 0 && !referents.resolve(tokens, actors, controller).isEmpty()) {
          referents.add(role, tokens, actors, controller, source, target);
          if (!lexicon.jointGovernors.contains(tokens.lemma(governor).toLowerCase(Locale.ROOT))) {
            return;
          }
        }
      }
      int subject = subjectOf(tokens, governor);
      if (subject >= 0) {
        referents.add(role, tokens, actors, subject, source, target);
        return;
      }
      t = governor;
    }
  }

  /** The verb whose clause noun {@code n} belongs to, through the nouns and prepositions above it; -1 if none. */
  private static int clauseOf(Tokens tokens, int n) {
    int t = n;
    for (int steps = 0; steps < 4 && t >= 0 && !tokens.isVerb(t); steps++) {
      t = tokens.head(t);
    }
    return t >= 0 && tokens.isVerb(t) ? t : -1;
  }

  static int subjectOf(Tokens tokens, int v) {
    for (int c : tokens.children(v)) {
      if (tokens.relation(c).equals("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  private static boolean passive(Tokens tokens, int v) {
    return tokens.child(v, "aux:pass") >= 0 || tokens.child(v, "nsubj:pass") >= 0;
  }

  /** The actors an argument names, as {@link Referents#resolve} reads them; pronouns are resolved. */
  List<Actor> resolve(Tokens tokens, EventActors actors, int argument) {
    return referents.resolve(tokens, actors, argument);
  }
}
