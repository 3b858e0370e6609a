package org.basira.nlp.attributions;

import static org.basira.nlp.attributions.ReportedContent.trimEnd;
import static org.basira.nlp.attributions.ReportedContent.trimStart;

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
 *
 * <p>{@link ReportedContent} says where the content of a cue with a speaker lies; {@link SurfaceClauses}
 * reads the reporting clause off the words where the parse misses it.
 */
final class SpeechClauses {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
  private static final Set<String> HYPOTHETICAL = Set.of("may", "might", "could", "would", "should", "can");
  private static final Set<String> CLIMBING = Set.of("xcomp", "advcl", "acl", "dep", "conj", "ccomp", "parataxis");

  private final SpeechLexicon lexicon;
  private final ReportedContent reported;
  private final SurfaceClauses surface;

  SpeechClauses(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
    this.reported = new ReportedContent(lexicon);
    this.surface = new SurfaceClauses(lexicon, this);
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
      return surface.clause(tokens, layout, actors, cue);
    }
    int[] content = reported.span(tokens, layout, quotes, cue, speaker);
    if (content == null) {
      return surface.clause(tokens, layout, actors, cue);
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
  static boolean isSetOff(Tokens tokens, int first, int last) {
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

  boolean canSpeak(Tokens tokens, ActorMentions actors, int speaker, Cue cue) {
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
    String lemma = tokens.lemma(speaker).toLowerCase(Locale.ROOT);
    return lexicon.speakerNouns().contains(word) || lexicon.speakerNouns().contains(lemma)
        || tokens.isNoun(speaker) && lexicon.roles().contains(lemma);
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
