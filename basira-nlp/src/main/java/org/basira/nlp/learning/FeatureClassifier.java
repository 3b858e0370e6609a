package org.basira.nlp.learning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * A multinomial logistic regression over named binary features (Tribuo's {@code LinearSGDTrainer}
 * with log loss and AdaGrad), as the learned parts of the analysis use it: trained from labelled
 * feature lists with a seed, asked for the probability of each label, and stored gzip-compressed.
 */
public final class FeatureClassifier {

  /** A feature every example has, so that no example is empty. */
  static final String ALWAYS = "always";

  private static final LabelFactory LABELS = new LabelFactory();

  private final Model<Label> model;

  private FeatureClassifier(Model<Label> model) {
    this.model = model;
  }

  /** One example: its features and its label. */
  public record Example(List<String> features, String label) {
  }

  /**
   * Trains on {@code examples} in the order given. The same examples and seed give the same weights:
   * SGD visits the examples in an order drawn from {@code seed}. Features seen fewer than {@code
   * leastCount} times are left out: they teach little and weigh a lot.
   */
  public static FeatureClassifier train(List<Example> examples, long seed, int epochs, int leastCount) {
    Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    // A fixed date, so that the data's provenance does not vary between runs.
    OffsetDateTime fixed = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    MutableDataset<Label> data = new MutableDataset<>(
        new SimpleDataSourceProvenance("labelled features", fixed, LABELS), LABELS);
    Map<String, Integer> counts = new HashMap<>();
    examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
    for (Example example : examples) {
      List<String> kept = example.features().stream().filter(f -> counts.get(f) >= leastCount).toList();
      data.add(example(new Label(example.label()), kept));
    }
    LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), epochs,
        Integer.MAX_VALUE, 1, seed);
    return new FeatureClassifier(trainer.train(data));
  }

  /**
   * The model stored as {@code resource} beside {@code owner} in the jar; {@code what} names it in
   * errors ("the attribution model").
   */
  public static FeatureClassifier shipped(Class<?> owner, String resource, String what) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(what + " is missing from the jar; rebuild Basira");
      }
      return read(new GZIPInputStream(in), resource, what);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model written by {@link #write}; {@code what} and {@code command} name it and its trainer in errors. */
  public static FeatureClassifier read(Path file, String what, String command) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return read(in, file.toString(), what);
    } catch (ZipException e) {
      throw new IOException(file + " is not " + what + " written by " + command, e);
    }
  }

  private static FeatureClassifier read(InputStream in, String name, String what) throws IOException {
    Model<?> read = Model.deserializeFromStream(in);
    if (!read.validate(Label.class)) {
      throw new IOException(name + " is not " + what + " (it predicts " + read.getClass().getSimpleName() + ")");
    }
    return new FeatureClassifier(read.castModel(Label.class));
  }

  /** Writes the model, gzip-compressed; an earlier file there is replaced only once the new one is whole. */
  public void write(Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path partial = target.resolveSibling(target.getFileName() + ".partial");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial))) {
      model.serializeToStream(out);
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The probability of each label the model knows, for an example with {@code features}. */
  public Map<String, Double> probabilities(Collection<String> features) {
    Map<String, Double> probabilities = new HashMap<>();
    model.predict(example(LABELS.getUnknownOutput(), features)).getOutputScores()
        .forEach((label, scored) -> probabilities.put(label, scored.getScore()));
    return probabilities;
  }

  private static ArrayExample<Label> example(Label label, Collection<String> features) {
    Set<String> names = new LinkedHashSet<>(features);
    names.add(ALWAYS);
    String[] array = names.toArray(String[]::new);
    double[] ones = new double[array.length];
    Arrays.fill(ones, 1.0);
    return new ArrayExample<>(label, array, ones);
  }
}
