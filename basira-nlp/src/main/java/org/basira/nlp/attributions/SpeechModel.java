package org.basira.nlp.attributions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.basira.nlp.learning.FeatureClassifier;

/**
 * The learned part of the attribution layer: a multinomial logistic regression (Tribuo) that reads
 * the features of a candidate cue word and says which {@link ContentShape} its content takes, or
 * that the word is no cue at all. Trained by {@code basira train attributions}; the shipped weights
 * are {@code org/basira/nlp/attributions/speech-model.tribuo.gz}.
 */
public final class SpeechModel {

  /** The label of a word that is not a cue. */
  static final String NONE = "NONE";

  private static final String SHIPPED = "speech-model.tribuo.gz";
  private static final String WHAT = "an attribution model";
  /** Features seen fewer times than this in training are left out: they teach little and weigh a lot. */
  private static final int LEAST_COUNT = 5;

  private final FeatureClassifier model;

  private SpeechModel(FeatureClassifier model) {
    this.model = model;
  }

  /** The model that ships with Basira. */
  public static SpeechModel shipped() {
    return new SpeechModel(FeatureClassifier.shipped(SpeechModel.class, SHIPPED, "the attribution model"));
  }

  /** A model written by {@link #write} (gzip-compressed). */
  public static SpeechModel read(Path file) throws IOException {
    return new SpeechModel(FeatureClassifier.read(file, WHAT, "basira train attributions"));
  }

  /** Writes the model, gzip-compressed; an earlier file there is replaced only once the new one is whole. */
  public void write(Path file) throws IOException {
    model.write(file);
  }

  /**
   * Trains a model on labelled candidates, in the order given. The same candidates and seed give the
   * same weights.
   */
  static SpeechModel train(List<LabelledCandidate> candidates, long seed, int epochs) {
    return new SpeechModel(FeatureClassifier.train(
        candidates.stream().map(c -> new FeatureClassifier.Example(c.features(), c.label())).toList(),
        seed, epochs, LEAST_COUNT));
  }

  /** One candidate's features and what it is: a shape's name or {@link #NONE}. */
  record LabelledCandidate(List<String> features, String label) {
  }

  /**
   * The shape whose content the candidate most likely has, among those its sentence offers, or null
   * when the candidate is a cue with a probability of {@code least} or less. The probability of a
   * cue is 1 − P(no cue), the shapes' shares summed: a word whose reading splits between two shapes
   * is still a cue.
   */
  ContentShape choose(Collection<String> features, Set<ContentShape> offered, double least) {
    Map<String, Double> scores = model.probabilities(features);
    if (1 - scores.getOrDefault(NONE, 0.0) <= least) {
      return null;
    }
    ContentShape best = null;
    double bestScore = 0;
    for (ContentShape shape : offered) {
      double score = scores.getOrDefault(shape.name(), 0.0);
      if (score > bestScore) {
        best = shape;
        bestScore = score;
      }
    }
    return best;
  }
}
