package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Tokens;
import org.basira.nlp.learning.FeatureClassifier;

/**
 * Training the event model from hand-coded sentences (gold events give their PLOVER categories and
 * the sentence as text) and from background news with no annotation: the sentence of each gold
 * event is labelled with its category, and every background sentence in which the trigger lexicon
 * finds nothing is labelled "no event", so that the model learns when a sentence the lexicon misses
 * still reports an event, and how to code one it finds. Thread-safe: articles may be read in
 * parallel and their examples joined in order.
 */
public final class EventTraining {

  private final EventLexicon lexicon = EventLexicon.load();
  private final Triggers triggers = new Triggers(lexicon);
  private final Participants participants = new Participants(lexicon);
  private final Map<String, GazetteerEntry> demonyms;
  private final Gazetteer gazetteer;

  /** Training that reads actors as the event stage does, with the states of {@code gazetteer}. */
  public EventTraining(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.demonyms = EventActors.demonymsOf(gazetteer.entries());
  }

  /**
   * A gold event as a gold file gives it: its categories (one or more), the words that report it,
   * and the forms of its source and target actors as written (empty where the file gives none).
   */
  public record GoldEvent(List<String> categories, String text, List<String> sourceForms, List<String> targetForms) {

    public GoldEvent(List<String> categories, String text) {
      this(categories, text, List.of(), List.of());
    }
  }

  /**
   * The labelled sentences of an article whose linguistic and actor layers are annotated: for each
   * gold event, the sentence that reports it (the one whose triggers agree with the gold category,
   * else the longest of those the event's text covers).
   */
  public List<FeatureClassifier.Example> coded(AnnotatedArticle article, List<GoldEvent> gold) {
    Tokens tokens = article.tokens();
    EventActors actors = new EventActors(tokens, article.actors(), demonyms, gazetteer);
    List<FeatureClassifier.Example> examples = new ArrayList<>();
    for (GoldEvent event : gold) {
      if (event.categories().isEmpty()) {
        continue;
      }
      int[] span = place(article.text(), event.text());
      int best = -1;
      String label = event.categories().get(0);
      List<Trigger> bestFound = List.of();
      int bestScore = -1;
      for (int s = 0; s < tokens.sentences(); s++) {
        if (tokens.end(tokens.sentenceEnd(s) - 1) <= span[0] || tokens.start(tokens.sentenceStart(s)) >= span[1]) {
          continue;
        }
        List<Trigger> found = triggers.find(tokens, actors.mentions(), s);
        String agreeing = found.stream().map(t -> t.pattern().category().name())
            .filter(event.categories()::contains).findFirst().orElse(null);
        // An agreeing trigger outweighs any length.
        int score = (agreeing != null ? 100_000 : 0) + tokens.sentenceEnd(s) - tokens.sentenceStart(s);
        if (score > bestScore) {
          bestScore = score;
          best = s;
          bestFound = found;
          label = agreeing != null ? agreeing : event.categories().get(0);
        }
      }
      if (best >= 0) {
        examples.add(new FeatureClassifier.Example(EventFeatures.of(tokens, best, bestFound), label));
      }
    }
    return examples;
  }

  /**
   * The labelled side candidates of an article's gold events: for each event whose sentence has a
   * trigger of the gold category, every candidate participant of that trigger labelled source,
   * target or neither by whether its words lie inside a gold side's form or hold it (the reading
   * of {@code plover_lenient.py}). Events whose gold gives no side at all are passed over.
   */
  public List<FeatureClassifier.Example> sides(AnnotatedArticle article, List<GoldEvent> gold) {
    Tokens tokens = article.tokens();
    EventActors actors = new EventActors(tokens, article.actors(), demonyms, gazetteer);
    List<FeatureClassifier.Example> examples = new ArrayList<>();
    for (GoldEvent event : gold) {
      if (event.sourceForms().isEmpty() && event.targetForms().isEmpty()) {
        continue;
      }
      int[] span = place(article.text(), event.text());
      Trigger agreeing = null;
      for (int s = 0; s < tokens.sentences() && agreeing == null; s++) {
        if (tokens.end(tokens.sentenceEnd(s) - 1) <= span[0] || tokens.start(tokens.sentenceStart(s)) >= span[1]) {
          continue;
        }
        agreeing = triggers.find(tokens, actors.mentions(), s).stream()
            .filter(t -> event.categories().contains(t.pattern().category().name())).findFirst().orElse(null);
      }
      if (agreeing == null) {
        continue;
      }
      Participants.Sides ruled = participants.of(tokens, actors, agreeing);
      for (LearnedSides.Candidate c : LearnedSides.candidates(tokens, actors, agreeing)) {
        boolean source = SideLabels.matches(c.reading().words(), event.sourceForms());
        boolean target = SideLabels.matches(c.reading().words(), event.targetForms());
        String label = source == target ? SideModel.NEITHER : source ? SideModel.SOURCE : SideModel.TARGET;
        examples.add(new FeatureClassifier.Example(SideFeatures.of(tokens, agreeing, c.token(), c.reading().kind(),
            LearnedSides.ruled(ruled, c.reading())), label));
      }
    }
    return examples;
  }

  /** Trains the side model on labelled candidates, in the order given. */
  public SideModel trainSides(List<FeatureClassifier.Example> examples, long seed, int epochs) {
    return SideModel.train(examples, seed, epochs);
  }

  /** The sentences of an unannotated article in which the lexicon finds no trigger, each labelled "no event". */
  public List<FeatureClassifier.Example> background(AnnotatedArticle article) {
    Tokens tokens = article.tokens();
    EventActors actors = new EventActors(tokens, article.actors(), demonyms, gazetteer);
    List<FeatureClassifier.Example> examples = new ArrayList<>();
    for (int s = 0; s < tokens.sentences(); s++) {
      List<Trigger> found = triggers.find(tokens, actors.mentions(), s);
      if (found.isEmpty() && tokens.sentenceEnd(s) - tokens.sentenceStart(s) > 3) {
        examples.add(new FeatureClassifier.Example(EventFeatures.of(tokens, s, found), EventModel.NONE));
      }
    }
    return examples;
  }

  /** Trains the model on labelled sentences, in the order given. */
  public EventModel train(List<FeatureClassifier.Example> examples, long seed, int epochs) {
    return EventModel.train(examples, seed, epochs);
  }

  /** Where {@code words} lie in {@code text}: their first occurrence, or the whole text when they are not found. */
  private static int[] place(String text, String words) {
    String wanted = words == null ? "" : words.strip();
    int at = wanted.isEmpty() ? -1 : text.indexOf(wanted);
    return at < 0 ? new int[] {0, text.length()} : new int[] {at, at + wanted.length()};
  }
}
