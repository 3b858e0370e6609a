package org.basira.nlp.attributions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.basira.model.AttributionKind;
import org.basira.model.Actor;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorMentions;

/**
 * Speech the rules leave unread, found by the learned {@link SpeechModel}: every verb, common noun,
 * "according" and colon that no rule took as a cue is a candidate; the parse gives it a speaker
 * (its subject, the agent of a passive, the noun of "according to X", the owner of a noun) and the
 * content shapes it offers; the model decides whether it is a cue and which shape its content has.
 */
final class LearnedSpeech {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  /** The shapes whose content is a clause of its own. */
  private static final Set<ContentShape> CLAUSES = Set.of(ContentShape.COMPLEMENT, ContentShape.GOVERNOR,
      ContentShape.PRECEDING);
  /** The probability of a cue above which the model's reading is taken. */
  private static final double LEAST_CUE = 0.5;
  /**
   * The same for a report that names no speaker ("is expected to"): only confident readings. On 84
   * PolNeAR train articles held out of training, these at 0.8 gained 0.006 content F1; a lower
   * threshold gained at most 0.001 more and cost the team samples, whose gold counts speech alone.
   */
  private static final double LEAST_UNNAMED = 0.8;
  /** How the parser hangs the reported clause, and the speaker, of an inverted report. */
  private static final Set<String> INVERTED_CLAUSES = Set.of("ccomp", "parataxis", "dep", "advcl");
  private static final Set<String> INVERTED_SUBJECTS = Set.of("obj", "xcomp", "dep");
  private static final Set<String> CLIMBING = Set.of("xcomp", "advcl", "conj", "ccomp", "parataxis", "acl", "dep");

  private final SpeechModel model;
  private final SpeechClauses clauses;
  private final SpeechLexicon lexicon;

  /** Reads candidates with the rules' parts; {@code model} may be null where only candidates are wanted (training). */
  LearnedSpeech(SpeechModel model, SpeechClauses clauses, SpeechLexicon lexicon) {
    this.model = model;
    this.clauses = clauses;
    this.lexicon = lexicon;
  }

  boolean hasModel() {
    return model != null;
  }

  /**
   * A word that may be a cue, with its speaker's head token and the content each shape would take.
   *
   * @param vouched whether the rules would take its speaker as one (a name, a pronoun, "officials")
   * @param features what the model reads, as binary feature names
   */
  record Candidate(int token, int speaker, boolean vouched, Map<ContentShape, int[]> shapes, List<String> features) {
  }

  /** The drafts the model reads among the candidates that the rules' drafts leave free. */
  List<Draft> find(Tokens tokens, Layout layout, List<Quote> quotes, ActorMentions actors, List<Draft> ruled) {
    List<Draft> found = new ArrayList<>();
    for (Candidate candidate : candidates(tokens, layout, quotes, actors, ruled)) {
      double least = candidate.speaker() < 0 ? LEAST_UNNAMED : LEAST_CUE;
      ContentShape shape = model.choose(candidate.features(), candidate.shapes().keySet(), least);
      if (shape == null) {
        continue;
      }
      int[] content = candidate.shapes().get(shape);
      if (candidate.speaker() >= 0 && !isClause(tokens, shape, content, candidate.token())
          && isSpeechVerb(tokens, candidate.token()) && !candidate.vouched()) {
        continue; // a subject the rules cannot vouch for must report a clause: "the map says little"
      }
      Draft draft = draft(tokens, quotes, candidate, content);
      if (ruled.stream().noneMatch(d -> sameSpeech(d, draft)) && found.stream().noneMatch(d -> sameSpeech(d, draft))) {
        found.add(draft);
      }
    }
    return found;
  }

