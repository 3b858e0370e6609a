package org.basira.nlp.attributions;

import static org.basira.nlp.attributions.SpeechClauses.isPunctuation;
import static org.basira.nlp.attributions.SpeechClauses.isQuoteMark;
import static org.basira.nlp.attributions.SpeechClauses.words;

import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorMentions;
import org.basira.nlp.attributions.SpeechClauses.Cue;

/**
 * Reporting clauses read from the words, for a cue whose speaker or content the parse does not
 * give: the speaker is the noun right before the speech verb and the content the clause after it
 * or around it. Whether the noun can speak and how far its phrase reaches, {@link SpeechClauses}
 * says.
 */
final class SurfaceClauses {

  private final SpeechLexicon lexicon;
  private final SpeechClauses speakers;

  SurfaceClauses(SpeechLexicon lexicon, SpeechClauses speakers) {
    this.lexicon = lexicon;
    this.speakers = speakers;
  }

  /**
   * The shape of a reporting clause read from the words when the parse misses it, as it does
   * around relative clauses and parentheticals: a finite speech verb with a speaker right before it
   * (or before a parenthesis set off by commas: "An official, who asked not to be named, said ...")
   * and a clause after it ("... say the retreat was disorderly"), or set off in the middle of its
   * content ("The groups, Khin said, are fighting ...").
   */
  Draft clause(Tokens tokens, Layout layout, ActorMentions actors, Cue cue) {
    int v = cue.anchor();
    int sentence = tokens.sentence(v);
    int sentenceFirst = tokens.sentenceStart(sentence);
    int sentenceLast = tokens.sentenceEnd(sentence) - 1;
    String tag = tokens.tag(v);
    boolean finite = tag.equals("VBZ") || tag.equals("VBD") || tag.equals("VBP")
        || tag.equals("VB") && v > 0 && !tokens.tag(v - 1).equals("TO") && !tokens.tag(v - 1).equals("MD");
    if (cue.tokens().size() > 1 || !finite
        || layout.isHeading(sentence) || tokens.child(v, "xcomp") >= 0 || objectOnly(tokens, v)) {
      return null; // "claim to defend", "rejected the findings and described ...": no clause
    }
    int speaker = v - 1;
    while (speaker > sentenceFirst && tokens.tag(speaker).startsWith("RB")) {
      speaker--;
    }
    if (speaker > sentenceFirst && tokens.word(speaker).equals(",")) {
      int open = speaker - 1;
      while (open > sentenceFirst && open > speaker - 16 && !tokens.word(open).equals(",")) {
        open--;
      }
      String opener = tokens.word(open + 1).toLowerCase(Locale.ROOT);
      if (!tokens.word(open).equals(",") || !Set.of("who", "which", "a", "an", "the").contains(opener)) {
        return null;
      }
      speaker = open - 1;
    }
    if (speaker > sentenceFirst && tokens.isVerb(speaker)) {
      // "Soldiers who fought there say ...": the noun before the relative pronoun
      for (int t = speaker - 1; t > sentenceFirst && t >= speaker - 6; t--) {
        if (tokens.tag(t).equals("WP") || tokens.tag(t).equals("WDT")) {
          speaker = t - 1;
          break;
        }
      }
    }
    if (speaker < sentenceFirst || !(tokens.isNoun(speaker) || tokens.tag(speaker).equals("PRP"))) {
      return null;
    }
    speaker = ownerOfPlace(tokens, speaker, sentenceFirst);
    if (!speakers.canSpeak(tokens, actors, speaker, cue)) {
      return null;
    }
    int[] span = speakers.speakerSpan(tokens, speaker);
    while (span[0] > sentenceFirst && (tokens.isProperNoun(span[0] - 1) || tokens.isAdjective(span[0] - 1)
        || tokens.isNoun(span[0] - 1))) {
      span[0]--;
    }
    span[1] = Math.min(span[1], speaker);
    int first;
    int last = sentenceLast;
    int cueLast = v;
    if (v + 1 <= sentenceLast && tokens.word(v + 1).equals(",")) {
      if (span[0] <= sentenceFirst || !tokens.word(span[0] - 1).equals(",")) {
        return null;
      }
      first = sentenceFirst; // set off in the middle of its content
    } else {
      first = v + 1;
      if (first <= sentenceLast && tokens.word(first).equalsIgnoreCase("that")) {
        cueLast = first;
        first++;
      }
    }
    while (last > first && isPunctuation(tokens, last) && !isQuoteMark(tokens.word(last))) {
      last--;
    }
    if (words(tokens, first, last) < 3 || first > v && !startsClause(tokens, first, last, v)
        || first < v && !hasFiniteVerb(tokens, first, last, v)) {
      return null;
    }
    Draft draft = new Draft(speaker, tokens.start(span[0]), tokens.end(span[1]), tokens.start(v), tokens.end(cueLast),
        tokens.start(first), tokens.end(last), sentence);
    return draft;
  }

