package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.nlp.Tokens;

/**
 * The actors an argument of an event refers to: its own mention, the words coordinated with it, an
 * actor in its modifiers; a relative pronoun stands for the noun its clause modifies, "it"/"they"/"its"
 * for the nearest earlier subject that is a group, state or organisation, "he"/"she" for the nearest
 * earlier person.
 */
final class Referents {

  private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose", "that");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "their", "them", "itself",
      "themselves");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "his", "him", "she", "her", "himself", "herself");
  /** How many sentences back a pronoun may look for its antecedent. */
  private static final int PRONOUN_REACH = 2;

  private final EventLexicon lexicon;

  Referents(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds the actors {@code argument} names to the side {@code role} says; other roles add none. */
  void add(Role role, Tokens tokens, EventActors actors, int argument, Set<String> source,
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
  Actor pronoun(Tokens tokens, EventActors actors, int t) {
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
