package org.basira.nlp.attributions;

import org.basira.nlp.actors.ActorMentions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.model.AttributionKind;
import org.basira.nlp.Tokens;

/**
 * Ties quotations to speech. A content that lies inside one quotation is a direct quote and
 * takes all of it, over sentences and paragraphs; a content that opens a quotation is mixed and
 * runs to the quotation's end. A quote split by its attribution ("A," she said. "B.") is one. A
 * quotation no cue claims is given a speaker in two cases only: the next sentence opens with "With
 * these words" and the like, or it begins a paragraph right after a paragraph with speech (a
 * continuation). Everything else quoted (scare quotes, titles, names) is left alone.
 */
final class QuotedSpeech {

  /** Fewer words than this, quoted inside reported speech, are a scare quote, not a quoted part. */
  private static final int QUOTED_PART_WORDS = 3;
  /** Fewer words than this, quoted with no cue of its own, are never taken for speech. */
  private static final int FLOATING_WORDS = 5;

  private final SpeechLexicon lexicon;

  QuotedSpeech(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  void attach(Tokens tokens, Layout layout, List<Quote> quotes, List<Draft> drafts, SpeechClauses clauses,
      ActorMentions actors) {
    String text = tokens.text();
    Set<Quote> used = new HashSet<>();
    for (Draft draft : drafts) {
      Quote around = quotes.stream().filter(q -> q.covers(draft.contentStart, draft.contentEnd)).findFirst().orElse(null);
      if (around != null && !isTitle(tokens, around)) {
        if (draft.cueStart >= around.start() && draft.cueEnd <= around.end()) {
          continue; // speech reported inside a quotation belongs to the quoted speaker's words
        }
        draft.contentStart = around.contentStart();
        draft.contentEnd = around.contentEnd();
        draft.kind = AttributionKind.DIRECT;
        used.add(around);
        if (draft.learned) {
          Draft ruled = cueBeside(tokens, layout, around, clauses, actors);
          if (ruled != null && ruled.cueStart == draft.cueStart) {
            draft.takeSpeaker(ruled); // '"...," Allawi adds': the rule reads the speaker beside the quote
          }
        }
        continue;
      }
      for (Quote quote : quotes) {
        if (quote.start() >= draft.contentStart && quote.start() < draft.contentEnd
            && quote.words(text) >= QUOTED_PART_WORDS && !isTitle(tokens, quote)) {
          draft.kind = AttributionKind.MIXED;
          draft.contentEnd = Math.max(draft.contentEnd, quote.end());
          used.add(quote);
        }
      }
    }
    // speech reported inside a quotation is the quoted speaker's account, not an attribution
    drafts.removeIf(d -> d.kind != AttributionKind.DIRECT
        && quotes.stream().anyMatch(q -> q.contains(d.cueStart) && !isTitle(tokens, q)));
    for (Quote quote : quotes) {
      Draft draft = used.contains(quote) || isTitle(tokens, quote) ? null : cueBeside(tokens, layout, quote, clauses, actors);
      if (draft != null) {
        used.add(quote);
        drafts.add(draft);
      }
    }
    drafts.sort(Comparator.comparingInt(d -> d.contentStart));
    joinSplitQuotes(tokens, layout, quotes, drafts, used);
    List<Draft> found = new ArrayList<>();
    for (Quote quote : quotes) {
      if (used.contains(quote) || quote.words(text) < FLOATING_WORDS || isTitle(tokens, quote)) {
        continue;
      }
      Draft draft = withTheseWords(tokens, quote, clauses);
      if (draft == null) {
        draft = signed(tokens, layout, quote);
      }
      if (draft == null) {
        draft = continuation(tokens, layout, quote, drafts, found);
      }
      if (draft != null) {
        used.add(quote);
        found.add(draft);
      }
    }
    drafts.addAll(found);
    drafts.sort(Comparator.comparingInt(d -> d.contentStart));
  }

  /**
   * The news pattern the parser often gets wrong: a quotation that ends in a comma (or ? or !)
   * followed by its speech verb and speaker in either order ('"...," said Kalombo', '"...," she
   * told reporters', '"...," the ministry said in a statement').
   */
  private Draft cueBeside(Tokens tokens, Layout layout, Quote quote, SpeechClauses clauses, ActorMentions actors) {
    String text = tokens.text();
    char lastInside = text.charAt(Math.max(quote.contentStart(), quote.contentEnd() - 1));
    int t = tokens.tokenAt(quote.end());
    if (t < tokens.size() && tokens.word(t).equals(",")) {
      t++; // '"...", he said'
    } else if (",?!\u2014-".indexOf(lastInside) < 0) {
      return null;
    }
    if (t >= tokens.size() || tokens.start(t) < quote.end() || layout.paragraph(tokens.start(t)) != layout.paragraph(quote.start())) {
      return null;
    }
    int verb;
    int speaker;
    if (isSpeechVerb(tokens, t)) {
      verb = t;
      speaker = nounPhraseHead(tokens, t + 1);
    } else {
      speaker = nounPhraseHead(tokens, t);
      verb = speaker < 0 ? -1 : speaker + 1;
      while (verb >= 0 && verb < tokens.size() && tokens.tag(verb).startsWith("RB")) {
        verb++;
      }
      if (verb < 0 || verb >= tokens.size() || !isSpeechVerb(tokens, verb)) {
        return null;
      }
    }
    if (speaker < 0 || !clauses.canSpeak(tokens, actors, speaker)) {
      return null;
    }
    int[] span = clauses.speakerSpan(tokens, speaker);
    span[0] = Math.max(span[0], speaker > verb ? verb + 1 : t);
    span[1] = speaker > verb ? span[1] : Math.min(span[1], verb - 1);
    Draft draft = new Draft(speaker, tokens.start(span[0]), tokens.end(span[1]), tokens.start(verb), tokens.end(verb),
        quote.contentStart(), quote.contentEnd(), tokens.sentence(verb));
    draft.kind = AttributionKind.DIRECT;
    return draft;
  }

  private boolean isSpeechVerb(Tokens tokens, int t) {
    return tokens.isVerb(t) && lexicon.verbs().contains(tokens.lemma(t).toLowerCase(Locale.ROOT));
  }

  /** The head of the noun phrase that starts at {@code t}: its last noun, or a lone pronoun; -1 if none. */
  private static int nounPhraseHead(Tokens tokens, int t) {
    if (t >= tokens.size()) {
      return -1;
    }
    if (tokens.tag(t).equals("PRP")) {
      return t;
    }
    int head = -1;
    int end = tokens.sentenceEnd(tokens.sentence(t));
    for (int i = t; i < end && i < t + 8; i++) {
      String tag = tokens.tag(i);
      if (tokens.isNoun(i)) {
        head = i;
      } else if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.equals("POS") || tag.equals("HYPH")
          || tag.equals("CD") || tag.equals("PRP$"))) {
        break;
      }
    }
    return head;
  }

  /**
   * '"A," she said. "B."' and '"A," said X, "b."': the quotation that opens right after the cue
   * clause of a direct quote, in the same paragraph, continues it.
   */
  private static boolean opensQuote(Tokens tokens, List<Quote> quotes, int t) {
    int start = tokens.start(t);
    return SpeechClauses.isQuoteMark(tokens.word(t)) && quotes.stream().anyMatch(q -> q.start() == start);
  }

  private static void joinSplitQuotes(Tokens tokens, Layout layout, List<Quote> quotes, List<Draft> drafts,
      Set<Quote> used) {
    String text = tokens.text();
    for (Draft draft : drafts) {
      if (draft.kind != AttributionKind.DIRECT || draft.cueStart < draft.contentEnd) {
        continue;
      }
      int after = Math.max(draft.cueEnd, draft.speakerEnd);
      int cueSentence = tokens.sentence(tokens.tokenAt(draft.cueStart));
      int last = tokens.sentenceEnd(cueSentence) - 1;
      while (last > tokens.sentenceStart(cueSentence) && tokens.start(last) > draft.cueEnd
          && opensQuote(tokens, quotes, last)) {
        last--; // the tagger hangs an opening '' on the sentence before, as if it closed it
      }
      int sentenceEnd = tokens.end(last);
      for (Quote quote : quotes) {
        if (quote.start() < after || used.contains(quote)) {
          continue;
        }
        boolean next = isOnlyPunctuation(text.substring(after, quote.start()), 2)
            || quote.start() >= sentenceEnd && text.substring(sentenceEnd, quote.start()).isBlank()
            || isCueModifier(tokens, draft, after, quote.start());
        if (next && layout.paragraph(quote.start()) == layout.paragraph(draft.cueStart)
            && drafts.stream().noneMatch(d -> d != draft && quote.contains(d.cueStart))) {
          draft.contentEnd = quote.contentEnd();
          used.add(quote);
        }
        break;
      }
    }
  }

  /**
   * Whether the words between a cue clause and the next quotation only say more about the cue and
   * end in a comma: '"A," she said of the council, "B."' and '"A," he wrote in a letter to the
   * governor, "B."' are still one quote split by its attribution.
   */
  private static boolean isCueModifier(Tokens tokens, Draft draft, int from, int to) {
    int cue = tokens.tokenAt(draft.cueStart);
    int first = tokens.tokenAt(from);
    int last = tokens.tokenAt(to) - 1;
    if (cue >= tokens.size() || first > last || last - first > 16 || !tokens.word(last).equals(",")
        || tokens.sentence(first) != tokens.sentence(cue)) {
      return false;
    }
    for (int t = first; t < last; t++) {
      if (!tokens.dominates(cue, t) || SpeechClauses.isQuoteMark(tokens.word(t))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOnlyPunctuation(String between, int maxMarks) {
    String marks = between.replaceAll("\\s+", "");
    return marks.length() <= maxMarks && marks.chars().noneMatch(Character::isLetterOrDigit);
  }

  /** "'...' With these words, X tried to ...": the subject of the next sentence said it. */
  /**
   * A quotation signed with a dash and a name, as readers' voices and epigraphs are set:
   * '"..." ― Rana Aziz, Basra'. The name runs from the dash to a comma or the paragraph's end and
   * must be short and capitalised; the dash is the cue.
   */
  private static Draft signed(Tokens tokens, Layout layout, Quote quote) {
    String text = tokens.text();
    int dash = quote.end();
    while (dash < text.length() && text.charAt(dash) == ' ') {
      dash++;
    }
    if (dash >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(dash)) < 0
        || layout.paragraph(dash) != layout.paragraph(quote.start())) {
      return null;
    }
    int first = tokens.tokenAt(dash + 1);
    if (first >= tokens.size() || !tokens.isCapitalised(first) || layout.paragraph(tokens.start(first)) != layout.paragraph(dash)) {
      return null;
    }
    int last = first;
    while (last + 1 < tokens.size() && layout.paragraph(tokens.start(last + 1)) == layout.paragraph(dash)
        && !tokens.word(last + 1).equals(",") && !SpeechClauses.isPunctuation(tokens, last + 1)) {
      last++;
    }
    if (last - first >= 5) {
      return null;
    }
    Draft draft = new Draft(last, tokens.start(first), tokens.end(last), dash, dash + 1, quote.contentStart(),
        quote.contentEnd(), tokens.sentence(first));
    draft.kind = AttributionKind.DIRECT;
    return draft;
  }

  private Draft withTheseWords(Tokens tokens, Quote quote, SpeechClauses clauses) {
    int first = tokens.tokenAt(quote.end());
    if (first >= tokens.size() || tokens.start(first) < quote.end()
        || tokens.sentenceStart(tokens.sentence(first)) != first) {
      return null;
    }
    int sentence = tokens.sentence(first);
    for (List<String> cue : lexicon.anaphoricCues()) {
      if (first + cue.size() > tokens.sentenceEnd(sentence)) {
        continue;
      }
      boolean matches = true;
      for (int w = 0; w < cue.size() && matches; w++) {
        matches = tokens.word(first + w).toLowerCase(Locale.ROOT).equals(cue.get(w));
      }
      int subject = matches ? mainSubject(tokens, sentence) : -1;
      if (subject < 0) {
        continue;
      }
      int[] span = clauses.speakerSpan(tokens, subject);
      Draft draft = new Draft(subject, tokens.start(span[0]), tokens.end(span[1]), tokens.start(first),
          tokens.end(first + cue.size() - 1), quote.contentStart(), quote.contentEnd(), sentence);
      draft.kind = AttributionKind.DIRECT;
      return draft;
    }
    return null;
  }

  private static int mainSubject(Tokens tokens, int sentence) {
    for (int t = tokens.sentenceStart(sentence); t < tokens.sentenceEnd(sentence); t++) {
      if (tokens.relation(t).equals("root")) {
        return tokens.child(t, "nsubj");
      }
    }
    return -1;
  }

  /**
   * A quotation that opens a paragraph, with no cue of its own, right after a paragraph whose last
   * speech is someone's: the same speaker goes on. Its cue is the opening mark itself.
   */
  private static Draft continuation(Tokens tokens, Layout layout, Quote quote, List<Draft> drafts, List<Draft> found) {
    if (!layout.startsParagraph(quote.start())) {
      return null;
    }
    int paragraph = layout.paragraph(quote.start());
    Draft previous = null;
    for (List<Draft> list : List.of(drafts, found)) {
      for (Draft draft : list) {
        int at = layout.paragraph(draft.cueStart);
        if ((at == paragraph - 1 || layout.paragraph(draft.contentEnd - 1) == paragraph - 1)
            && (previous == null || draft.contentEnd > previous.contentEnd)) {
          previous = draft;
        }
      }
    }
    if (previous == null || previous.kind == AttributionKind.INDIRECT && previous.contentEnd < quote.start() - 400) {
      return null;
    }
    Draft draft = new Draft(-1, previous.speakerStart, previous.speakerEnd, quote.start(), quote.start() + 1,
        quote.contentStart(), quote.contentEnd(), tokens.sentence(tokens.tokenAt(quote.start())));
    draft.actor = previous.actor;
    draft.continues = previous;
    draft.kind = AttributionKind.DIRECT;
    return draft;
  }

  /**
   * A quotation that names something rather than reports speech: after "titled", "so-called",
   * "Operation" and the like, or after a determiner ("the 'buffer zone'").
   */
  private boolean isTitle(Tokens tokens, Quote quote) {
    int before = tokens.tokenAt(quote.start()) - 1;
    if (before < 0) {
      return false;
    }
    String word = tokens.word(before).toLowerCase(Locale.ROOT);
    return lexicon.titleCues().contains(word) || lexicon.titleCues().contains(tokens.lemma(before).toLowerCase(Locale.ROOT))
        || tokens.tag(before).equals("DT") || tokens.tag(before).equals("PRP$") || tokens.tag(before).equals("POS");
  }
}
