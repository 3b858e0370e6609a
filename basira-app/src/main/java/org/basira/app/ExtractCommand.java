package org.basira.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.basira.analysis.Outcome;
import org.basira.json.AnalysisJson;
import org.basira.model.PartialDate;
import org.basira.read.Format;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basira extract}: one contract JSON object per article, as JSON Lines. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Analyses articles and writes one JSON object per article (JSON Lines) in the shape of the",
      "analysis contract: the article, its actors, attributions, events and scenario references.",
      "Reads plain text and Markdown (byte for byte), HTML, JSON Lines (one article object a line",
      "with \"text\" and optional \"title\", \"published\", \"source\", \"url\", \"language\"), WARC web",
      "archives and PDF reports (their text layer, without running headers and page numbers).",
      "A bad input is reported on stderr and skipped; the others are still written."
    },
    footer = {
      "",
      "Exit codes: 0 all fine, 1 some inputs failed, 2 usage error.",
      "",
      "Examples:",
      "  basira extract article.txt",
      "  basira extract --published 2021-10 --title \"Iraq after the withdrawal\" article.txt",
      "  basira extract samples/ --out analyses.jsonl",
      "  basira extract report.pdf --published 2024-11",
      "  basira extract archive.jsonl --no-text --threads 2 > analyses.jsonl",
      "  basira extract --actors docs/actors-example.yaml samples/",
      "  basira extract --casebook my-case.yaml samples/",
      "  curl -s https://example.org/story.html | basira extract --format html -"
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files or folders to read (folders recursively, by extension: ${COMPLETION-CANDIDATES}); '-' reads standard input.",
      completionCandidates = FormatNames.class)
  List<String> files;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to this file instead of standard output; it is replaced only once the run completes.")
  Path out;

  @Option(names = "--no-text", negatable = false, description = "Leave article.text out of the output.")
  boolean noText;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD or YYYY-MM) for articles whose input gives none; relative dates are resolved against it.")
  String published;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title of the article; only with a single input file.")
  String title;

  @Option(names = "--source", paramLabel = "TEXT",
      description = "Source (outlet or feed) of the article; only with a single input file. Default: the file name.")
  String source;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every input as this format (${COMPLETION-CANDIDATES}) whatever its extension.")
  Format format;

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  private final Readers readers;
  private final Analyzers analyzers;
  private final Casebooks casebooks;
  private final AnalysisJson json;

  ExtractCommand(Readers readers, Analyzers analyzers, Casebooks casebooks, AnalysisJson json) {
    this.readers = readers;
    this.analyzers = analyzers;
    this.casebooks = casebooks;
    this.json = json;
  }

  @Override
  public Integer call() throws IOException {
    ReadOptions options = readOptions();
    PrintWriter err = spec.commandLine().getErr();
    Counts counts = new Counts();
    Batch batch = new Batch(analyzers.with(analysis.actors(), analysis.casebook(casebooks).orElse(null)), analysis.threads, analysis.maxChars);
    try (Stream<ReadResult> articles = readers.read(files, options)) {
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        batch.run(articles, outcome -> write(outcome, stdout, err, counts));
        stdout.flush();
      } else {
        writeToFile(batch, articles, err, counts);
      }
    }
    counts.report(err, out);
    return counts.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private ReadOptions readOptions() {
    analysis.check("extract");
    if ((title != null || source != null) && !singleFile()) {
      throw usage("--title and --source describe one article; give a single input file, not " + describeInputs());
    }
    PartialDate date = null;
    if (published != null) {
      date = PartialDate.tryParse(published).filter(PartialDate::hasMonth)
          .orElseThrow(() -> usage("--published '" + published + "' is not a date; write YYYY-MM-DD or YYYY-MM"));
    }
    return new ReadOptions(format, title, source, date);
  }

  private boolean singleFile() {
    return files.size() == 1 && (files.get(0).equals(Readers.STDIN) || !Files.isDirectory(Path.of(files.get(0))));
  }

  private String describeInputs() {
    return files.size() == 1 ? "the folder " + files.get(0) : files.size() + " inputs";
  }

  private UserError usage(String sentence) {
    return new UserError(sentence + ". See 'basira extract --help'.", ExitCodes.USAGE);
  }

  /** Writes beside the target and moves into place at the end, so a crash never leaves half a file over a good one. */
  private void writeToFile(Batch batch, Stream<ReadResult> articles, PrintWriter err, Counts counts)
      throws IOException {
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UserError("the folder of --out " + out + " does not exist; create it first.", ExitCodes.USAGE);
    }
    Path partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
    try {
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
           PrintWriter file = new PrintWriter(w)) {
        batch.run(articles, outcome -> write(outcome, file, err, counts));
        file.flush();
        if (file.checkError()) {
          throw new IOException("writing " + partial + " failed (disk full?)");
        }
      }
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private void write(Outcome outcome, PrintWriter sink, PrintWriter err, Counts counts) {
    if (outcome instanceof Outcome.Analysed a) {
      json.writeLine(a.analysis(), !noText, sink);
      if (sink.checkError()) {
        throw new UncheckedIOException(new IOException("the output could not be written"));
      }
      counts.written++;
    } else if (outcome instanceof Outcome.Failed f) {
      err.println("basira: " + f.sentence());
      err.flush();
      counts.failed++;
    }
  }

  /** Tallies of one run, for the closing summary. */
  private static final class Counts {
    int written;
    int failed;

    void report(PrintWriter err, Path out) {
      if (failed > 0) {
        err.printf("basira: wrote %d %s%s; %d %s failed (listed above).%n", written, written == 1 ? "analysis" : "analyses",
            out == null ? "" : " to " + out, failed, failed == 1 ? "input" : "inputs");
      } else if (out != null) {
        err.printf("basira: wrote %d %s to %s.%n", written, written == 1 ? "analysis" : "analyses", out);
      }
      err.flush();
    }
  }

  /** Lists the formats in help texts. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Format.values()).map(Format::lowerName).iterator();
    }
  }
}
