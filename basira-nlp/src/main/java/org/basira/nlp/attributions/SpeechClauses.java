package org.basira.nlp.attributions;

import org.basira.nlp.actors.ActorMentions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;

/**
 * Reported speech read off the dependency parse: a reporting verb or multiword cue from the
 * lexicon, its subject as the speaker and its clausal complement as the content ("Allawi points
 * out that ..."). Also the shapes where the content is not the verb's complement: the speech verb
 * after its content ("..., Al-Dulaimi says"), an "as" clause ("as X put it, ..."), a quotation
 * after a colon ("He asserts: '...'"), and a cue cut from its complement by a broken layout.
 */
final class SpeechClauses {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> HYPOTHETICAL = Set.of("may", "might", "could", "would", "should", "can");
  private static final Set<String> CLIMBING = Set.of("xcomp", "advcl", "acl", "dep", "conj", "ccomp", "parataxis");

  private final SpeechLexicon lexicon;

  SpeechClauses(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A cue found in the text: its tokens, anchored at its first word. */
  record Cue(int anchor, List<Integer> tokens) {
    int first() {
      return tokens.get(0);
    }

    int last() {
      return tokens.get(tokens.size() - 1);
    }

    boolean has(int t) {
      return tokens.contains(t);
    }
  }

  List<Draft> find(Tokens tokens, Layout layout, List<Quote> quotes, ActorMentions actors) {
    List<Draft> drafts = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      Cue cue = cueAt(tokens, t);
      if (cue == null) {
        continue;
      }
      Draft draft = clause(tokens, layout, quotes, actors, cue);
      if (draft != null) {
        drafts.add(draft);
        t = Math.max(t, cue.last());
      }
    }
    return drafts;
  }

  /** The cue that starts at token {@code t}: the longest phrase anchored there, else a reporting verb. */
  Cue cueAt(Tokens tokens, int t) {
    String lemma = tokens.lemma(t).toLowerCase(Locale.ROOT);
    Cue best = null;
    for (SpeechLexicon.Phrase phrase : lexicon.phrases()) {
      if (phrase.words().get(0).equals(lemma)) {
        List<Integer> matched = match(tokens, t, phrase);
        if (matched != null && (best == null || matched.size() > best.tokens().size())) {
          best = new Cue(t, matched);
        }
      }
    }
    if (best == null && tokens.isVerb(t) && lexicon.verbs().contains(lemma)) {
      best = new Cue(t, List.of(t));
    }
    return best;
  }

  /** The tokens of {@code phrase} from {@code t}, skipping optional words and one to four told, or null. */
  private static List<Integer> match(Tokens tokens, int t, SpeechLexicon.Phrase phrase) {
    List<Integer> matched = new ArrayList<>(List.of(t));
    int next = t + 1;
    int sentenceEnd = tokens.sentenceEnd(tokens.sentence(t));
    for (int w = 1; w < phrase.words().size(); w++) {
      String word = phrase.words().get(w);
      if (word.equals(SpeechLexicon.Phrase.ANYONE)) {
        if (w + 1 < phrase.words().size()) {
          String after = phrase.words().get(w + 1);
          int found = -1;
          for (int k = next + 1; k < Math.min(next + 5, sentenceEnd); k++) {
            if (tokens.lemma(k).equalsIgnoreCase(after) || tokens.word(k).equalsIgnoreCase(after)) {
              found = k;
              break;
            }
          }
          if (found > next) {
            next = found; // the words told are not part of the cue's words but lie inside its span
          }
        }
        continue;
      }
      if (next < sentenceEnd && (tokens.lemma(next).equalsIgnoreCase(word) || tokens.word(next).equalsIgnoreCase(word))) {
        matched.add(next);
        next++;
      } else if (!phrase.optional().get(w)) {
        return null;
      }
    }
    return matched.size() > 1 ? matched : null;
  }

