package org.basira.nlp.events;

import static org.basira.nlp.events.Participants.subjectOf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;
import org.basira.nlp.events.Participants.Sides;
import org.basira.nlp.events.Prepositions.Phrase;

/**
 * The sides of a nominal event: the possessor and a name before the noun act ("the US
 * assassination", "Iran's support"), its prepositional phrases and participles take the roles of
 * the pattern or the grammar ("the departure of US forces"), a support verb's subject acts
 * ("launched attacks"), and so does whoever takes part in it or goes through it ("engaged in
 * negotiations", "during the war on ISIS").
 */
final class NominalEvents {

  private final EventLexicon lexicon;
  private final Referents referents;
  private final Prepositions prepositions;

  NominalEvents(EventLexicon lexicon, Referents referents, Prepositions prepositions) {
    this.lexicon = lexicon;
    this.referents = referents;
    this.prepositions = prepositions;
  }

  void noun(Tokens tokens, EventActors actors, Trigger trigger, int n, Set<String> source,
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
          referents.add(Role.SOURCE, tokens, actors, c, source, target);
        } else if (r.startsWith("obl")) {
          Phrase phrase = prepositions.phrase(tokens, c);
          referents.add(nounRole(pattern, phrase.preposition()), tokens, actors, phrase.head(), source, target);
        }
      }
    }
    // "engaged in negotiations with Iran", "its participation in the war": who takes part acts.
    if (governor >= 0 && (relation.startsWith("obl") || relation.startsWith("nmod"))
        && lexicon.participationWords.contains(tokens.lemma(governor).toLowerCase(Locale.ROOT))) {
      for (int c : tokens.children(governor)) {
        String r = tokens.relation(c);
        if (r.startsWith("nsubj") || r.equals("nmod:poss")) {
          referents.add(Role.SOURCE, tokens, actors, c, source, target);
        }
      }
    }
    // "the brigade hardened during the war on the insurgents": who goes through a war against
    // someone fights in it. Only an active subject: "civilians were killed during the war" did not.
    if (source.isEmpty() && !target.isEmpty()) {
      int verb = circumstanceOf(tokens, n);
      int subject = verb < 0 ? -1 : subjectOf(tokens, verb);
      if (subject >= 0) {
        referents.add(Role.SOURCE, tokens, actors, subject, source, target);
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
      String complex = prepositions.complexPreposition(tokens, governor);
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

  /** The arguments inside a noun phrase headed by an event noun. */
  void nounArguments(Tokens tokens, EventActors actors, EventPattern pattern, int n, Set<String> source,
      Set<String> target) {
    for (int c : tokens.children(n)) {
      String relation = tokens.relation(c);
      if (relation.equals("nmod:poss")) {
        referents.add(pattern.role("poss", Role.SOURCE), tokens, actors, c, source, target);
      } else if (relation.equals("amod") && lexicon.theatreNouns.contains(pattern.lemma())) {
        continue; // "the Syrian war" is fought in Syria, by whoever the sentence says
      } else if ((relation.equals("compound") || relation.equals("amod")) && actors.at(c) != null) {
        // "the US assassination of X": with an "of" phrase for the target, the name before the noun acts.
        referents.add(hasOf(tokens, n) ? Role.SOURCE : pattern.role("poss", Role.SOURCE), tokens, actors, c, source, target);
      } else if (relation.equals("acl") && tokens.isVerb(c)) {
        participle(tokens, actors, pattern, c, source, target);
      } else if (relation.equals("nmod") || relation.startsWith("nmod:") && !relation.equals("nmod:tmod")) {
        Phrase phrase = prepositions.phrase(tokens, c);
        referents.add(nounRole(pattern, phrase.preposition()), tokens, actors, phrase.head(), source, target);
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
        referents.add(Role.TARGET, tokens, actors, c, source, target);
      } else if (relation.startsWith("obl") && !tokens.caseMarker(c).equals("of")) {
        Phrase phrase = prepositions.phrase(tokens, c);
        referents.add(nounRole(pattern, phrase.preposition()), tokens, actors, phrase.head(), source, target);
      }
    }
  }

  /** The role of a phrase with {@code preposition} in a nominal event: the pattern's, else the grammar's. */
  private Role nounRole(EventPattern pattern, String preposition) {
    return preposition.isEmpty() ? Role.NONE
        : pattern.role(preposition, lexicon.nounPrepositions.getOrDefault(preposition, Role.NONE));
  }

  private static boolean hasOf(Tokens tokens, int n) {
    for (int c : tokens.children(n)) {
      if (tokens.relation(c).startsWith("nmod") && tokens.caseMarker(c).equals("of")) {
        return true;
      }
    }
    return false;
  }

  /** The sides an event noun names inside its own phrase, or null for a word that names an actor or is no event. */
  Sides eventArguments(Tokens tokens, EventActors actors, int noun) {
    List<EventPattern> patterns = lexicon.nounPatterns(tokens.lemma(noun));
    if (patterns.isEmpty() || !referents.resolve(tokens, actors, noun).isEmpty()) {
      return null;
    }
    Set<String> source = new LinkedHashSet<>();
    Set<String> target = new LinkedHashSet<>();
    nounArguments(tokens, actors, patterns.get(0), noun, source, target);
    return new Sides(List.copyOf(source), List.copyOf(target));
  }
}
