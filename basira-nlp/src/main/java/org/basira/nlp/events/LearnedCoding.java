package org.basira.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.basira.model.PloverCategory;
import org.basira.nlp.Tokens;

/**
 * The event model's say over a sentence's triggers. The lexicon knows which words can carry an
 * event; the model, trained on hand-coded news, knows better what the whole sentence reports
 * ("pledged to end the blockade", "filed a lawsuit against"). So the main trigger (the one nearest
 * the root of the parse) takes the model's category where the model is confident of it; the other
 * triggers keep the lexicon's. Where the lexicon finds nothing and the model reads an event rather
 * than none, the root verb carries it.
 */
final class LearnedCoding {

  /**
   * The least share of the event readings the model's category must have to recode the lexicon's
   * main trigger. Below it the model hesitates between categories, and the lexicon's word-level
   * reading is kept.
   */
  static final double CONFIDENT = 0.8;

  private final EventModel model;

  LearnedCoding(EventModel model) {
    this.model = model;
  }

  List<Trigger> code(Tokens tokens, int s, List<Trigger> found) {
    EventModel.Reading reading = model.read(EventFeatures.of(tokens, s, found));
    if (found.isEmpty()) {
      Trigger root = reading.noEvent() ? null : rootVerb(tokens, s, reading.likeliest());
      return root == null ? found : List.of(root);
    }
    PloverCategory category = reading.likeliest();
    Trigger main = EventFeatures.main(tokens, found);
    if (main.pattern().category() == category || reading.share(category) < CONFIDENT) {
      return found;
    }
    List<Trigger> coded = new ArrayList<>(found);
    coded.set(found.indexOf(main), main.coded(category));
    return coded;
  }

  /** The sentence's root as the trigger of an event of {@code category}, or null when the root is no verb. */
  private static Trigger rootVerb(Tokens tokens, int s, PloverCategory category) {
    for (int t = tokens.sentenceStart(s); t < tokens.sentenceEnd(s); t++) {
      if (tokens.relation(t).equals("root")) {
        if (!tokens.isVerb(t)) {
          return null;
        }
        EventPattern pattern = new EventPattern(category, EventPattern.Kind.VERB, tokens.lemma(t), List.of(), null,
            List.of(), Map.of());
        return new Trigger(pattern, t, t, t, -1);
      }
    }
    return null;
  }
}