  private Draft clause(Tokens tokens, Layout layout, List<Quote> quotes, ActorMentions actors, Cue cue) {
    int v = cue.anchor();
    int sentence = tokens.sentence(v);
    if (layout.isQuestion(sentence) && !insideQuote(quotes, tokens.start(v)) || negated(tokens, cue)) {
      return null;
    }
    int speaker = speaker(tokens, actors, cue);
    if (speaker < 0) {
      return surfaceClause(tokens, layout, actors, cue);
    }
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
    if (content == null) {
      return surfaceClause(tokens, layout, actors, cue);
    }
    if (layout.isHeading(sentence) && tokens.sentence(content[0]) == sentence) {
      return null;
    }
    int[] around = speakerSpan(tokens, speaker);
    int clauseFirst = Math.min(around[0], cue.first());
    int clauseLast = Math.max(around[1], cue.last());
    if (content[0] > clauseLast && isSetOff(tokens, clauseFirst, clauseLast) && !opensSentence(tokens, content[0])) {
      content[0] = tokens.sentenceStart(sentence); // "If it does not, she said, the trenches ...": both sides
    }
    int first = trimStart(tokens, content[0], content[1]);
    int last = trimEnd(tokens, first, content[1]);
    if (first > last) {
      return null;
    }
    int cueFirst = cue.first();
    int cueLast = cue.last();
    if (first > cueLast && first - cueLast <= 6 && (speaker < cueLast || speaker > first)) {
      cueLast = first - 1; // the cue runs up to its content: "told Meydan that", "asserts:"
    }
    int[] speakerSpan = speakerSpan(tokens, speaker);
    Draft draft = new Draft(speaker, tokens.start(speakerSpan[0]), tokens.end(speakerSpan[1]),
        tokens.start(cueFirst), tokens.end(cueLast), tokens.start(first), tokens.end(last), sentence);
    draft.inheritsSpeaker = !isOwnSpeaker(tokens, cue, speaker);
    return draft;
  }

  /**
   * Whether a content starts a sentence of its own: a quotation that opens with a capital letter.
   * The words before a clause set off by commas are then the writer's, not the speaker's: "After
   * the vote, she said, “We will appeal.”" quotes only the appeal, where "The brigades, she said,
   * “are fighting on”" quotes one sentence in two parts.
   */
  private static boolean opensSentence(Tokens tokens, int first) {
    int word = first;
    while (word < tokens.size() && isQuoteMark(tokens.word(word))) {
      word++;
    }
    boolean quoted = word > first || first > 0 && isQuoteMark(tokens.word(first - 1));
    return quoted && word < tokens.size() && Character.isUpperCase(tokens.word(word).codePointAt(0));
  }

  /** Whether tokens {@code first}..{@code last} stand between commas inside their sentence. */
  private static boolean isSetOff(Tokens tokens, int first, int last) {
    int sentence = tokens.sentence(first);
    return first > tokens.sentenceStart(sentence) && last + 1 < tokens.sentenceEnd(sentence)
        && tokens.word(first - 1).equals(",") && tokens.word(last + 1).equals(",")
        && words(tokens, tokens.sentenceStart(sentence), first - 1) >= 2;
  }