  /** The candidates of an article: words no drafted cue covers, with a speaker and at least one shape. */
  List<Candidate> candidates(Tokens tokens, Layout layout, List<Quote> quotes, ActorMentions actors, List<Draft> ruled) {
    List<Candidate> candidates = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      if (!mayBeCue(tokens, t) || coveredCue(tokens, t, ruled)) {
        continue;
      }
      int speaker = speaker(tokens, t);
      if (speaker < 0 && !isAgentless(tokens, t) || ruledOut(tokens, layout, quotes, t)
          || speaker >= 0 && tokens.tag(t).equals("JJ") && tokens.word(speaker).equalsIgnoreCase("it")) {
        continue; // "it is noteworthy that ...": the author's own voice
      }
      Map<ContentShape, int[]> shapes = new EnumMap<>(ContentShape.class);
      for (ContentShape shape : ContentShape.values()) {
        int[] span = shape.span(tokens, t);
        if (span != null && !(span[0] <= speaker && speaker <= span[1]) && !(span[0] <= t && t <= span[1])) {
          shapes.put(shape, span);
        }
      }
      boolean canSpeak = speaker >= 0 && clauses.canSpeak(tokens, actors, speaker);
      if (!shapes.isEmpty() && !(speaker >= 0 && reportsNoClause(tokens, shapes) && isSpeechVerb(tokens, t) && !canSpeak)) {
        List<String> features = features(tokens, layout, quotes, ruled, t, speaker, shapes);
        Actor actor = speaker < 0 ? null : actors.at(speaker);
        features.add("speaker.actor=" + (actor == null ? "none" : actor.type().name()));
        features.add("speaker.can.speak=" + canSpeak);
        features.add("speech.verb=" + isSpeechVerb(tokens, t));
        candidates.add(new Candidate(t, speaker, canSpeak, shapes, features));
      }
    }
    return candidates;
  }

  /**
   * Where the rules have said no on purpose, the model is not asked: speech verbs in headings (a
   * headline's colon stays a candidate) and in the author's own questions, and negated or only
   * possible speech ("did not say", "might argue").
   */
  private static boolean ruledOut(Tokens tokens, Layout layout, List<Quote> quotes, int t) {
    int sentence = tokens.sentence(t);
    boolean colon = tokens.word(t).equals(":");
    return !colon && layout.isHeading(sentence)
        || layout.isQuestion(sentence) && quotes.stream().noneMatch(q -> q.contains(tokens.start(t)))
        || SpeechClauses.negated(tokens, new SpeechClauses.Cue(t, List.of(t)));
  }

  private boolean isSpeechVerb(Tokens tokens, int t) {
    return tokens.isVerb(t) && lexicon.verbs().contains(tokens.lemma(t).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the shape's content ({@code span}) is a clause: one before the cue, a quotation after
   * it, or a complement with a subject or a "that" of its own ("says little about who holds the
   * hills" is parsed as a complement, but has neither).
   */
  private static boolean isClause(Tokens tokens, ContentShape shape, int[] span, int cue) {
    if (shape == ContentShape.FOLLOWING) {
      return opensQuotation(tokens, span);
    }
    if (shape != ContentShape.COMPLEMENT) {
      return CLAUSES.contains(shape);
    }
    for (int c : tokens.children(cue)) {
      if (tokens.relation(c).equals("ccomp") || tokens.relation(c).equals("dep") && tokens.isVerb(c) && c > cue) {
        for (int g : tokens.children(c)) {
          String relation = tokens.relation(g);
          if (relation.startsWith("nsubj") || relation.equals("expl") || relation.equals("mark")) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * Whether no shape is a clause: no complement, no clause the cue hangs from, nothing before it,
   * no quotation after it. A speech verb whose subject the rules cannot vouch for ("the campaign",
   * "40 percent") still reports speech when it reports a clause; without one it is the other sense
   * ("the map says little").
   */
  private static boolean reportsNoClause(Tokens tokens, Map<ContentShape, int[]> shapes) {
    return CLAUSES.stream().noneMatch(shapes::containsKey) && !opensQuotation(tokens, shapes.get(ContentShape.FOLLOWING));
  }

  /**
   * Whether a span opens with a quotation mark: what follows "X said, ..." is then a quotation,
   * speech whoever X is ("a voice from the back said, “...”"), though the rules do not vouch for X.
   */
  private static boolean opensQuotation(Tokens tokens, int[] span) {
    return span != null && SpeechClauses.isQuoteMark(tokens.word(span[0]));
  }

  private static boolean mayBeCue(Tokens tokens, int t) {
    String tag = tokens.tag(t);
    String word = tokens.word(t).toLowerCase(Locale.ROOT);
    return tag.startsWith("VB") || tag.equals("NN") || tag.equals("NNS") || word.equals("according") || word.equals(":")
        || tag.equals("JJ") && takesContent(tokens, t);
  }

  /**
   * Whether an adjective takes a clause or a phrase, as an attitude does: "confident that ...",
   * "eager to ...", "hostile to ...", "optimistic about ...".
   */
  private static boolean takesContent(Tokens tokens, int t) {
    for (int c : tokens.children(t)) {
      String relation = SpeechClauses.baseRelation(tokens, c);
      if (c > t && (relation.equals("ccomp") || relation.equals("xcomp") || relation.equals("obl"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A passive participle with no agent: speech or a view with no one named as its holder ("is
   * expected to win", "was asked about", "Asked whether ..."). Its content is still reported.
   */
  private static boolean isAgentless(Tokens tokens, int t) {
    return tokens.tag(t).equals("VBN") && ownSpeaker(tokens, t) < 0;
  }

  private static boolean coveredCue(Tokens tokens, int t, List<Draft> ruled) {
    for (Draft d : ruled) {
      if (tokens.start(t) < d.cueEnd && d.cueStart < tokens.end(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker's head token for a cue word, or -1: its subject; the agent of a passive; the noun of
   * "according to X"; the owner of a noun ("X's claim", "a claim by X"); the phrase before a colon;
   * else the subject of the clause a participle or infinitive hangs from.
   */
  static int speaker(Tokens tokens, int cue) {
    String word = tokens.word(cue);
    if (word.equals(":")) {
      int before = cue - 1;
      return before >= tokens.sentenceStart(tokens.sentence(cue)) && (tokens.isNoun(before) || tokens.tag(before).equals("PRP"))
          ? before : -1;
    }
    if (tokens.relation(cue).equals("case")) {
      int noun = tokens.head(cue);
      return noun >= 0 && (tokens.isNoun(noun) || tokens.tag(noun).equals("PRP")) ? noun : -1;
    }
    int t = cue;
    for (int steps = 0; steps < 4 && t >= 0; steps++) {
      int own = ownSpeaker(tokens, t);
      if (own >= 0) {
        return SpeechClauses.antecedent(tokens, own);
      }
      String relation = SpeechClauses.baseRelation(tokens, t);
      if (relation.equals("acl") && tokens.head(t) >= 0 && steps == 0) {
        // "a statement saying ...": the statement speaks; "members accused of ..." do not
        return tokens.tag(t).equals("VBG") ? tokens.head(t) : -1;
      }
      if (!CLIMBING.contains(relation)) {
        return -1;
      }
      t = tokens.head(t);
    }
    return -1;
  }

  /**
   * The speaker that {@code t} itself names, or -1. The subject of a passive is who is spoken
   * of, not who speaks ("the militias are accused of ..."): a passive speaks through its agent.
   */
  private static int ownSpeaker(Tokens tokens, int t) {
    boolean passive = false;
    for (int c : tokens.children(t)) {
      String relation = tokens.relation(c);
      if (relation.equals("nsubj")) {
        return c;
      }
      if (relation.equals("obl:agent") || relation.equals("nmod:poss") && tokens.isNoun(t)) {
        return c;
      }
      passive |= relation.equals("nsubj:pass") || relation.equals("aux:pass");
    }
    if (passive) {
      for (int c : tokens.children(t)) {
        if (SpeechClauses.baseRelation(tokens, c).equals("obl") && tokens.caseMarker(c).equals("by")) {
          return c; // "welcomed by the council": the agent speaks
        }
      }
      return -1;
    }
    if (tokens.isVerb(t)) {
      return invertedSubject(tokens, t);
    }
    if (tokens.isNoun(t)) {
      for (int c : tokens.children(t)) {
        String marker = tokens.caseMarker(c);
        if (c > t && SpeechClauses.baseRelation(tokens, c).equals("nmod") && (marker.equals("by") || marker.equals("from"))) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * The subject of an inverted report, or -1: '"...," said the senator' has its clause before the
   * verb and its speaker after it, which the parser reads as an object, a complement or a loose
   * dependent.
   */
  private static int invertedSubject(Tokens tokens, int verb) {
    boolean clauseBefore = false;
    int after = -1;
    for (int c : tokens.children(verb)) {
      String relation = SpeechClauses.baseRelation(tokens, c);
      if (c < verb && INVERTED_CLAUSES.contains(relation)) {
        clauseBefore = true;
      }
      if (c > verb && after < 0 && INVERTED_SUBJECTS.contains(relation) && tokens.isNoun(c)) {
        after = c;
      }
    }
    return clauseBefore ? after : -1;
  }

  /** The words the model reads about a candidate: the word, its place in the parse, its speaker and its shapes. */
  private List<String> features(Tokens tokens, Layout layout, List<Quote> quotes, List<Draft> ruled, int t,
      int speaker, Map<ContentShape, int[]> shapes) {
    Set<String> speechVerbs = lexicon.verbs();
    List<String> f = new ArrayList<>();
    String lemma = tokens.lemma(t).toLowerCase(Locale.ROOT);
    String tag = tokens.tag(t);
    String relation = tokens.relation(t);
    f.add("lemma=" + lemma);
    f.add("word=" + tokens.word(t).toLowerCase(Locale.ROOT));
    f.add("tag=" + tag);
    f.add("rel=" + relation);
    f.add("lemma|rel=" + lemma + "|" + relation);
    f.add("lemma|tag=" + lemma + "|" + tag);
    int head = tokens.head(t);
    if (head >= 0) {
      f.add("head.lemma=" + tokens.lemma(head).toLowerCase(Locale.ROOT));
      f.add("head.tag=" + tokens.tag(head));
      f.add("rel|head.tag=" + relation + "|" + tokens.tag(head));
    }
    for (int c : tokens.children(t)) {
      String child = tokens.relation(c);
      f.add("child=" + child);
      f.add("lemma|child=" + lemma + "|" + child);
      String w = tokens.word(c).toLowerCase(Locale.ROOT);
      if (child.equals("aux") || child.equals("advmod") || child.equals("compound:prt") || child.equals("mark")
          || child.equals("case") || child.equals("fixed")) {
        f.add(child + "=" + w);
        f.add("lemma|" + child + "=" + lemma + "|" + w);
      }
      if (NEGATIONS.contains(w)) {
        f.add("negated");
      }
      if (c > t && (child.equals("xcomp") || child.equals("ccomp"))) {
        // "continued to insist" reports speech, "continued to remain" does not
        String complement = tokens.lemma(c).toLowerCase(Locale.ROOT);
        f.add(child + ".lemma=" + complement);
        f.add(child + ".tag=" + tokens.tag(c));
        f.add("lemma|" + child + ".tag=" + lemma + "|" + tokens.tag(c));
        f.add(child + ".speech=" + (tokens.isVerb(c) && speechVerbs.contains(complement)));
      }
      if (child.equals("ccomp") && tokens.child(c, "mark") >= 0) {
        f.add("ccomp.mark=" + tokens.word(tokens.child(c, "mark")).toLowerCase(Locale.ROOT));
      }
    }
    String speakerKind = speaker < 0 ? "none" : speakerKind(tokens, speaker);
    f.add("speaker=" + speakerKind);
    f.add("lemma|speaker=" + lemma + "|" + speakerKind);
    if (speaker >= 0) {
      f.add("speaker.rel=" + tokens.relation(speaker));
      f.add("speaker.side=" + (speaker < t ? "before" : "after"));
      f.add("speaker.lemma=" + tokens.lemma(speaker).toLowerCase(Locale.ROOT));
    }
    for (Map.Entry<ContentShape, int[]> shape : shapes.entrySet()) {
      String name = shape.getKey().name();
      int[] span = shape.getValue();
      f.add("shape=" + name);
      f.add("lemma|shape=" + lemma + "|" + name);
      f.add("shape|len=" + name + "|" + bucket(span[1] - span[0] + 1));
      f.add("shape|quoted=" + name + "|" + quoting(tokens, quotes, span));
      f.add("shape|first.tag=" + name + "|" + tokens.tag(span[0]));
      f.add("shape|speaker=" + name + "|" + speakerKind);
      f.add("shape|rel=" + name + "|" + relation);
    }
    int sentence = tokens.sentence(t);
    f.add("in.quote=" + quotes.stream().anyMatch(q -> q.contains(tokens.start(t))));
    int after = tokens.end(Math.min(t + 3, tokens.size() - 1));
    int first = speaker < 0 ? t : Math.min(t, speaker);
    int before = tokens.start(Math.max(first - 3, 0));
    f.add("quote.opens.after=" + quotes.stream().anyMatch(q -> q.start() >= tokens.end(t) && q.start() < after));
    f.add("quote.closes.before=" + quotes.stream().anyMatch(q -> q.end() <= tokens.start(first) && q.end() > before));
    f.add("heading=" + layout.isHeading(sentence));
    f.add("question=" + layout.isQuestion(sentence));
    f.add("in.drafted.content=" + ruled.stream().anyMatch(d -> d.contentStart <= tokens.start(t) && tokens.end(t) <= d.contentEnd));
    f.add("prev=" + (t > 0 ? tokens.word(t - 1).toLowerCase(Locale.ROOT) : "^"));
    f.add("next=" + (t + 1 < tokens.size() ? tokens.word(t + 1).toLowerCase(Locale.ROOT) : "$"));
    f.add("lemma|next=" + lemma + "|" + (t + 1 < tokens.size() ? tokens.word(t + 1).toLowerCase(Locale.ROOT) : "$"));
    return f;
  }

  private static String speakerKind(Tokens tokens, int speaker) {
    String ner = tokens.ner(speaker);
    if (ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("COUNTRY") || ner.equals("NATIONALITY")) {
      return ner;
    }
    String tag = tokens.tag(speaker);
    if (tag.equals("PRP")) {
      return "PRP:" + tokens.word(speaker).toLowerCase(Locale.ROOT);
    }
    return tag;
  }

  private static String bucket(int length) {
    return length <= 2 ? "1-2" : length <= 5 ? "3-5" : length <= 12 ? "6-12" : length <= 30 ? "13-30" : "31+";
  }

  /** "in", "part" or "out": whether a span lies inside a quotation, holds one, or has none. */
  private static String quoting(Tokens tokens, List<Quote> quotes, int[] span) {
    int from = tokens.start(span[0]);
    int to = tokens.end(span[1]);
    for (Quote q : quotes) {
      if (q.contentStart() <= from && to <= q.end()) {
        return "in";
      }
      if (from < q.end() && q.start() < to) {
        return "part";
      }
    }
    return "out";
  }

  /**
   * The draft of a candidate the model read as a cue. A candidate with no speaker (an agentless
   * passive) gets an empty speaker at its cue: the content is reported, by no one the text names.
   */
  private Draft draft(Tokens tokens, List<Quote> quotes, Candidate candidate, int[] content) {
    int speaker = candidate.speaker();
    int cueStart = tokens.start(candidate.token());
    int[] speakerSpan = speaker < 0 ? null : clauses.speakerSpan(tokens, speaker);
    int cueLast = candidate.token();
    for (int c : tokens.children(candidate.token())) {
      String relation = tokens.relation(c);
      if (c == cueLast + 1 && (relation.equals("compound:prt") || relation.equals("fixed"))) {
        cueLast = c; // "point out", "according to"
      }
    }
    Draft draft = new Draft(speaker, speaker < 0 ? cueStart : tokens.start(speakerSpan[0]),
        speaker < 0 ? cueStart : tokens.end(speakerSpan[1]), cueStart, tokens.end(cueLast),
        tokens.start(content[0]), tokens.end(content[1]), tokens.sentence(candidate.token()));
    draft.kind = switch (quoting(tokens, quotes, content)) {
      case "in" -> AttributionKind.DIRECT;
      case "part" -> AttributionKind.MIXED;
      default -> AttributionKind.INDIRECT;
    };
    draft.inheritsSpeaker = speaker >= 0 && tokens.head(speaker) != candidate.token();
    draft.learned = true;
    return draft;
  }

  /**
   * Whether two drafts report the same speech: their contents nearly coincide. A content inside a
   * longer one is speech reported within speech ("X said Y believes Z"), not the same.
   */
  private static boolean sameSpeech(Draft a, Draft b) {
    int overlap = Math.min(a.contentEnd, b.contentEnd) - Math.max(a.contentStart, b.contentStart);
    int longer = Math.max(a.contentEnd - a.contentStart, b.contentEnd - b.contentStart);
    return overlap > 0 && overlap >= 0.8 * longer;
  }
}
