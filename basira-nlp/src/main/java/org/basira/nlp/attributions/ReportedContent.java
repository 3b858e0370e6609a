package org.basira.nlp.attributions;

import static org.basira.nlp.attributions.SpeechClauses.baseRelation;
import static org.basira.nlp.attributions.SpeechClauses.isPunctuation;
import static org.basira.nlp.attributions.SpeechClauses.isQuoteMark;
import static org.basira.nlp.attributions.SpeechClauses.isSetOff;

import java.util.List;
import java.util.Locale;
import org.basira.nlp.Tokens;
import org.basira.nlp.attributions.SpeechClauses.Cue;

/**
 * Where the content of a cue with a speaker lies, one shape after another: the clausal complement
 * ("Allawi points out that ..."), or the complement the parser left loose, or a small clause; a
 * quotation after the cue's clause ("He asserts: '...'"); the content before its speech verb
 * ("..., Al-Dulaimi says"; "as X put it, ..."); a complement cut off by a broken layout; a clause
 * after a colon. The first shape that fits gives the span; trimming takes its edges off.
 */
final class ReportedContent {

  private final SpeechLexicon lexicon;

  ReportedContent(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The content of {@code cue}, whose speaker is {@code speaker}, as {first, last, ...}: the first
   * shape that fits, in the order above; null where none does.
   */
  int[] span(Tokens tokens, Layout layout, List<Quote> quotes, Cue cue, int speaker) {
    int[] content = complementSpan(tokens, cue);
    if (content == null) {
      content = quoteAfterColon(tokens, quotes, cue, speaker);
    }
    if (content == null) {
      content = contentBefore(tokens, cue);
    }
    if (content == null) {
      content = acrossBrokenLayout(tokens, layout, cue);
    }
    if (content == null) {
      content = afterColon(tokens, cue, speaker);
    }
    return content;
  }

  /**
   * The clausal complement of a cue word, from its first token (after "that") to the end of the
   * cue's clause when it follows the cue; returned as {first, last, complement head}.
   */
  private int[] complementSpan(Tokens tokens, Cue cue) {
    int complement = -1;
    for (int t : cue.tokens()) {
      for (int c : tokens.children(t)) {
        if (!cue.has(c) && tokens.relation(c).equals("ccomp")) {
          complement = c;
          break;
        }
      }
      if (complement >= 0) {
        break;
      }
    }
    if (complement < 0) {
      int[] loose = looseComplement(tokens, cue);
      return loose != null ? loose : smallClause(tokens, cue);
    }
    int first = tokens.subtreeFirst(complement);
    int last = tokens.subtreeLast(complement);
    if (first > cue.last()) {
      // the content runs on to the end of the cue's clause ("..., especially since ..."), short of
      // a coordinated clause with a subject of its own
      int v = cue.anchor();
      for (int c : tokens.children(v)) {
        if (c > last && !cue.has(c)) {
          String relation = baseRelation(tokens, c);
          if ((relation.equals("conj") || relation.equals("parataxis")) && tokens.child(c, "nsubj") >= 0
              && !isThatClause(tokens, c)) {
            break;
          }
          last = Math.max(last, tokens.subtreeLast(c));
        }
      }
    }
    return new int[] {first, last, complement};
  }

  /** "... and that it is focused on ...": a clause coordinated with the complement, not a new sentence. */
  private static boolean isThatClause(Tokens tokens, int c) {
    int mark = tokens.child(c, "mark");
    return mark >= 0 && tokens.word(mark).equalsIgnoreCase("that");
  }

  /**
   * A complement the parser left loose: "agencies say Yemenis are paying the price" comes out as an
   * object and a dependent verb. The content runs from the first word after the cue to that verb's end.
   */
  private static int[] looseComplement(Tokens tokens, Cue cue) {
    int v = cue.anchor();
    for (int c : tokens.children(v)) {
      if (c > cue.last() && tokens.relation(c).equals("dep") && tokens.isVerb(c)) {
        int object = tokens.child(v, "obj");
        int first = object >= 0 && object > cue.last() && object < c ? tokens.subtreeFirst(object) : tokens.subtreeFirst(c);
        return new int[] {first, tokens.subtreeLast(c), c};
      }
    }
    return null;
  }

  /** "the tribes consider the new border a provocation": the object and its predicate. */
  private int[] smallClause(Tokens tokens, Cue cue) {
    int v = cue.anchor();
    if (cue.tokens().size() > 1 || !lexicon.smallClauseVerbs().contains(tokens.lemma(v).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int object = tokens.child(v, "obj");
    int predicate = tokens.child(v, "xcomp");
    if (object < 0 || predicate < 0 || predicate < object) {
      return null;
    }
    return new int[] {tokens.subtreeFirst(object), tokens.subtreeLast(predicate), predicate};
  }

  /** "He asserts: '...'" or "Name said, '...'": the quotation right after the cue's clause. */
  private static int[] quoteAfterColon(Tokens tokens, List<Quote> quotes, Cue cue, int speaker) {
    int sentenceEnd = tokens.sentenceEnd(tokens.sentence(cue.anchor()));
    int t = Math.max(cue.last(), speaker) + 1;
    for (int steps = 0; t < sentenceEnd && steps < 8; t++, steps++) {
      String word = tokens.word(t);
      if (word.equals(":") || word.equals(",")) {
        int open = t + 1;
        if (open < tokens.size()) {
          for (Quote quote : quotes) {
            if (quote.start() >= tokens.end(t) && tokens.text().substring(tokens.end(t), quote.start()).isBlank()) {
              int first = tokens.tokenAt(quote.contentStart());
              int last = tokens.tokenAt(Math.max(quote.contentStart(), quote.contentEnd() - 1));
              return new int[] {first, last};
            }
          }
        }
        return null;
      }
      if (tokens.isVerb(t) && !cue.has(t)) {
        return null;
      }
    }
    return null;
  }

  /**
   * The speech verb after its content: "This means ..., Al-Dulaimi says." (the cue hangs from the
   * content's clause) or "as X put it, ..." (an "as" clause hangs from the content's verb).
   */
  private static int[] contentBefore(Tokens tokens, Cue cue) {
    int v = cue.anchor();
    int head = tokens.head(v);
    if (head < 0) {
      return null;
    }
    String relation = tokens.relation(v);
    int sentence = tokens.sentence(v);
    int cueFirst = Math.min(tokens.subtreeFirst(v), cue.first());
    if (relation.equals("parataxis") && v < head && tokens.child(v, "nsubj") >= 0
        && isSetOff(tokens, Math.min(tokens.subtreeFirst(v), cue.first()), tokens.subtreeLast(v) - trailingPunctuation(tokens, v))) {
      return new int[] {tokens.sentenceStart(sentence), tokens.sentenceEnd(sentence) - 1, head}; // "A, soldiers say, B"
    }
    if (relation.equals("parataxis") && v > head) {
      int first = tokens.sentenceStart(sentence);
      int last = tokens.subtreeLast(v) < lastWord(tokens, head) ? tokens.subtreeLast(head) : cueFirst - 1;
      return new int[] {first, last, head};
    }
    int mark = tokens.child(v, "mark");
    if (baseRelation(tokens, v).equals("advcl") && mark >= 0 && tokens.word(mark).equalsIgnoreCase("as")) {
      if (v < head) {
        return new int[] {tokens.subtreeLast(v) + 1, tokens.subtreeLast(head), head};
      }
      return new int[] {tokens.subtreeFirst(head), cueFirst - 1, head};
    }
    return null;
  }

  private static int trailingPunctuation(Tokens tokens, int v) {
    int last = tokens.subtreeLast(v);
    return last > v && isPunctuation(tokens, last) ? 1 : 0;
  }

  /** The last token of {@code head}'s subtree that is not punctuation. */
  private static int lastWord(Tokens tokens, int head) {
    int last = tokens.subtreeLast(head);
    while (last > head && isPunctuation(tokens, last)) {
      last--;
    }
    return last;
  }

  /**
   * A cue cut from its complement by the layout, as in a page where a name stood on a line of its
   * own: "X told / Meydan / that ...". The cue ends its sentence without a final mark, at most two
   * short fragments follow, then a sentence that starts with "that".
   */
  private static int[] acrossBrokenLayout(Tokens tokens, Layout layout, Cue cue) {
    int sentence = tokens.sentence(cue.anchor());
    if (cue.last() != tokens.sentenceEnd(sentence) - 1) {
      return null;
    }
    for (int next = sentence + 1; next < tokens.sentences() && next <= sentence + 3; next++) {
      int first = tokens.sentenceStart(next);
      if (tokens.word(first).equals("that")) {
        return new int[] {first + 1, tokens.sentenceEnd(next) - 1};
      }
      if (tokens.sentenceEnd(next) - first > 4) {
        return null;
      }
    }
    return null;
  }

  /** "He asserts: the ministry has ...": a colon right after the cue and its speaker, no quotation. */
  private static int[] afterColon(Tokens tokens, Cue cue, int speaker) {
    int colon = Math.max(cue.last(), speaker) + 1;
    int end = tokens.sentenceEnd(tokens.sentence(cue.anchor()));
    if (colon + 1 < end && tokens.word(colon).equals(":")) {
      return new int[] {colon + 1, end - 1};
    }
    return null;
  }

  /** Drops leading punctuation and "that" from a content span. */
  static int trimStart(Tokens tokens, int first, int last) {
    while (first <= last && (isPunctuation(tokens, first) && !isQuoteMark(tokens.word(first))
        || tokens.relation(first).equals("mark") && tokens.word(first).equalsIgnoreCase("that"))) {
      first++;
    }
    return first;
  }

  /** Drops trailing punctuation and dangling conjunctions from a content span. */
  static int trimEnd(Tokens tokens, int first, int last) {
    while (last >= first && (isPunctuation(tokens, last) && !isQuoteMark(tokens.word(last))
        || tokens.tag(last).equals("CC"))) {
      last--;
    }
    return last;
  }
}