  /** The tokens from {@code first} to {@code last} that are not punctuation. */
  static int words(Tokens tokens, int first, int last) {
    int words = 0;
    for (int t = Math.max(first, 0); t <= last; t++) {
      if (!isPunctuation(tokens, t)) {
        words++;
      }
    }
    return words;
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

  /**
   * The shape of a reporting clause read from the words when the parse misses it, as it does
   * around relative clauses and parentheticals: a finite speech verb with a speaker right before it
   * (or before a parenthesis set off by commas: "An official, who asked not to be named, said ...")
   * and a clause after it ("... say the retreat was disorderly"), or set off in the middle of its
   * content ("The groups, Khin said, are fighting ...").
   */
  private Draft surfaceClause(Tokens tokens, Layout layout, ActorMentions actors, Cue cue) {
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
    if (!canSpeak(tokens, actors, speaker, cue)) {
      return null;
    }
    int[] span = speakerSpan(tokens, speaker);
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

  private static boolean insideQuote(List<Quote> quotes, int offset) {
    return quotes.stream().anyMatch(q -> q.contains(offset));
  }

  /**
   * Whether the cue reports no speech that took place: negated ("did not say that") or only
   * possible ("may conclude that", "could argue that").
   */
  static boolean negated(Tokens tokens, Cue cue) {
    for (int c = Math.max(0, cue.first() - 3); c < cue.first(); c++) {
      String word = tokens.word(c).toLowerCase(Locale.ROOT);
      boolean attached = cue.has(tokens.head(c)) || tokens.head(c) == -1;
      if (NEGATIONS.contains(word) && (attached || tokens.tag(c).equals("RB") && c == cue.first() - 1)
          || HYPOTHETICAL.contains(word) && tokens.tag(c).equals("MD") && attached) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker's head token: the subject of a cue word; the agent of a passive cue ("it was
   * stated in a joint statement"); the "as" phrase ("as X says, ..."); else, for a participle or
   * infinitive ("..., saying that", "did not wait long to declare that"), the subject of the
   * clause it hangs from. A relative pronoun gives way to the noun it stands for.
   */
  int speaker(Tokens tokens, ActorMentions actors, Cue cue) {
    for (int t : cue.tokens()) {
      int subject = subjectOf(tokens, t, cue);
      if (subject >= 0) {
        subject = antecedent(tokens, subject);
        return canSpeak(tokens, actors, subject, cue) ? subject : -1;
      }
    }
    int t = cue.anchor();
    for (int steps = 0; steps < 8; steps++) {
      boolean passThrough = CLIMBING.contains(baseRelation(tokens, t)) || tokens.isNoun(t) && steps > 0;
      if (!passThrough || tokens.head(t) < 0) {
        return -1;
      }
      t = tokens.head(t);
      int subject = subjectOf(tokens, t, cue);
      if (subject >= 0) {
        subject = antecedent(tokens, subject);
        if (canSpeak(tokens, actors, subject, cue)) {
          return subject;
        }
      }
    }
    return -1;
  }

  private int subjectOf(Tokens tokens, int t, Cue cue) {
    int passive = -1;
    for (int c : tokens.children(t)) {
      if (cue.has(c)) {
        continue;
      }
      String relation = tokens.relation(c);
      if (relation.equals("nsubj")) {
        return c;
      }
      if (relation.equals("nsubj:pass")) {
        passive = c;
      }
    }
    for (int c : tokens.children(t)) {
      if (baseRelation(tokens, c).equals("obl") && !cue.has(c)) {
        String marker = tokens.caseMarker(c);
        if (marker.equals("as") || passive >= 0 && (marker.equals("by") || marker.equals("in")) && canBeAgent(tokens, c)) {
          return c;
        }
      }
    }
    if (passive >= 0 && !tokens.word(passive).equalsIgnoreCase("it") && isCueVerb(tokens, t)) {
      return -1; // "X is said to ...": X is who is talked about, not who speaks
    }
    return passive;
  }

  private boolean isCueVerb(Tokens tokens, int t) {
    return lexicon.verbs().contains(tokens.lemma(t).toLowerCase(Locale.ROOT));
  }

  private boolean canBeAgent(Tokens tokens, int t) {
    String word = tokens.word(t).toLowerCase(Locale.ROOT);
    return lexicon.speakerNouns().contains(word) || tokens.isProperNoun(t);
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

  private static boolean hasComma(Tokens tokens, int from, int to) {
    for (int t = from + 1; t < to; t++) {
      if (tokens.word(t).equals(",")) {
        return true;
      }
    }
    return false;
  }


  static String baseRelation(Tokens tokens, int t) {
    String relation = tokens.relation(t);
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The noun a relative pronoun stands for: "farmers who say ..." speak for the farmers. */
  static int antecedent(Tokens tokens, int subject) {
    String tag = tokens.tag(subject);
    if ((tag.equals("WP") || tag.equals("WDT")) && tokens.head(subject) >= 0
        && tokens.relation(tokens.head(subject)).equals("acl:relcl")) {
      return tokens.head(tokens.head(subject));
    }
    return subject;
  }

  /** Whether the cue has its own subject, not one borrowed from the clause it hangs from. */
  private static boolean isOwnSpeaker(Tokens tokens, Cue cue, int speaker) {
    for (int t : cue.tokens()) {
      if (tokens.head(speaker) == t || tokens.head(t) == speaker && tokens.relation(t).equals("acl:relcl")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speaker is someone who can speak: an actor, a pronoun, a name, or a noun for
   * people, bodies or documents. "The map says little" is not speech. Verbs that more often report
   * findings ("find", "expect") take no data as speaker: "the figures suggest" is not speech.
   */
  boolean canSpeak(Tokens tokens, ActorMentions actors, int speaker) {
    return canSpeak(tokens, actors, speaker, false);
  }

  private boolean canSpeak(Tokens tokens, ActorMentions actors, int speaker, Cue cue) {
    return canSpeak(tokens, actors, speaker, cue.tokens().size() == 1
        && lexicon.speakerRestricted().contains(tokens.lemma(cue.anchor()).toLowerCase(Locale.ROOT)));
  }

  private boolean canSpeak(Tokens tokens, ActorMentions actors, int speaker, boolean restricted) {
    String word = tokens.word(speaker).toLowerCase(Locale.ROOT);
    if (actors.at(speaker) != null || lexicon.speakerPronouns().contains(word) || tokens.isProperNoun(speaker)
        || tokens.ner(speaker).equals("PERSON") || tokens.ner(speaker).equals("ORGANIZATION")) {
      return true;
    }
    if (restricted && lexicon.dataNouns().contains(word)) {
      return false;
    }
    return lexicon.speakerNouns().contains(word) || lexicon.speakerNouns().contains(tokens.lemma(speaker).toLowerCase(Locale.ROOT));
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

  /** Drops leading punctuation and "that" from a content span. */
  private static int trimStart(Tokens tokens, int first, int last) {
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

  static boolean isPunctuation(Tokens tokens, int t) {
    String word = tokens.word(t);
    return !word.isEmpty() && word.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  static boolean isQuoteMark(String word) {
    return word.equals("\"") || word.equals("``") || word.equals("''") || word.equals("'") || word.equals("`")
        || word.matches("[\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u2039\u203A]");
  }

  /**
   * The speaker phrase around its head: the noun phrase with its modifiers and its "of/by/for"
   * phrase ("officials of the European Union", "diplomats familiar with the process"), short of a
   * comma, an apposition or a relative clause; determiners are left out.
   */
  int[] speakerSpan(Tokens tokens, int head) {
    int first = head;
    int last = head;
    for (int c : tokens.children(head)) {
      String relation = tokens.relation(c);
      if (relation.equals("punct") || relation.equals("appos") || relation.equals("case") || relation.startsWith("acl:relcl")
          || relation.equals("dep") || relation.equals("parataxis") || tokens.isVerb(c) && !relation.equals("amod")
          && !relation.startsWith("acl")) {
        continue;
      }
      int from = tokens.subtreeFirst(c);
      int to = tokens.subtreeLast(c);
      if (c < head && !hasComma(tokens, to, head)) {
        first = Math.min(first, from);
      } else if (c > head && !hasComma(tokens, head, from) && !hasComma(tokens, from, to)) {
        last = Math.max(last, to);
      }
    }
    while (first < head && (tokens.tag(first).equals("DT") || isPunctuation(tokens, first))) {
      first++;
    }
    while (last > head && isPunctuation(tokens, last)) {
      last--;
    }
    return new int[] {first, last};
  }
}