  private static boolean hasFiniteVerb(Tokens tokens, int first, int last, int except) {
    for (int t = first; t <= last; t++) {
      String tag = tokens.tag(t);
      if (t != except && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb's object is only an object: no finite verb follows it but one coordinated
   * with the cue itself ("rejected the findings and described the operation as ...").
   */
  private static boolean objectOnly(Tokens tokens, int v) {
    int object = tokens.child(v, "obj");
    if (object < 0) {
      return false;
    }
    int end = tokens.sentenceEnd(tokens.sentence(v));
    for (int t = object + 1; t < end; t++) {
      String tag = tokens.tag(t);
      if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
        return tokens.head(t) == v && tokens.relation(t).startsWith("conj");
      }
    }
    return true;
  }

  /**
   * Whether tokens {@code first}..{@code last} open with a clause: a subject (a name, noun,
   * pronoun, determiner or number) and then a finite verb before any "that", "of" or "whether"
   * ("the retreat was disorderly", not "claims that ..." or "of its interests").
   */
  private static boolean startsClause(Tokens tokens, int first, int last, int cue) {
    String tag = tokens.tag(first);
    if (!(tokens.isNoun(first) || tag.equals("PRP") || tag.equals("DT") || tag.equals("CD") || tag.equals("JJ")
        || tag.equals("PRP$") || tag.equals("EX") || tag.equals("WP") || tag.equals("IN") && first < cue)) {
      return false;
    }
    for (int t = first + 1; t <= last; t++) {
      String at = tokens.tag(t);
      if (at.equals("VBD") || at.equals("VBZ") || at.equals("VBP") || at.equals("MD")) {
        return true;
      }
      String word = tokens.word(t).toLowerCase(Locale.ROOT);
      if (t != cue && (word.equals("that") || word.equals("whether") || at.equals("WDT") || at.equals("TO")
          || at.startsWith("VB"))) {
        return false;
      }
    }
    return false;
  }

  /**
   * "An official in Nairobi", "diplomats on both sides": the speaking noun before a prepositional
   * phrase, not the noun at its end.
   */
  private int ownerOfPlace(Tokens tokens, int noun, int sentenceFirst) {
    int t = noun;
    while (t > sentenceFirst && (tokens.isNoun(t - 1) || tokens.tag(t - 1).equals("DT") || tokens.isAdjective(t - 1)
        || tokens.tag(t - 1).equals("CD"))) {
      t--;
    }
    if (t - 2 >= sentenceFirst && tokens.tag(t - 1).equals("IN") && tokens.isNoun(t - 2)
        && lexicon.speakerNouns().contains(tokens.lemma(t - 2).toLowerCase(Locale.ROOT))
        && !lexicon.speakerNouns().contains(tokens.lemma(noun).toLowerCase(Locale.ROOT))) {
      return t - 2;
    }
    if (t - 2 >= sentenceFirst && tokens.tag(t - 1).equals("IN") && tokens.isNoun(t - 2) && tokens.isProperNoun(noun)
        && lexicon.speakerNouns().contains(tokens.lemma(t - 2).toLowerCase(Locale.ROOT))) {
      return t - 2;
    }
    return noun;
  }
}
