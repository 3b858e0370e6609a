package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.nlp.Tokens;

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
  private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose", "that");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "their", "them", "itself",
      "themselves");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "his", "him", "she", "her", "himself", "herself");
  /** How many sentences back a pronoun may look for its antecedent. */
  private static final int PRONOUN_REACH = 2;

  private final EventLexicon lexicon;

  Participants(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Sides of(Tokens tokens, EventActors actors, Trigger trigger) {
    Set<String> source = new LinkedHashSet<>();
    Set<String> target = new LinkedHashSet<>();
    if (trigger.isNoun()) {
      noun(tokens, actors, trigger, trigger.head(), source, target);
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
          add(pattern.role("subj", Role.SOURCE), tokens, actors, c, source, target);
        }
        hasSubject = true;
      } else if (relation.equals("nsubj:pass")) {
        if (c != trigger.object()) {
          add(pattern.role("obj", Role.TARGET), tokens, actors, c, source, target);
        }
        hasSubject = true;
      } else if ((relation.equals("obj") || relation.equals("iobj")) && c != trigger.object()) {
        addObject(tokens, actors, pattern, c, source, target);
      } else if (relation.startsWith("obl") || relation.equals("nmod")) {
        Phrase phrase = phrase(tokens, c);
        if (phrase.preposition().equals("by") && passive(tokens, v)) {
          add(pattern.role("subj", Role.SOURCE), tokens, actors, phrase.head(), source, target);
        } else if (!phrase.preposition().isEmpty()) {
          add(pattern.role(phrase.preposition(), lexicon.verbPrepositions.getOrDefault(phrase.preposition(), Role.NONE)),
              tokens, actors, phrase.head(), source, target);
        }
      }
    }
    if (trigger.object() >= 0) {
      if (actors.at(trigger.object()) != null) {
        add(pattern.role("obj", Role.TARGET), tokens, actors, trigger.object(), source, target); // "formed militias"
      } else if (!lexicon.nounPatterns(tokens.lemma(trigger.object())).isEmpty()) {
        nounArguments(tokens, actors, pattern, trigger.object(), source, target); // "launched attacks on X"
      } else {
        add(pattern.role("obj", Role.TARGET), tokens, actors, trigger.object(), source, target); // "freed prisoners"
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
          for (Actor actor : resolve(tokens, actors, c)) {
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
          for (Actor actor : resolve(tokens, actors, c)) {
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
        add(Role.TARGET, tokens, actors, object, source, target);
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
    Sides inner = eventArguments(tokens, actors, object);
    if (inner != null) {
      (role == Role.SOURCE ? source : target).addAll(inner.source().isEmpty() ? inner.target() : inner.source());
      return;
    }
    add(role, tokens, actors, object, source, target);
  }

  /**
   * A subject that is itself an event acts through whoever that event names: in "a joint raid by
   * Iraqi and US forces killed fifteen militants" the forces killed. False if the subject names an
   * actor or is no event.
   */
  private boolean eventSubject(Tokens tokens, EventActors actors, EventPattern pattern, int subject,
      Set<String> source, Set<String> target) {
    Sides inner = eventArguments(tokens, actors, subject);
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

  /** The sides an event noun names inside its own phrase, or null for a word that names an actor or is no event. */
  private Sides eventArguments(Tokens tokens, EventActors actors, int noun) {
    List<EventPattern> patterns = lexicon.nounPatterns(tokens.lemma(noun));
    if (patterns.isEmpty() || !resolve(tokens, actors, noun).isEmpty()) {
      return null;
    }
    Set<String> source = new LinkedHashSet<>();
    Set<String> target = new LinkedHashSet<>();
    nounArguments(tokens, actors, patterns.get(0), noun, source, target);
    return new Sides(List.copyOf(source), List.copyOf(target));
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
        add(pattern.role("obj", Role.TARGET), tokens, actors, governor, source, target);
        return;
      }
      if (relation.equals("acl") || relation.equals("acl:relcl")) {
        // "militants attacking the base": the noun acts; a noun that names no one is a misattached
        // participle ("attacks in the governorates, killing soldiers"), whose clause's subject acts.
        if (actors.at(governor) != null || pronoun(tokens, actors, governor) != null) {
          add(role, tokens, actors, governor, source, target);
          return;
        }
        int clause = clauseOf(tokens, governor);
        int subject = clause < 0 ? -1 : subjectOf(tokens, clause);
        if (subject >= 0) {
          add(role, tokens, actors, subject, source, target);
        }
        return;
      } else if (!(relation.equals("xcomp") || relation.equals("advcl") || relation.equals("conj"))) {
        return;
      }
      if (relation.equals("xcomp")) {
        int controller = tokens.child(governor, "obj");
        if (controller >= 0 && !resolve(tokens, actors, controller).isEmpty()) {
          add(role, tokens, actors, controller, source, target);
          if (!lexicon.jointGovernors.contains(tokens.lemma(governor).toLowerCase(Locale.ROOT))) {
            return;
          }
        }
      }
      int subject = subjectOf(tokens, governor);
      if (subject >= 0) {
        add(role, tokens, actors, subject, source, target);
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

  private static boolean hasOf(Tokens tokens, int n) {
    for (int c : tokens.children(n)) {
      if (tokens.relation(c).startsWith("nmod") && tokens.caseMarker(c).equals("of")) {
        return true;
      }
    }
    return false;
  }

  private static int subjectOf(Tokens tokens, int v) {
    for (int c : tokens.children(v)) {
      if (tokens.relation(c).equals("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  private void noun(Tokens tokens, EventActors actors, Trigger trigger, int n, Set<String> source,
      Set<String> target) {
    EventPattern pattern = trigger.pattern();
    nounArguments(tokens, actors, pattern, n, source, target);
    // A nominal event carried by a support verb takes the verb's subject: "ISIS launched attacks".
    int governor = tokens.head(n);
    String relation = tokens.relation(n);
    if (governor >= 0 && tokens.isVerb(governor) && (relation.equals("obj") || relation.equals("nsubj:pass"))
        && lexicon.isSupportVerb(tokens, governor)) {
      for (int c : tokens.children(governor)) {
        String r = tokens.relation(c);
        if (r.equals("nsubj")) {
          add(Role.SOURCE, tokens, actors, c, source, target);
        } else if (r.startsWith("obl")) {
          Phrase phrase = phrase(tokens, c);
          add(nounRole(pattern, phrase.preposition()), tokens, actors, phrase.head(), source, target);
        }
      }
    }
    // "engaged in negotiations with Iran", "its participation in the war": who takes part acts.
    if (governor >= 0 && (relation.startsWith("obl") || relation.startsWith("nmod"))
        && lexicon.participationWords.contains(tokens.lemma(governor).toLowerCase(Locale.ROOT))) {
      for (int c : tokens.children(governor)) {
        String r = tokens.relation(c);
        if (r.startsWith("nsubj") || r.equals("nmod:poss")) {
          add(Role.SOURCE, tokens, actors, c, source, target);
        }
      }
    }
    // "the services gained experience during the war on ISIS": who goes through a war against
    // someone fights in it. Only an active subject: "civilians were killed during the war" did not.
    if (source.isEmpty() && !target.isEmpty()) {
      int verb = circumstanceOf(tokens, n);
      int subject = verb < 0 ? -1 : subjectOf(tokens, verb);
      if (subject >= 0) {
        add(Role.SOURCE, tokens, actors, subject, source, target);
      }
    }
  }

  /**
   * The verb whose circumstance nominal event {@code n} is ("during the war", "in the midst of
   * mobilising"), or -1.
   */
  private int circumstanceOf(Tokens tokens, int n) {
    int phrase = n;
    int governor = tokens.head(n);
    String preposition = tokens.caseMarker(n);
    if (governor >= 0 && tokens.relation(n).equals("nmod") && preposition.equals("of")) {
      String complex = complexPreposition(tokens, governor);
      if (complex == null) {
        return -1;
      }
      preposition = complex;
      phrase = governor;
      governor = tokens.head(governor);
    }
    return governor >= 0 && tokens.relation(phrase).startsWith("obl") && tokens.isVerb(governor)
        && lexicon.circumstancePrepositions.contains(preposition) ? governor : -1;
  }

  /** A phrase that is an argument: its preposition and its head word. */
  private record Phrase(String preposition, int head) {
  }

  /**
   * The preposition and head of the phrase headed by {@code c}, reading a preposition of several
   * words as the one it means: in "in front of ISIS" the preposition is "before" and the head "ISIS".
   */
  private Phrase phrase(Tokens tokens, int c) {
    String complex = complexPreposition(tokens, c);
    if (complex != null) {
      for (int g : tokens.children(c)) {
        if (tokens.relation(g).startsWith("nmod") && tokens.caseMarker(g).equals("of")) {
          return new Phrase(complex, g);
        }
      }
    }
    return new Phrase(tokens.caseMarker(c), c);
  }

  /**
   * The one preposition that noun {@code c} with its own preposition and an "of" after it stands
   * for ("in front of": before), or null where they make none.
   */
  private String complexPreposition(Tokens tokens, int c) {
    return lexicon.complexPrepositions.get(tokens.caseMarker(c) + " " + tokens.lemma(c).toLowerCase(Locale.ROOT) + " of");
  }

  /** The arguments inside a noun phrase headed by an event noun. */
  private void nounArguments(Tokens tokens, EventActors actors, EventPattern pattern, int n, Set<String> source,
      Set<String> target) {
    for (int c : tokens.children(n)) {
      String relation = tokens.relation(c);
      if (relation.equals("nmod:poss")) {
        add(pattern.role("poss", Role.SOURCE), tokens, actors, c, source, target);
      } else if (relation.equals("amod") && lexicon.theatreNouns.contains(pattern.lemma())) {
        continue; // "the Syrian war" is fought in Syria, by whoever the sentence says
      } else if ((relation.equals("compound") || relation.equals("amod")) && actors.at(c) != null) {
        // "the US assassination of X": with an "of" phrase for the target, the name before the noun acts.
        add(hasOf(tokens, n) ? Role.SOURCE : pattern.role("poss", Role.SOURCE), tokens, actors, c, source, target);
      } else if (relation.equals("acl") && tokens.isVerb(c)) {
        participle(tokens, actors, pattern, c, source, target);
      } else if (relation.equals("nmod") || relation.startsWith("nmod:") && !relation.equals("nmod:tmod")) {
        Phrase phrase = phrase(tokens, c);
        add(nounRole(pattern, phrase.preposition()), tokens, actors, phrase.head(), source, target);
      }
    }
  }

  /**
   * A participle on an event noun names more of its sides: "the support provided to the government"
   * (to: target), "strikes carried out by the coalition" (by: source), "protests condemning the
   * presence" (object: target).
   */
  private void participle(Tokens tokens, EventActors actors, EventPattern pattern, int p, Set<String> source,
      Set<String> target) {
    for (int c : tokens.children(p)) {
      String relation = tokens.relation(c);
      if (relation.equals("obj") && tokens.tag(p).equals("VBG")) {
        add(Role.TARGET, tokens, actors, c, source, target);
      } else if (relation.startsWith("obl") && !tokens.caseMarker(c).equals("of")) {
        Phrase phrase = phrase(tokens, c);
        add(nounRole(pattern, phrase.preposition()), tokens, actors, phrase.head(), source, target);
      }
    }
  }

  /** The role of a phrase with {@code preposition} in a nominal event: the pattern's, else the grammar's. */
  private Role nounRole(EventPattern pattern, String preposition) {
    return preposition.isEmpty() ? Role.NONE
        : pattern.role(preposition, lexicon.nounPrepositions.getOrDefault(preposition, Role.NONE));
  }

  private static boolean passive(Tokens tokens, int v) {
    return tokens.child(v, "aux:pass") >= 0 || tokens.child(v, "nsubj:pass") >= 0;
  }


  private void add(Role role, Tokens tokens, EventActors actors, int argument, Set<String> source,
      Set<String> target) {
    if (role != Role.SOURCE && role != Role.TARGET) {
      return;
    }
    for (Actor actor : resolve(tokens, actors, argument)) {
      (role == Role.SOURCE ? source : target).add(actor.id());
    }
  }

  /**
   * The actors an argument names: its own mention, those of words it is coordinated with ("A and
   * B"), or, for a head that names no actor, an actor in its modifiers ("the rulers of Kurdistan",
   * "ISIS elements"); pronouns are resolved.
   */
  List<Actor> resolve(Tokens tokens, EventActors actors, int argument) {
    List<Actor> found = new ArrayList<>();
    collect(tokens, actors, argument, found, 0);
    return found;
  }

  private void collect(Tokens tokens, EventActors actors, int t, List<Actor> found, int depth) {
    if (depth > 3 || tokens.ner(t).equals("DATE")) {
      return;
    }
    Actor actor = named(tokens, actors, t, 0);
    // A place is kept too: it stands for whoever holds it when it is acted on ("attacks on Kirkuk").
    if (actor != null && !found.contains(actor)) {
      found.add(actor);
    }
    for (int c : tokens.children(t)) {
      if (tokens.relation(c).equals("conj")) {
        collect(tokens, actors, c, found, depth + 1);
      }
    }
  }

  /**
   * The actor word {@code t} names: itself, a pronoun's antecedent, or an actor in its modifiers
   * ("the rulers of Kurdistan", "a number of its forces", "American bases").
   */
  private Actor named(Tokens tokens, EventActors actors, int t, int depth) {
    Actor actor = actors.at(t);
    if (actor == null) {
      actor = pronoun(tokens, actors, t);
    }
    for (int i = 0; actor == null && depth < 2 && i < tokens.children(t).length; i++) {
      int c = tokens.children(t)[i];
      String relation = tokens.relation(c);
      if (relation.equals("compound") || relation.equals("amod") || relation.equals("nmod:poss")
          || relation.equals("appos") || relation.equals("nmod") && tokens.caseMarker(c).equals("of")) {
        actor = named(tokens, actors, c, depth + 1);
      }
    }
    return actor;
  }

  /** The actor a pronoun refers to, or null for a word that is no pronoun or has no antecedent. */
  private Actor pronoun(Tokens tokens, EventActors actors, int t) {
    String word = tokens.word(t).toLowerCase(Locale.ROOT);
    if (RELATIVE.contains(word) && (tokens.tag(t).startsWith("W") || word.equals("that"))) {
      for (int v = tokens.head(t), steps = 0; v >= 0 && steps < 3; v = tokens.head(v), steps++) {
        if (tokens.relation(v).equals("acl:relcl")) {
          int noun = tokens.head(v);
          return noun >= 0 ? actorNear(tokens, actors, noun) : null;
        }
      }
      return null;
    }
    boolean group = GROUP_PRONOUNS.contains(word);
    boolean person = PERSON_PRONOUNS.contains(word);
    if (!group && !person || !tokens.tag(t).startsWith("PRP")) {
      return null;
    }
    Actor beneficiary = beneficiary(tokens, actors, t);
    if (beneficiary != null && !person) {
      return beneficiary;
    }
    int sentence = tokens.sentence(t);
    int stop = tokens.sentenceStart(Math.max(0, sentence - PRONOUN_REACH));
    Actor fallback = null;
    for (int a = t - 1; a >= stop; a--) {
      Actor actor = actors.mentions().at(a);
      if (actor == null || (actor.type() == ActorType.PERSON) != person || actor.type() == ActorType.PLACE) {
        continue;
      }
      if (tokens.relation(a).startsWith("nsubj") || subjectMention(tokens, actors, a)) {
        return actor;
      }
      if (fallback == null) {
        fallback = actor;
      }
    }
    return fallback;
  }

  /**
   * For a possessive in a phrase of a verb that acts for its object, that object: in "supported the
   * government in its war" the war is the government's. Null otherwise.
   */
  private Actor beneficiary(Tokens tokens, EventActors actors, int possessive) {
    int noun = tokens.head(possessive);
    int verb = noun < 0 ? -1 : tokens.head(noun);
    if (!tokens.relation(possessive).equals("nmod:poss") || verb < 0 || !tokens.relation(noun).startsWith("obl")
        || !lexicon.benefactiveVerbs.contains(tokens.lemma(verb).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int object = tokens.child(verb, "obj");
    Actor actor = object < 0 ? null : actors.at(object);
    return actor == null || actor.type() == ActorType.PLACE || actor.type() == ActorType.PERSON ? null : actor;
  }

  /** Whether token {@code a} is inside a mention whose head word is a subject. */
  private static boolean subjectMention(Tokens tokens, EventActors actors, int a) {
    int head = tokens.head(a);
    return head >= 0 && actors.mentions().at(head) == actors.mentions().at(a) && tokens.relation(head).startsWith("nsubj");
  }

  private static Actor actorNear(Tokens tokens, EventActors actors, int noun) {
    Actor actor = actors.at(noun);
    if (actor != null) {
      return actor;
    }
    for (int c : tokens.children(noun)) {
      String relation = tokens.relation(c);
      if (relation.equals("compound") || relation.equals("amod") || relation.equals("nmod")) {
        actor = actors.at(c);
        if (actor != null) {
          return actor;
        }
      }
    }
    return null;
  }
}
