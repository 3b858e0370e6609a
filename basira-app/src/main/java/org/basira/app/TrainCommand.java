package org.basira.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.basira.eval.Evaluation;
import org.basira.eval.GoldArticle;
import org.basira.gazetteer.Gazetteer;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.basira.nlp.attributions.AttributionTraining;
import org.basira.nlp.attributions.SpeechModel;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import picocli.CommandLine.Command;
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
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say what to train: basira train attributions");
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

    @Option(names = "--epochs", defaultValue = "8", paramLabel = "N",
        description = "Passes over the training examples (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--threads", paramLabel = "N", description = "Articles parsed at once (default: the processors).")
    Integer threads;

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
      Path goldFile = Files.isDirectory(data) ? data.resolve("gold.jsonl") : data;
      if (!Files.isRegularFile(goldFile)) {
        throw new UserError("no gold file at " + goldFile + "; give a folder holding gold.jsonl or the gold file itself.",
            ExitCodes.USAGE);
      }
      if (epochs < 1 || threads != null && threads < 1 || limit != null && limit < 1) {
        throw new UserError("--epochs, --threads and --limit take a number of at least 1.", ExitCodes.USAGE);
      }
      Evaluation.Gold gold = new Evaluation().readGold(goldFile, root);
      int n = limit == null ? gold.articles().size() : Math.min(limit, gold.articles().size());
      CoreNlpLogging.quiet();
      Pipeline annotator = Pipeline.upToAttributions(gazetteer.get());
      AttributionTraining training = new AttributionTraining();
      int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      List<AttributionTraining.ArticleExamples> examples = new ArrayList<>();
      int skipped = 0;
      ExecutorService pool = Executors.newFixedThreadPool(workers);
      try {
        List<Future<AttributionTraining.ArticleExamples>> pending = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          GoldArticle article = gold.articles().get(i);
          Path file = gold.files().get(i);
          if (file == null || article.attributions() == null) {
            err.println("basira: gold article " + article.name() + " has no readable file or no attributions; skipped.");
            skipped++;
            continue;
          }
          pending.add(pool.submit(() -> examples(annotator, training, article, file)));
        }
        int done = 0;
        for (Future<AttributionTraining.ArticleExamples> f : pending) {
          try {
            AttributionTraining.ArticleExamples e = f.get();
            if (e != null) {
              examples.add(e);
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
      SpeechModel model = training.train(examples, seed, epochs);
      model.write(out);
      spec.commandLine().getOut().println("basira: wrote the attribution model to " + out
          + " (" + Files.size(out) / 1024 + " KB; seed " + seed + ", " + epochs + " epochs).");
      return skipped > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    private AttributionTraining.ArticleExamples examples(Pipeline annotator, AttributionTraining training,
        GoldArticle article, Path file) {
      try (Stream<ReadResult> read = readers.read(List.of(file.toString()), ReadOptions.DEFAULTS)) {
        ReadResult result = read.findFirst().orElse(null);
        if (!(result instanceof ReadResult.Success success)) {
          return null;
        }
        List<AttributionTraining.GoldSpeech> speech = article.attributions().stream()
            .map(a -> new AttributionTraining.GoldSpeech(a.cue(), a.content())).toList();
        return training.examples(annotator.annotate(success.article()), speech);
      }
    }
  }
}
