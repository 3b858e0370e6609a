package org.basira.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.basira.analysis.Outcome;
import org.basira.eval.Evaluation;
import org.basira.eval.Finding;
import org.basira.eval.GoldArticle;
import org.basira.eval.Report;
import org.basira.json.AnalysisJson;
import org.basira.model.PartialDate;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira eval}: scores extraction against hand annotations, by the contract's rules. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores Basira against a gold file (JSON Lines of hand annotations): attributions (content",
      "P/R/F1 at overlap 0.3 and 0.8, speaker accuracy, end-to-end F1), events (P/R/F1 with actors",
      "and by category alone), scenario references (P/R/F1, stance accuracy) and actor resolution",
      "(pairwise P/R/F1). Without --predictions it runs the extraction on each gold article's file",
      "(resolved beside the gold file, then its parent folder, then --root), dated by the gold's",
      "'published' month."
    },
    footer = {
      "",
      "Examples:",
      "  basira eval --gold ../shared/gold/seeds.jsonl",
      "  basira eval --gold ../shared/gold/seeds.jsonl --explain",
      "  basira extract ../shared/seeds --out pred.jsonl && basira eval --gold ../shared/gold/seeds.jsonl --predictions pred.jsonl --json"
    })
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON Lines).")
  Path gold;

  @Option(names = "--predictions", paramLabel = "FILE",
      description = "Score these contract JSON Lines instead of running the extraction.")
  Path predictions;

  @Option(names = "--json", description = "Print the report as JSON (the reference scorer's shape).")
  boolean json;

  @Option(names = "--explain", description = "List each missed, spurious and partly right item after the scores.")
  boolean explain;

  @Option(names = "--root", paramLabel = "DIR", description = "A folder that the gold's relative file paths are relative to.")
  Path root;

  @Option(names = "--keep-all-status", description = "Score negated, hypothetical and future events too.")
  boolean keepAllStatus;

  @Option(names = "--actors", paramLabel = "FILE",
      description = "Add the actors of this YAML file to the built-in ones when extracting; repeatable.")
  List<Path> actorFiles = new ArrayList<>();

  @Option(names = "--casebook", paramLabel = "FILE",
      description = "Find references to this casebook's scenarios when extracting (default: the shipped one; 'none').")
  String casebook;

  @Option(names = "--save-predictions", paramLabel = "FILE", description = "Also write the extraction's output here.")
  Path savePredictions;

  private final Readers readers;
  private final Analyzers analyzers;
  private final Casebooks casebooks;
  private final AnalysisJson analysisJson;
  private final Evaluation evaluation = new Evaluation();
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  EvalCommand(Readers readers, Analyzers analyzers, Casebooks casebooks, AnalysisJson analysisJson) {
    this.readers = readers;
    this.analyzers = analyzers;
    this.casebooks = casebooks;
    this.analysisJson = analysisJson;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      throw new UserError("the gold file " + gold + " does not exist; check the path.", ExitCodes.USAGE);
    }
    if (predictions != null && !Files.isRegularFile(predictions)) {
      throw new UserError("the predictions file " + predictions + " does not exist; check the path.", ExitCodes.USAGE);
    }
    Evaluation.Gold goldFile = evaluation.readGold(gold, root);
    boolean someFailed = goldFile.badLines() > 0 || goldFile.filesNotFound() > 0;
    if (goldFile.badLines() > 0) {
      err.println("basira: " + gold + " has " + goldFile.badLines() + " lines that are not JSON objects; they were skipped.");
    }
    List<JsonNode> predicted;
    if (predictions != null) {
      predicted = evaluation.readLines(predictions);
    } else {
      predicted = new ArrayList<>();
      someFailed |= !extract(goldFile, predicted, err);
    }
    Report report = evaluation.score(goldFile, predicted, keepAllStatus);
    if (json) {
      out.println(mapper.writeValueAsString(report.json()));
    } else {
      new ScoreTable(out).print(report);
    }
    if (explain) {
      printFindings(report.findings(), out);
    }
    out.flush();
    return someFailed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /**
   * Runs the extraction on every gold article's file, each dated by the gold's month, through the
   * same batch as {@code extract}; false when some could not be read or analysed.
   */
  private boolean extract(Evaluation.Gold goldFile, List<JsonNode> predicted, PrintWriter err) throws IOException {
    boolean allFine = true;
    List<Stream<ReadResult>> reads = new ArrayList<>();
    for (int i = 0; i < goldFile.articles().size(); i++) {
      GoldArticle article = goldFile.articles().get(i);
      Path file = goldFile.files().get(i);
      if (file == null) {
        err.println("basira: the file of gold article " + article.name() + " (" + article.file()
            + ") was not found; it scores as empty. Give its folder with --root.");
        allFine = false;
        continue;
      }
      PartialDate published = PartialDate.tryParse(article.published()).filter(PartialDate::hasMonth).orElse(null);
      reads.add(readers.read(List.of(file.toString()), new ReadOptions(null, null, null, published)));
    }
    List<String> lines = new ArrayList<>();
    List<Outcome.Failed> failures = new ArrayList<>();
    Batch batch = new Batch(analyzers.with(Analyzers.read(actorFiles), casebooks.named(casebook).orElse(null)),
        Runtime.getRuntime().availableProcessors(), Batch.DEFAULT_MAX_CHARS);
    try (Stream<ReadResult> articles = reads.stream().flatMap(r -> r)) {
      batch.run(articles, outcome -> {
        if (outcome instanceof Outcome.Analysed a) {
          lines.add(analysisJson.toLine(a.analysis(), true));
        } else if (outcome instanceof Outcome.Failed f) {
          failures.add(f);
        }
      });
    }
    for (Outcome.Failed f : failures) {
      err.println("basira: " + f.sentence());
    }
    for (String line : lines) {
      predicted.add(mapper.readTree(line));
    }
    if (savePredictions != null) {
      Files.write(savePredictions, lines, StandardCharsets.UTF_8);
    }
    return allFine && failures.isEmpty();
  }

  private static void printFindings(List<Finding> findings, PrintWriter out) {
    out.println();
    if (findings.isEmpty()) {
      out.println("Nothing missed, nothing spurious.");
      return;
    }
    Map<String, List<Finding>> byLayer = new TreeMap<>();
    findings.forEach(f -> byLayer.computeIfAbsent(f.layer(), k -> new ArrayList<>()).add(f));
    byLayer.forEach((layer, items) -> {
      out.println(layer + " (" + items.size() + "):");
      for (Finding f : items) {
        out.printf("  %-15s [%s] \"%s\"%n  %15s  %s%n", f.kind(), f.article(), abbreviate(f.text()), "", f.detail());
      }
    });
  }

  private static String abbreviate(String text) {
    String t = text == null ? "" : text.replaceAll("\\s+", " ");
    return t.length() <= 160 ? t : t.substring(0, 157) + "...";
  }
}
