package org.basira.nlp.attributions;

import org.basira.nlp.Layer;
import org.basira.nlp.actors.ActorMentions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Speaker;
import org.basira.model.TextSpan;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Stage;
import org.basira.nlp.Tokens;

/**
 * The attribution layer: who said what. Direct quotes in every quotation style, reported speech
 * read off the dependency parse, "according to" phrases, colon quotes and continuation paragraphs,
 * each with its speaker tied to the actor stage's actor, its cue, its content and its kind.
 *
 * <p>Small steps, each one thing: {@link Quotes} finds the quotations, {@link SpeechClauses}
 * the reporting clauses, {@link SourcePhrases} the "according to" phrases, {@link QuotedSpeech}
 * ties quotations to them, and {@link Speakers} resolves each speaker to an actor. The article's
 * own voice is never attributed: every attribution has a cue in the text, and a speaker there too,
 * except a report that names no one ("the senator is expected to endorse ..."), whose speaker is
 * empty.
 */
public final class AttributionStage implements Stage {

  /** CoreNLP's entity types for places. */
  private static final Set<String> PLACES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  private final SpeechLexicon lexicon;
  private final SpeechClauses clauses;
  private final SourcePhrases sources;
  private final QuotedSpeech quoted;
  private final Speakers speakers;
  private final LearnedSpeech learned;

  /** The stage with the attribution model that ships with Basira. */
  public AttributionStage() {
    this(SpeechModel.shipped());
  }

  /** The stage with the rules and {@code model} for the speech they leave unread. */
  public AttributionStage(SpeechModel model) {
    this.lexicon = SpeechLexicon.load();
    this.clauses = new SpeechClauses(lexicon);
    this.sources = new SourcePhrases(lexicon, clauses);
    this.quoted = new QuotedSpeech(lexicon);
    this.speakers = new Speakers(lexicon, Genders.load());
    this.learned = new LearnedSpeech(model, clauses, lexicon);
  }

  /** The stage with the rules alone: what the model is trained beside. */
  static AttributionStage rulesOnly() {
    return new AttributionStage(null);
  }

  @Override
  public String name() {
    return "attributions";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.LINGUISTIC, Layer.ACTORS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ATTRIBUTIONS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    Tokens tokens = article.tokens();
    if (tokens.size() == 0) {
      return;
    }
    Layout layout = new Layout(tokens);
    List<Quote> quotes = Quotes.find(tokens.text());
    ActorMentions actors = new ActorMentions(tokens, article.actors());
    List<Draft> drafts = ruled(tokens, layout, quotes, actors);
    if (learned.hasModel()) {
      drafts.addAll(learned.find(tokens, layout, quotes, actors, drafts));
    }
    drafts.sort(Comparator.comparingInt(d -> d.contentStart));
    cutAtNextCue(tokens.text(), drafts);
    quoted.attach(tokens, layout, quotes, drafts, clauses, actors);
    mergeSharedCues(drafts);
    speakers.resolve(tokens, actors, drafts);
    String text = tokens.text();
    for (Draft draft : drafts) {
      int relative = relativePronoun(tokens, draft);
      int speakerStart = relative >= 0 ? tokens.start(relative) : withDeterminer(tokens, draft);
      int speakerEnd = relative >= 0 ? tokens.end(relative) : withAppositive(tokens, draft);
      article.attributions().add(new Attribution(
          new Speaker(draft.actor, text.substring(speakerStart, speakerEnd), speakerStart, speakerEnd),
          TextSpan.of(text, draft.cueStart, draft.cueEnd),
          TextSpan.of(text, draft.contentStart, draft.contentEnd),
          draft.kind, draft.sentence));
    }
  }

  /** The drafts the rules read: reporting clauses and, where these leave them, "according to" phrases. */
  List<Draft> ruled(Tokens tokens, Layout layout, List<Quote> quotes, ActorMentions actors) {
    List<Draft> drafts = new ArrayList<>(clauses.find(tokens, layout, quotes, actors));
    for (Draft source : sources.find(tokens, layout, actors)) {
      if (drafts.stream().noneMatch(d -> d.contentOverlaps(source.cueStart, source.cueEnd))) {
        drafts.add(source);
      }
    }
    return drafts;
  }

  /** What the stage reads in an article before the model decides: the rules' drafts and the model's candidates. */
  record Reading(List<Draft> ruled, List<LearnedSpeech.Candidate> candidates) {
  }

  /** The rules' drafts of an article, before quotations are tied to them, and the candidates beside them: for training. */
  Reading reading(AnnotatedArticle article) {
    Tokens tokens = article.tokens();
    if (tokens.size() == 0) {
      return new Reading(List.of(), List.of());
    }
    Layout layout = new Layout(tokens);
    List<Quote> quotes = Quotes.find(tokens.text());
    ActorMentions actors = new ActorMentions(tokens, article.actors());
    List<Draft> drafts = ruled(tokens, layout, quotes, actors);
    return new Reading(drafts, learned.candidates(tokens, layout, quotes, actors, drafts));
  }

