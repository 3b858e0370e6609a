package org.basira.nlp.attributions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * The learned part of the attribution layer: a multinomial logistic regression (Tribuo) that reads
 * the features of a candidate cue word and says which {@link ContentShape} its content takes, or
 * that the word is no cue at all. Trained by {@code basira train attributions}; the shipped weights
 * are {@code org/basira/nlp/attributions/speech-model.tribuo}.
 */
public final class SpeechModel {

  /** The label of a word that is not a cue. */
  static final String NONE = "NONE";
  /** A feature every candidate has, so that no example is empty. */
  static final String ALWAYS = "always";

  private static final String SHIPPED = "speech-model.tribuo.gz";
  /** Features seen fewer times than this in training are left out: they teach little and weigh a lot. */
  private static final int LEAST_COUNT = 5;
  private static final LabelFactory LABELS = new LabelFactory();

  private final Model<Label> model;

  private SpeechModel(Model<Label> model) {
    this.model = model;
  }

  /** The model that ships with Basira. */
  public static SpeechModel shipped() {
    try (InputStream in = SpeechModel.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the attribution model is missing from the jar; rebuild Basira");
      }
      return read(new GZIPInputStream(in), SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model written by {@link #write} (gzip-compressed); {@code name} says where it came from in messages. */
  public static SpeechModel read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return read(in, file.toString());
    } catch (java.util.zip.ZipException e) {
      throw new IOException(file + " is not an attribution model written by basira train attributions", e);
    }
  }

  private static SpeechModel read(InputStream in, String name) throws IOException {
    Model<?> read = Model.deserializeFromStream(in);
    if (!read.validate(Label.class)) {
      throw new IOException(name + " is not an attribution model (it predicts " + read.getClass().getSimpleName()
          + "); train one with basira train attributions");
    }
    return new SpeechModel(read.castModel(Label.class));
  }

  /** Writes the model, gzip-compressed; an earlier file there is replaced only once the new one is whole. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
      model.serializeToStream(out);
    }
    Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Trains a model on labelled candidates, in the order given. The same candidates and seed give the
   * same weights: SGD visits the examples in an order drawn from {@code seed}.
   */
  static SpeechModel train(List<LabelledCandidate> candidates, long seed, int epochs) {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    // A fixed date, so that the data's provenance does not vary between runs.
    OffsetDateTime fixed = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    MutableDataset<Label> data = new MutableDataset<>(
        new SimpleDataSourceProvenance("attribution candidates", fixed, LABELS), LABELS);
    Map<String, Integer> counts = new HashMap<>();
    candidates.forEach(c -> c.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
    for (LabelledCandidate candidate : candidates) {
      List<String> kept = candidate.features().stream().filter(f -> counts.get(f) >= LEAST_COUNT).toList();
      data.add(example(new Label(candidate.label()), kept));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), epochs,
        Integer.MAX_VALUE, 1, seed);
    return new SpeechModel(trainer.train(data));
  }

  /** One candidate's features and what it is: a shape's name or {@link #NONE}. */
  record LabelledCandidate(List<String> features, String label) {
  }

  /**
   * The shape whose content the candidate most likely has, among those its sentence offers, or null
   * when "no cue" is likelier than every offered shape.
   */
  ContentShape choose(Collection<String> features, Set<ContentShape> offered) {
    Prediction<Label> prediction = model.predict(example(LABELS.getUnknownOutput(), features));
    Map<String, Label> scores = prediction.getOutputScores();
    ContentShape best = null;
    double bestScore = score(scores, NONE);
    for (ContentShape shape : offered) {
      double score = score(scores, shape.name());
      if (score > bestScore) {
        best = shape;
        bestScore = score;
      }
    }
    return best;
  }

  private static double score(Map<String, Label> scores, String label) {
    Label found = scores.get(label);
    return found == null ? 0 : found.getScore();
  }

  private static ArrayExample<Label> example(Label label, Collection<String> features) {
    Set<String> names = new LinkedHashSet<>(features);
    names.add(ALWAYS);
    String[] array = names.toArray(String[]::new);
    double[] ones = new double[array.length];
    java.util.Arrays.fill(ones, 1.0);
    return new ArrayExample<>(label, array, ones);
  }
}
