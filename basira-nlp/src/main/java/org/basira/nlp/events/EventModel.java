package org.basira.nlp.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.basira.model.PloverCategory;
import org.basira.nlp.learning.FeatureClassifier;

/**
 * The learned part of the event layer: a multinomial logistic regression (Tribuo) that reads a
 * sentence's {@link EventFeatures} and says which PLOVER category of event it reports, or that it
 * reports none. Trained by {@code basira train events}; the shipped weights are {@code
 * org/basira/nlp/events/event-model.tribuo.gz}.
 */
public final class EventModel {

  /** The label of a sentence that reports no event. */
  static final String NONE = "NONE";

  private static final String SHIPPED = "event-model.tribuo.gz";
  private static final String WHAT = "an event model";
  /** Features seen fewer times than this in training are left out. */
  private static final int LEAST_COUNT = 2;

  private final FeatureClassifier model;

  private EventModel(FeatureClassifier model) {
    this.model = model;
  }

  /**
   * What the model reads in a sentence: the probability that it reports no event, and the share of
   * each category among the event readings (the probabilities of the categories, rescaled to sum to 1).
   */
  record Reading(double none, Map<PloverCategory, Double> shares) {

    /** Whether "no event" is likelier than every category. */
    boolean noEvent() {
      return shares.values().stream().allMatch(share -> share * (1 - none) < none);
    }

    /** The likeliest category, were the sentence to report an event. */
    PloverCategory likeliest() {
      return shares.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    double share(PloverCategory category) {
      return shares.getOrDefault(category, 0.0);
    }
  }

  /** The model that ships with Basira. */
  public static EventModel shipped() {
    return new EventModel(FeatureClassifier.shipped(EventModel.class, SHIPPED, "the event model"));
  }

  /** A model written by {@link #write} (gzip-compressed). */
  public static EventModel read(Path file) throws IOException {
    return new EventModel(FeatureClassifier.read(file, WHAT, "basira train events"));
  }

  /** Writes the model, gzip-compressed; an earlier file there is replaced only once the new one is whole. */
  public void write(Path file) throws IOException {
    model.write(file);
  }

  /** Trains a model on labelled sentences in the order given; the same sentences and seed give the same weights. */
  static EventModel train(List<FeatureClassifier.Example> sentences, long seed, int epochs) {
    return new EventModel(FeatureClassifier.train(sentences, seed, epochs, LEAST_COUNT));
  }

  /** What the model reads in a sentence with {@code features}. */
  Reading read(Collection<String> features) {
    Map<String, Double> probabilities = model.probabilities(features);
    double none = probabilities.getOrDefault(NONE, 0.0);
    Map<PloverCategory, Double> shares = new EnumMap<>(PloverCategory.class);
    probabilities.forEach((label, probability) -> {
      if (!label.equals(NONE)) {
        shares.put(PloverCategory.valueOf(label), probability / Math.max(1e-12, 1 - none));
      }
    });
    return new Reading(none, shares);
  }
}