  /** The candidates the model reads in an article, beside the rules' drafts. */
  List<LearnedSpeech.Candidate> candidates(AnnotatedArticle article) {
    return reading(article).candidates();
  }

  /**
   * The relative pronoun that is the cue's subject and stands for the speaker ("officials, who
   * said ..."), or -1. The speaker is written as the text has it, "who", as annotators mark it;
   * its actor is still the one the pronoun stands for.
   */
  private static int relativePronoun(Tokens tokens, Draft draft) {
    if (draft.speakerHead < 0) {
      return -1;
    }
    int cue = tokens.tokenAt(draft.cueStart);
    for (int c : tokens.children(cue)) {
      String tag = tokens.tag(c);
      if (tokens.relation(c).equals("nsubj") && (tag.equals("WP") || tag.equals("WDT"))
          && SpeechClauses.antecedent(tokens, c) == draft.speakerHead) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Where the speaker phrase starts once its determiner is counted in: the speaker is "the
   * ministry" or "a source" as written, which tells one unnamed source from another; so is an
   * owner's ("the party's leader"). The phrase itself is found without it, since the rules read
   * its edges.
   */
  private static int withDeterminer(Tokens tokens, Draft draft) {
    if (draft.speakerHead < 0 || draft.speakerStart == draft.speakerEnd) {
      return draft.speakerStart;
    }
    int first = tokens.tokenAt(draft.speakerStart);
    int before = first - 1;
    if (before >= 0 && tokens.start(first) == draft.speakerStart && tokens.dominates(draft.speakerHead, before)
        && tokens.relation(before).equals("det")) {
      return tokens.start(before);
    }
    return draft.speakerStart;
  }

  /**
   * Where the speaker phrase ends once an appositive that follows it is counted in: "Omar Talib, the
   * mayor, said" and '"...," said Omar Talib, the mayor' name the speaker with the role, as
   * annotators mark it; the actor is still the one the name resolves to, so its name matches either
   * way. The rules read the phrase without it, to find the name. A place ("Rana Aziz, Basra") is
   * where the speaker is, not who; an appositive that reaches into the content or past the cue is
   * left out too.
   */
  private static int withAppositive(Tokens tokens, Draft draft) {
    if (draft.speakerHead < 0 || draft.speakerStart == draft.speakerEnd
        || tokens.start(draft.speakerHead) >= draft.speakerEnd || tokens.end(draft.speakerHead) > draft.speakerEnd) {
      return draft.speakerEnd;
    }
    int end = draft.speakerEnd;
    for (int c : tokens.children(draft.speakerHead)) {
      if (tokens.relation(c).equals("appos") && tokens.start(c) >= draft.speakerEnd && !PLACES.contains(tokens.ner(c))
          && !draft.contentOverlaps(tokens.start(tokens.subtreeFirst(c)), tokens.end(tokens.subtreeLast(c)))
          && !(draft.cueStart >= draft.speakerEnd && draft.cueStart < tokens.end(tokens.subtreeLast(c)))) {
        end = Math.max(end, tokens.end(tokens.subtreeLast(c)));
      }
    }
    return end;
  }

  /**
   * Two contents hung on one cue are one speech: '"A," she said, "B."' read as "A" before the cue
   * and "B" after it is one quote from A to B. A rule's speaker wins over the model's.
   */
  private static void mergeSharedCues(List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft first = drafts.get(i);
      for (int j = drafts.size() - 1; j > i; j--) {
        Draft second = drafts.get(j);
        if (second.cueStart == first.cueStart) {
          if (first.learned && !second.learned) {
            first.takeSpeaker(second); // where a rule read the same cue, its speaker is the better read
          }
          first.contentStart = Math.min(first.contentStart, second.contentStart);
          first.contentEnd = Math.max(first.contentEnd, second.contentEnd);
          if (first.kind != second.kind) {
            first.kind = first.kind == AttributionKind.DIRECT && second.kind == AttributionKind.DIRECT
                ? AttributionKind.DIRECT : AttributionKind.MIXED;
          }
          drafts.remove(j);
        }
      }
    }
  }

  /**
   * A content that runs into a participle of speech stops before it: "X confirmed that A, pointing
   * out that B" is two attributions, A and B. Speech nested in the content with a subject of its
   * own ("X said that Y believes B") stays inside.
   */
  private static void cutAtNextCue(String text, List<Draft> drafts) {
    for (Draft draft : drafts) {
      for (Draft other : drafts) {
        if (other != draft && other.inheritsSpeaker && other.cueStart > draft.contentStart
            && other.cueStart < draft.contentEnd) {
          int end = other.cueStart;
          while (end > draft.contentStart + 1 && isTrailing(text, end - 1)) {
            end--;
          }
          draft.contentEnd = end;
        }
      }
    }
  }

  private static boolean isTrailing(String text, int i) {
    char c = text.charAt(i);
    return Character.isWhitespace(c) || c == ',' || c == ';' || c == ':' || c == '\u2014' || c == '-';
  }
}
