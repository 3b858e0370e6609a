package org.basira.nlp.attributions;

import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;

/**
 * Where the content of a speech cue lies, read off the parse around the cue's head word. The
 * learned model picks one shape per cue; each shape only says which tokens it would take, so the
 * model can weigh the shapes a sentence offers against each other.
 */
enum ContentShape {

  /** The clausal complement: "said [that the talks failed]". */
  COMPLEMENT {
    @Override
    int[] span(Tokens tokens, int cue) {
      for (int c : tokens.children(cue)) {
        String relation = tokens.relation(c);
        if (relation.equals("ccomp") || relation.equals("dep") && tokens.isVerb(c) && c > cue) {
          return subtree(tokens, c);
        }
      }
      return null;
    }
  },
  /** The infinitive complement: "wants [to end the war]", "declined [to comment]". */
  INFINITIVE {
    @Override
    int[] span(Tokens tokens, int cue) {
      int c = tokens.child(cue, "xcomp");
      return c < 0 ? null : subtree(tokens, c);
    }
  },
  /** The object: "endorsed [the plan]", "criticized [the ruling]". */
  OBJECT {
    @Override
    int[] span(Tokens tokens, int cue) {
      int c = tokens.child(cue, "obj");
      return c < 0 || c < cue ? null : subtree(tokens, c);
    }
  },
  /** Everything the cue governs after it: "called [him a liar]", "called [for a ceasefire]". */
  ARGUMENTS {
    @Override
    int[] span(Tokens tokens, int cue) {
      int first = -1;
      int last = -1;
      for (int c : tokens.children(cue)) {
        if (c < cue || SKIPPED.contains(SpeechClauses.baseRelation(tokens, c))) {
          continue;
        }
        if (first < 0) {
          first = tokens.subtreeFirst(c);
        }
        last = Math.max(last, tokens.subtreeLast(c));
      }
      return first < 0 ? null : trimmed(tokens, first, last);
    }
  },
  /**
   * The clause the cue hangs from, less the cue's own phrase: "[the talks failed], he said",
   * "according to X, [the talks failed]".
   */
  GOVERNOR {
    @Override
    int[] span(Tokens tokens, int cue) {
      int phrase = tokens.relation(cue).equals("case") || tokens.relation(cue).equals("mark") ? tokens.head(cue) : cue;
      if (phrase < 0 || tokens.head(phrase) < 0) {
        return null;
      }
      int governor = tokens.head(phrase);
      int first = tokens.subtreeFirst(governor);
      int last = tokens.subtreeLast(governor);
      int cutFirst = Math.min(tokens.subtreeFirst(phrase), subjectFirst(tokens, phrase));
      int cutLast = tokens.subtreeLast(phrase);
      return cutFirst - first >= last - cutLast ? trimmed(tokens, first, cutFirst - 1) : trimmed(tokens, cutLast + 1, last);
    }
  },
  /** The rest of the sentence after the cue: "X said: [...]", headlines "X: [...]". */
  FOLLOWING {
    @Override
    int[] span(Tokens tokens, int cue) {
      int end = tokens.sentenceEnd(tokens.sentence(cue)) - 1;
      return trimmed(tokens, cue + 1, end);
    }
  },
  /** The sentence before the cue's clause: "[The talks failed], the minister said." */
  PRECEDING {
    @Override
    int[] span(Tokens tokens, int cue) {
      int start = tokens.sentenceStart(tokens.sentence(cue));
      int before = Math.min(tokens.subtreeFirst(cue), subjectFirst(tokens, cue)) - 1;
      return trimmed(tokens, start, before);
    }
  };

  private static final Set<String> SKIPPED = Set.of("punct", "conj", "cc", "parataxis", "nsubj", "advcl", "compound");

  /** The tokens of this shape's content for the cue headed by token {@code cue}, as {first, last}, or null. */
  abstract int[] span(Tokens tokens, int cue);

  private static int[] subtree(Tokens tokens, int head) {
    return trimmed(tokens, tokens.subtreeFirst(head), tokens.subtreeLast(head));
  }

  /** The span without edge punctuation (quotation marks stay), a leading "that" or a dangling conjunction. */
  static int[] trimmed(Tokens tokens, int first, int last) {
    while (first <= last && (SpeechClauses.isPunctuation(tokens, first) && !SpeechClauses.isQuoteMark(tokens.word(first))
        || tokens.word(first).toLowerCase(Locale.ROOT).equals("that") && tokens.relation(first).equals("mark"))) {
      first++;
    }
    last = ReportedContent.trimEnd(tokens, first, last);
    return first <= last ? new int[] {first, last} : null;
  }

  /** The first token of the subject of {@code t}, or {@code t} itself when it has none. */
  private static int subjectFirst(Tokens tokens, int t) {
    int subject = tokens.child(t, "nsubj");
    return subject < 0 ? t : tokens.subtreeFirst(subject);
  }
}
