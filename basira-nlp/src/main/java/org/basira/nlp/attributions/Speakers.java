package org.basira.nlp.attributions;

import org.basira.nlp.actors.ActorMentions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.nlp.Tokens;

/**
 * Ties each speaker to the actor stage's actor. A name or description is the actor it mentions;
 * "officials of the European Union" and "a report by the UN team" speak for the actor named in
 * their "of/by" phrase; "he" and "she" are the person most likely meant; "the report" is the
 * report introduced earlier; a continuation paragraph's speaker is its predecessor's.
 */
final class Speakers {

  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "their");
  private static final Set<String> OWNER_CASES = Set.of("of", "by", "for", "from");
  /** How many sentences back a pronoun may reach for its person. */
  private static final int PRONOUN_REACH = 3;

  private final SpeechLexicon lexicon;
  private final Genders genders;

  Speakers(SpeechLexicon lexicon, Genders genders) {
    this.lexicon = lexicon;
    this.genders = genders;
  }

  void resolve(Tokens tokens, ActorMentions actors, List<Draft> drafts) {
    List<Draft> byCue = new ArrayList<>(drafts);
    byCue.sort(Comparator.comparingInt(d -> d.cueStart));
    List<Resolved> done = new ArrayList<>();
    for (Draft draft : byCue) {
      Actor actor = draft.continues != null ? actorOf(done, draft.continues) : speakerActor(tokens, actors, draft, done);
      draft.actor = actor == null ? null : actor.id();
      done.add(new Resolved(draft, actor, documentOf(tokens, draft)));
    }
  }

  /**
   * A draft with its speaker's actor, and the document noun the speaker was introduced by ("a
   * report by ..."), or null, so that a later "the report" finds it.
   */
  private record Resolved(Draft draft, Actor actor, String document) {
  }

  private String documentOf(Tokens tokens, Draft draft) {
    if (draft.speakerHead < 0) {
      return null;
    }
    String lemma = tokens.lemma(draft.speakerHead).toLowerCase(Locale.ROOT);
    return lexicon.isDocument(tokens.word(draft.speakerHead)) || lexicon.isDocument(lemma) ? lemma : null;
  }

  private static Actor actorOf(List<Resolved> done, Draft draft) {
    for (Resolved resolved : done) {
      if (resolved.draft == draft) {
        return resolved.actor;
      }
    }
    return null;
  }

  private Actor speakerActor(Tokens tokens, ActorMentions actors, Draft draft, List<Resolved> done) {
    int head = draft.speakerHead;
    if (head < 0) {
      return null;
    }
    String word = tokens.word(head).toLowerCase(Locale.ROOT);
    Actor actor = actors.at(head);
    if (actor == null && !tokens.isProperNoun(head)) {
      actor = whose(tokens, actors, head);
    }
    if (actor != null) {
      return actor;
    }
    int sentence = tokens.sentence(head);
    if (PERSON_PRONOUNS.contains(word)) {
      return person(tokens, actors, head, done);
    }
    if (GROUP_PRONOUNS.contains(word)) {
      return done.isEmpty() ? null : recentGroup(tokens, done, sentence);
    }
    String document = documentOf(tokens, draft);
    if (document != null && isDefinite(tokens, head)) {
      for (int i = done.size() - 1; i >= 0; i--) {
        Resolved earlier = done.get(i);
        if (document.equals(earlier.document) && earlier.actor != null) {
          return earlier.actor;
        }
      }
    }
    return null;
  }

  /**
   * The actor a speaking noun belongs to: "officials of the European Union", "a report by the UN
   * team", "ministry spokesman". A place only says where ("diplomats in Dakar"), so it is never it.
   */
  private static Actor whose(Tokens tokens, ActorMentions actors, int head) {
    for (int c : tokens.children(head)) {
      String relation = tokens.relation(c);
      boolean owner = c < head && (relation.equals("compound") || relation.equals("nmod:poss") || relation.equals("amod"))
          || c > head && relation.startsWith("nmod") && OWNER_CASES.contains(tokens.caseMarker(c));
      Actor actor = owner ? actors.within(tokens.subtreeFirst(c), tokens.subtreeLast(c)) : null;
      if (actor != null && actor.type() != ActorType.PLACE) {
        return actor;
      }
    }
    return null;
  }

  private static boolean isDefinite(Tokens tokens, int head) {
    int determiner = tokens.child(head, "det");
    return determiner >= 0 && Set.of("the", "this", "that").contains(tokens.word(determiner).toLowerCase(Locale.ROOT));
  }

  /**
   * The person "he" or "she" stands for: a person earlier in the same sentence who is a subject
   * ("X visited ..., and after meeting Y, he ..."); else the person who last spoke within a few
   * sentences; else the last person who was a subject there, else the last person named there.
   */
  private Actor person(Tokens tokens, ActorMentions actors, int pronoun, List<Resolved> done) {
    int sentence = tokens.sentence(pronoun);
    String word = tokens.word(pronoun);
    for (int t = pronoun - 1; t >= tokens.sentenceStart(sentence); t--) {
      if (isPerson(actors, t, word) && isSubject(tokens, t)) {
        return actors.at(t);
      }
    }
    for (int i = done.size() - 1; i >= 0; i--) {
      Resolved earlier = done.get(i);
      if (earlier.draft.sentence < sentence - PRONOUN_REACH) {
        break;
      }
      if (earlier.actor != null && earlier.actor.type() == ActorType.PERSON && genders.fits(word, earlier.actor.name())) {
        return earlier.actor;
      }
    }
    int from = tokens.sentenceStart(Math.max(0, sentence - PRONOUN_REACH));
    Actor lastNamed = null;
    for (int t = pronoun - 1; t >= from; t--) {
      if (isPerson(actors, t, word)) {
        if (isSubject(tokens, t)) {
          return actors.at(t);
        }
        if (lastNamed == null) {
          lastNamed = actors.at(t);
        }
      }
    }
    return lastNamed;
  }

  private boolean isPerson(ActorMentions actors, int t, String pronoun) {
    return actors.isPerson(t) && genders.fits(pronoun, actors.at(t).name());
  }

  private static boolean isSubject(Tokens tokens, int t) {
    int head = t;
    for (int steps = 0; steps < 4 && Set.of("flat", "compound").contains(tokens.relation(head)); steps++) {
      head = tokens.head(head);
    }
    return tokens.relation(head).startsWith("nsubj");
  }

  /** "They" after a group spoke: the group that last spoke within the last two sentences. */
  private static Actor recentGroup(Tokens tokens, List<Resolved> done, int sentence) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Resolved earlier = done.get(i);
      if (earlier.draft.sentence < sentence - 2) {
        break;
      }
      if (earlier.actor != null && earlier.actor.type() != ActorType.PERSON) {
        return earlier.actor;
      }
    }
    return null;
  }
}
