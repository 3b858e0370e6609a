package org.basira.nlp.attributions;

import org.basira.nlp.actors.ActorMentions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.basira.nlp.Tokens;

/**
 * Speech marked by a phrase that names the source: "the deal failed, according to X", "in the
 * words of X, ...". The source is the phrase's noun; the content is the rest of the sentence, on
 * whichever side of the phrase carries the clause. "According to plan" names no source.
 */
final class SourcePhrases {

  private static final java.util.Set<String> OWNER_CASES = java.util.Set.of("from", "by", "of");

  private final SpeechLexicon lexicon;
  private final SpeechClauses clauses;

  SourcePhrases(SpeechLexicon lexicon, SpeechClauses clauses) {
    this.lexicon = lexicon;
    this.clauses = clauses;
  }

  List<Draft> find(Tokens tokens, Layout layout, ActorMentions actors) {
    List<Draft> drafts = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      for (List<String> phrase : lexicon.sourcePhrases()) {
        int[] match = match(tokens, t, phrase);
        if (match == null) {
          continue;
        }
        int last = match[0];
        Draft draft = draft(tokens, layout, actors, t, last, match[1]);
        if (draft != null) {
          drafts.add(draft);
          t = last;
        }
        break;
      }
    }
    return drafts;
  }

  /** The phrase's last token and its possessor (or -1), or null when it does not start at {@code t}. */
  private static int[] match(Tokens tokens, int t, List<String> phrase) {
    int end = tokens.sentenceEnd(tokens.sentence(t));
    int at = t;
    int possessor = -1;
    for (String word : phrase) {
      if (at >= end) {
        return null;
      }
      if (word.equals(SpeechLexicon.POSSESSOR)) {
        if (tokens.tag(at).equals("PRP$")) {
          possessor = at;
        } else {
          while (at + 1 < end && tokens.isProperNoun(at) && tokens.isProperNoun(at + 1)) {
            at++;
          }
          if (!tokens.isProperNoun(at) || at + 1 >= end || !tokens.tag(at + 1).equals("POS")) {
            return null;
          }
          possessor = at;
          at++; // the 's
        }
      } else if (!tokens.word(at).equalsIgnoreCase(word)) {
        return null;
      }
      at++;
    }
    return new int[] {at - 1, possessor};
  }

  private Draft draft(Tokens tokens, Layout layout, ActorMentions actors, int first, int last, int possessor) {
    int sentence = tokens.sentence(first);
    if (layout.isHeading(sentence) || layout.isQuestion(sentence)) {
      return null;
    }
    int source = possessor >= 0 ? possessor : source(tokens, first, last);
    if (source < 0 || possessor < 0 && !canSpeak(tokens, actors, source)) {
      return null;
    }
    int[] speaker = possessor >= 0 ? new int[] {possessor, possessor} : clauses.speakerSpan(tokens, source);
    if (possessor >= 0) {
      while (speaker[0] > first && tokens.isProperNoun(speaker[0] - 1)) {
        speaker[0]--;
      }
    }
    int sourceEnd = possessor >= 0 ? last : speaker[1];
    int sentenceEnd = tokens.sentenceEnd(tokens.sentence(first));
    if (possessor < 0 && sourceEnd + 2 < sentenceEnd && OWNER_CASES.contains(tokens.word(sourceEnd + 1).toLowerCase(Locale.ROOT))) {
      // "a statement from the Relief Forum": whose statement belongs to the source
      int t = sourceEnd + 2;
      while (t < sentenceEnd && (tokens.tag(t).equals("DT") || tokens.isNoun(t) || tokens.isAdjective(t)
          || tokens.tag(t).equals("POS"))) {
        t++;
      }
      sourceEnd = Math.max(sourceEnd, t - 1);
    }
    boolean atStart = SpeechClauses.words(tokens, tokens.sentenceStart(sentence), first - 1) < 3;
    if (possessor < 0 && sourceEnd + 2 < sentenceEnd && tokens.word(sourceEnd + 1).equals(",")
        && tokens.tag(sourceEnd + 2).equals("DT")) {
      // an apposition after the source ("X, a network of relief groups, ...") belongs to it; at the
      // end of the sentence it needs no closing comma
      int appositionEnd = atStart ? sourceEnd : sentenceEnd - 1;
      for (int t = sourceEnd + 2; t < sentenceEnd && t < sourceEnd + 16; t++) {
        if (tokens.word(t).equals(",")) {
          appositionEnd = t - 1;
          break;
        }
      }
      sourceEnd = appositionEnd;
    }
    int sentenceFirst = tokens.sentenceStart(sentence);
    int sentenceLast = tokens.sentenceEnd(sentence) - 1;
    int beforeWords = SpeechClauses.words(tokens, sentenceFirst, first - 1);
    int afterWords = SpeechClauses.words(tokens, sourceEnd + 1, sentenceLast);
    int from;
    int to;
    if (beforeWords < 3 && afterWords >= 3) {
      from = sourceEnd + 1;
      to = sentenceLast;
    } else if (afterWords < 4) {
      from = sentenceFirst;
      to = first - 1;
    } else {
      from = sentenceFirst;
      to = sentenceLast;
    }
    while (from <= to && (SpeechClauses.isPunctuation(tokens, from) && !SpeechClauses.isQuoteMark(tokens.word(from))
        || tokens.tag(from).equals("CC"))) {
      from++;
    }
    to = ReportedContent.trimEnd(tokens, from, to);
    if (from > to) {
      return null;
    }
    return new Draft(source, tokens.start(speaker[0]), tokens.end(speaker[1]), tokens.start(first), tokens.end(last),
        tokens.start(from), tokens.end(to), sentence);
  }

  /** The noun the phrase introduces: the one its last word marks, else the first noun after it. */
  private static int source(Tokens tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      String relation = tokens.relation(t);
      int head = tokens.head(t);
      if ((relation.equals("case") || relation.equals("mark")) && head > last) {
        return head;
      }
    }
    int end = tokens.sentenceEnd(tokens.sentence(first));
    for (int t = last + 1; t < end && t <= last + 6; t++) {
      if (tokens.isNoun(t) || tokens.tag(t).equals("PRP")) {
        int head = t;
        while (head + 1 < end && tokens.isNoun(head + 1)) {
          head++;
        }
        return head;
      }
    }
    return -1;
  }

  private boolean canSpeak(Tokens tokens, ActorMentions actors, int source) {
    String word = tokens.word(source).toLowerCase(Locale.ROOT);
    if (lexicon.nonSources().contains(word) || lexicon.nonSources().contains(tokens.lemma(source).toLowerCase(Locale.ROOT))) {
      return false;
    }
    return clauses.canSpeak(tokens, actors, source) || tokens.tag(source).equals("PRP");
  }
}
