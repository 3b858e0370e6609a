package org.basira.nlp.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.basira.nlp.learning.FeatureClassifier;

/**
 * The learned part of reading an event's sides: a multinomial logistic regression (Tribuo) that
 * reads a candidate participant's {@link SideFeatures} (its path in the parse from the trigger, the
 * event's category, what the rules made of it) and says whether it is the event's source, its
 * target, or neither. Trained by {@code basira train events} beside the category model; the
 * shipped weights are {@code org/basira/nlp/events/side-model.tribuo.gz}.
 */
public final class SideModel {

  static final String SOURCE = "SOURCE";
  static final String TARGET = "TARGET";
  static final String NEITHER = "NEITHER";

  private static final String SHIPPED = "side-model.tribuo.gz";
  private static final String WHAT = "an event side model";
  private static final int LEAST_COUNT = 2;

  private final FeatureClassifier model;

  private SideModel(FeatureClassifier model) {
    this.model = model;
  }

  /** The model that ships with Basira. */
  public static SideModel shipped() {
    return new SideModel(FeatureClassifier.shipped(SideModel.class, SHIPPED, "the event side model"));
  }

  /** A model written by {@link #write} (gzip-compressed). */
  public static SideModel read(Path file) throws IOException {
    return new SideModel(FeatureClassifier.read(file, WHAT, "basira train events"));
  }

  /** Writes the model, gzip-compressed; an earlier file there is replaced only once the new one is whole. */
  public void write(Path file) throws IOException {
    model.write(file);
  }

  /** Trains on labelled candidates in the order given; the same candidates and seed give the same weights. */
  static SideModel train(List<FeatureClassifier.Example> candidates, long seed, int epochs) {
    return new SideModel(FeatureClassifier.train(candidates, seed, epochs, LEAST_COUNT));
  }

  /** The probability that a candidate with {@code features} is the source, the target, or neither. */
  Map<String, Double> read(Collection<String> features) {
    return model.probabilities(features);
  }
}
