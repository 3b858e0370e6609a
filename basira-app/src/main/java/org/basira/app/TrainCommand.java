package org.basira.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.basira.eval.Evaluation;
import org.basira.eval.GoldArticle;
import org.basira.gazetteer.Gazetteer;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.basira.nlp.attributions.AttributionTraining;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.attributions.SpeechModel;
import org.basira.nlp.events.EventModel;
import org.basira.nlp.events.EventTraining;
import org.basira.nlp.learning.FeatureClassifier;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira train}: trains the learned parts of the analysis from hand-annotated articles. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Trains a learned part of the analysis from hand-annotated articles.")
final class TrainCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "say what to train: basira train attributions, or basira train events");
  }

  /** {@code basira train attributions}: the model that reads the speech the rules leave unread. */
  @Command(
      name = "attributions",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Trains the attribution model on a gold file's articles (JSON Lines of hand annotations with",
        "speaker, cue and content as text, as in the contract's gold format): each article is",
        "parsed, every word the rules leave free is a candidate cue, and a logistic regression",
        "learns which candidates are cues and where their content lies. The same data and seed",
        "give the same model. Ship it by writing it over",
        "basira-nlp/src/main/resources/org/basira/nlp/attributions/speech-model.tribuo.gz (gzip-compressed)."
      },
      footer = {
        "",
        "Examples:",
        "  basira train attributions --data ../shared/data/polnear/train --out speech-model.tribuo.gz",
        "  basira train attributions --data my-gold.jsonl --root texts/ --out model.tribuo.gz --seed 7"
      })
  static final class Attributions implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingData options;

    @Option(names = "--epochs", defaultValue = "8", paramLabel = "N",
        description = "Passes over the training examples (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--limit", paramLabel = "N", description = "Train on the first N articles only, for a quick try.")
    Integer limit;

    private final Readers readers;
    private final Supplier<Gazetteer> gazetteer;

    Attributions(Readers readers, Supplier<Gazetteer> gazetteer) {
      this.readers = readers;
      this.gazetteer = gazetteer;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter err = spec.commandLine().getErr();
      Path goldFile = options.goldFile();
      if (epochs < 1 || options.threads != null && options.threads < 1 || limit != null && limit < 1) {
        throw new UserError("--epochs, --threads and --limit take a number of at least 1.", ExitCodes.USAGE);
      }
      Evaluation.Gold gold = new Evaluation().readGold(goldFile, options.root);
      int n = limit == null ? gold.articles().size() : Math.min(limit, gold.articles().size());
      CoreNlpLogging.quiet();
      Pipeline annotator = Pipeline.upToAttributions(gazetteer.get());
      AttributionTraining training = new AttributionTraining();
      List<Callable<AttributionTraining.ArticleExamples>> jobs = new ArrayList<>();
      int skipped = 0;
      for (int i = 0; i < n; i++) {
        GoldArticle article = gold.articles().get(i);
        Path file = gold.files().get(i);
        if (file == null || article.attributions() == null) {
          err.println("basira: gold article " + article.name() + " has no readable file or no attributions; skipped.");
          skipped++;
          continue;
        }
        jobs.add(() -> examples(annotator, training, article, file));
      }
      Parsed<AttributionTraining.ArticleExamples> parsed = parse(jobs, options.threads, err);
      List<AttributionTraining.ArticleExamples> examples = parsed.results();
      skipped += parsed.skipped();
      if (examples.isEmpty()) {
        throw new UserError("no article of " + goldFile + " could be used for training.", ExitCodes.SOME_FAILED);
      }
      int goldCount = examples.stream().mapToInt(AttributionTraining.ArticleExamples::gold).sum();
      int placed = examples.stream().mapToInt(AttributionTraining.ArticleExamples::placed).sum();
      int learnable = examples.stream().mapToInt(AttributionTraining.ArticleExamples::learnable).sum();
      Map<String, Integer> labels = AttributionTraining.labelCounts(examples);
      err.printf("basira: %d articles, %d gold attributions, %d found in their text, %d as cues the rules leave free%n",
          examples.size(), goldCount, placed, learnable);
      err.printf("basira: of their %d cue words, %d the rules read, %d the model can learn, %d with no shape that covers"
          + " the content, %d with no candidate (no speaker, or the rules said no)%n",
          examples.stream().mapToInt(AttributionTraining.ArticleExamples::cues).sum(),
          examples.stream().mapToInt(AttributionTraining.ArticleExamples::ruled).sum(), learnable,
          examples.stream().mapToInt(AttributionTraining.ArticleExamples::unshaped).sum(),
          examples.stream().mapToInt(AttributionTraining.ArticleExamples::noCandidate).sum());
      err.println("basira: training examples by label " + labels);
      SpeechModel model = training.train(examples, options.seed, epochs);
      model.write(options.out);
      spec.commandLine().getOut().println("basira: wrote the attribution model to " + options.out
          + " (" + Files.size(options.out) / 1024 + " KB; seed " + options.seed + ", " + epochs + " epochs).");
      return skipped > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private AttributionTraining.ArticleExamples examples(Pipeline annotator, AttributionTraining training,
        GoldArticle article, Path file) {
      AnnotatedArticle annotated = annotated(readers, annotator, file);
      if (annotated == null) {
        return null;
      }
      List<AttributionTraining.GoldSpeech> speech = article.attributions().stream()
          .map(a -> new AttributionTraining.GoldSpeech(a.cue(), a.content())).toList();
      return training.examples(annotated, speech);
    }
  }

  /** What every training reads and writes: the gold data, where the model goes, the seed and the threads. */
  static final class TrainingData {

    @Option(names = "--data", required = true, paramLabel = "DIR|FILE",
        description = "A folder holding gold.jsonl and the texts it names, or a gold file.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--root", paramLabel = "DIR", description = "A folder that the gold's relative file paths are relative to.")
    Path root;

    @Option(names = "--seed", defaultValue = "20211209", paramLabel = "N",
        description = "The seed of the training's random order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Articles parsed at once (default: the processors).")
    Integer threads;

    /** The gold file {@code --data} names: the file itself, or gold.jsonl in the folder. */
    Path goldFile() {
      Path goldFile = Files.isDirectory(data) ? data.resolve("gold.jsonl") : data;
      if (!Files.isRegularFile(goldFile)) {
        throw new UserError("no gold file at " + goldFile + "; give a folder holding gold.jsonl or the gold file itself.",
            ExitCodes.USAGE);
      }
      return goldFile;
    }
  }

  /** What a parallel parse gave: the results in the order asked, and how many jobs failed or gave nothing. */
  record Parsed<T>(List<T> results, int skipped) {
  }

  /**
   * Runs {@code jobs} (one article each) on {@code threads} threads, or one per processor; a job that
   * fails or gives null is reported and skipped, so one bad article never stops the training.
   */
  static <T> Parsed<T> parse(List<Callable<T>> jobs, Integer threads, PrintWriter err) throws InterruptedException {
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<T> results = new ArrayList<>();
    int skipped = 0;
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<T>> pending = new ArrayList<>();
      for (Callable<T> job : jobs) {
        pending.add(pool.submit(job));
      }
      int done = 0;
      for (Future<T> f : pending) {
        try {
          T result = f.get();
          if (result != null) {
            results.add(result);
          } else {
            skipped++;
          }
        } catch (ExecutionException e) {
          err.println("basira: an article could not be parsed (" + e.getCause() + "); skipped.");
          skipped++;
        }
        if (++done % 100 == 0) {
          err.println("basira: parsed " + done + " of " + pending.size() + " articles");
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new Parsed<>(results, skipped);
  }

  /** The article a file holds, annotated by {@code annotator}, or null when it cannot be read. */
  static AnnotatedArticle annotated(Readers readers, Pipeline annotator, Path file) {
    try (Stream<ReadResult> read = readers.read(List.of(file.toString()), ReadOptions.DEFAULTS)) {
      ReadResult result = read.findFirst().orElse(null);
      return result instanceof ReadResult.Success success ? annotator.annotate(success.article()) : null;
    }
  }

  /** {@code basira train events}: the models that code the PLOVER category of a sentence's event and its sides. */
  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      sortOptions = false,
      description = {
        "Trains the event model on a gold file's coded events (JSON Lines of hand annotations with",
        "each event's PLOVER categories and the sentence that reports it, as in the contract's gold",
        "format) and on background news with no annotation, whose sentences without a trigger of the",
        "lexicon teach it what reports no event. A logistic regression learns the category from the",
        "sentence's words, the shape of its main clause and the triggers the lexicon finds. Where the",
        "gold names each event's source and target actors, a second regression, the side model,",
        "learns which participant of a trigger's sentence is its source or target from the path in the",
        "parse between them; it fills a side the rules leave empty. The same data and seed give the",
        "same models. Ship them by writing them over basira-nlp/src/main/resources/org/basira/nlp/",
        "events/event-model.tribuo.gz and side-model.tribuo.gz beside it (gzip-compressed)."
      },
      footer = {
        "",
        "Examples:",
        "  basira train events --data ../shared/data/plover/train \\",
        "      --background ../shared/data/polnear/train/texts --out event-model.tribuo.gz",
        "  basira train events --data my-gold.jsonl --root texts/ --out model.tribuo.gz --seed 7"
      })
  static final class Events implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingData options;

    @Option(names = "--background", paramLabel = "DIR|FILE",
        description = "News with no annotation (a folder of articles, or one file): its sentences without a trigger"
            + " are the examples of no event. Without it the model learns categories only and never adds an event.")
    Path background;

    @Option(names = "--background-articles", defaultValue = "100", paramLabel = "N",
        description = "How many background articles to read, in file-name order (default: ${DEFAULT-VALUE}).")
    int backgroundArticles;

    @Option(names = "--epochs", defaultValue = "10", paramLabel = "N",
        description = "Passes over the training examples (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--sides-out", paramLabel = "FILE",
        description = "Where to write the side model (default: side-model.tribuo.gz beside --out).")
    Path sidesOut;

    /** What one coded article teaches: its sentences' categories and its events' side candidates. */
    record CodedArticle(List<FeatureClassifier.Example> categories, List<FeatureClassifier.Example> sides) {
    }

    private final Readers readers;
    private final Supplier<Gazetteer> gazetteer;

    Events(Readers readers, Supplier<Gazetteer> gazetteer) {
      this.readers = readers;
      this.gazetteer = gazetteer;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter err = spec.commandLine().getErr();
      Path goldFile = options.goldFile();
      if (background != null && !Files.exists(background)) {
        throw new UserError("no background news at " + background + "; give a folder of articles or a file.",
            ExitCodes.USAGE);
      }
      if (epochs < 1 || options.threads != null && options.threads < 1 || backgroundArticles < 1) {
        throw new UserError("--epochs, --threads and --background-articles take a number of at least 1.",
            ExitCodes.USAGE);
      }
      Evaluation.Gold gold = new Evaluation().readGold(goldFile, options.root);
      CoreNlpLogging.quiet();
      Pipeline annotator = Pipeline.upToAttributions(gazetteer.get());
      EventTraining training = new EventTraining(gazetteer.get());
      List<Callable<CodedArticle>> jobs = new ArrayList<>();
      int skipped = 0;
      for (int i = 0; i < gold.articles().size(); i++) {
        GoldArticle article = gold.articles().get(i);
        Path file = gold.files().get(i);
        if (file == null || article.events() == null) {
          err.println("basira: gold article " + article.name() + " has no readable file or no events; skipped.");
          skipped++;
          continue;
        }
        List<EventTraining.GoldEvent> events = goldEvents(article);
        jobs.add(() -> {
          AnnotatedArticle annotated = annotated(readers, annotator, file);
          return annotated == null ? null : new CodedArticle(training.coded(annotated, events),
              training.sides(annotated, events));
        });
      }
      Parsed<CodedArticle> coded = parse(jobs, options.threads, err);
      skipped += coded.skipped();
      List<FeatureClassifier.Example> examples = new ArrayList<>();
      List<FeatureClassifier.Example> sideExamples = new ArrayList<>();
      coded.results().forEach(c -> {
        examples.addAll(c.categories());
        sideExamples.addAll(c.sides());
      });
      int events = examples.size();
      if (events == 0) {
        throw new UserError("no event of " + goldFile + " could be used for training.", ExitCodes.SOME_FAILED);
      }
      int quiet = 0;
      if (background != null) {
        List<Callable<List<FeatureClassifier.Example>>> backgroundJobs = new ArrayList<>();
        for (Path file : backgroundFiles(background, backgroundArticles)) {
          backgroundJobs.add(() -> {
            AnnotatedArticle annotated = annotated(readers, annotator, file);
            return annotated == null ? null : training.background(annotated);
          });
        }
        Parsed<List<FeatureClassifier.Example>> read = parse(backgroundJobs, options.threads, err);
        skipped += read.skipped();
        read.results().forEach(examples::addAll);
        quiet = examples.size() - events;
      }
      err.printf("basira: %d coded events from %d articles, %d background sentences with no event%n", events,
          coded.results().size(), quiet);
      EventModel model = training.train(examples, options.seed, epochs);
      model.write(options.out);
      spec.commandLine().getOut().println("basira: wrote the event model to " + options.out
          + " (" + Files.size(options.out) / 1024 + " KB; seed " + options.seed + ", " + epochs + " epochs).");
      if (sideExamples.isEmpty()) {
        err.println("basira: the gold names no event's source or target; no side model was written.");
      } else {
        Path sides = sidesOut != null ? sidesOut : options.out.toAbsolutePath().resolveSibling("side-model.tribuo.gz");
        err.printf("basira: %d side candidates of the coded events%n", sideExamples.size());
        training.trainSides(sideExamples, options.seed, epochs).write(sides);
        spec.commandLine().getOut().println("basira: wrote the side model to " + sides
            + " (" + Files.size(sides) / 1024 + " KB).");
      }
      return skipped > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** An article's gold events with the forms of their sides as the annotators wrote them. */
    private static List<EventTraining.GoldEvent> goldEvents(GoldArticle article) {
      Map<String, List<String>> forms = new HashMap<>();
      if (article.actors() != null) {
        article.actors().forEach(a -> forms.putIfAbsent(a.id(), a.forms()));
      }
      // An id that names no gold actor stands for itself, as in eval.
      Function<List<String>, List<String>> written = ids -> ids == null ? List.of()
          : ids.stream().flatMap(id -> forms.getOrDefault(id, List.of(id)).stream()).toList();
      return article.events().stream().map(e -> new EventTraining.GoldEvent(e.categories(), e.text(),
          written.apply(e.source()), written.apply(e.target()))).toList();
    }

    /** The first {@code limit} regular files under {@code background}, in name order (or the file itself). */
    private static List<Path> backgroundFiles(Path background, int limit) throws IOException {
      if (!Files.isDirectory(background)) {
        return List.of(background);
      }
      try (Stream<Path> files = Files.walk(background)) {
        return files.filter(Files::isRegularFile).sorted().limit(limit).toList();
      }
    }
  }
}
