package org.basira.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.basira.analysis.ArticleAnalysis;
import org.basira.casebook.CasebookException;
import org.basira.model.PartialDate;
import org.basira.read.Format;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The job's entry point for {@code spark-submit --class org.basira.spark.AnalyseArchive}. */
@Command(
    name = "basira-spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads articles (JSON Lines, WARC, text, Markdown or HTML files, or folders of them) from any Hadoop",
      "file system path (local, hdfs://, s3a://), analyses them as 'basira extract' does, and writes the",
      "workspace's tables as Parquet into --output: articles, sentences, actors, mentions, attributions,",
      "events, event_actors and scenario_refs, an errors table of inputs that gave no analysis, and",
      "basira-tables.json last. 'basira attach OUTPUT --workspace W' makes them part of a workspace."
    })
public final class AnalyseArchive implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs to read.")
  List<String> inputs;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "A new folder for the tables.")
  String output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "Read every file as this format (text, markdown, html, jsonl, warc) instead of by extension.")
  String format;

  @Option(names = "--casebook", paramLabel = "FILE",
      description = "The casebook whose scenarios to find (any Hadoop path); none by default.")
  String casebook;

  @Option(names = "--published", paramLabel = "DATE",
      description = "The publication date of articles whose input gives none (YYYY, YYYY-MM or YYYY-MM-DD).")
  String published;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "How many partitions to analyse in (default: 4 per core of the cluster).")
  int partitions;

  @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + ArticleAnalysis.DEFAULT_MAX_CHARS,
      description = "Longer articles go to the errors table (default: ${DEFAULT-VALUE}).")
  int maxChars;

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyseArchive()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Format forced = null;
    if (format != null) {
      try {
        forced = Format.valueOf(format.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--format " + format + " is not one of "
            + Arrays.stream(Format.values()).map(Format::lowerName).toList());
      }
    }
    if (published != null && PartialDate.tryParse(published).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--published " + published
          + " is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
    }
    SparkSession spark = SparkSession.builder().appName("basira: analyse " + String.join(" ", inputs)).getOrCreate();
    // Spark's INFO lines would bury the job's own; its web UI shows the progress of each stage.
    spark.sparkContext().setLogLevel("WARN");
    try {
      byte[] yaml = null;
      if (casebook != null) {
        Path path = new Path(casebook);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.isFile(path)) {
          err.println("basira-spark: the casebook " + casebook + " does not exist; check the path");
          return 2;
        }
        try (var in = fs.open(path)) {
          yaml = in.readAllBytes();
        }
      }
      JobSettings settings = new JobSettings(inputs, output,
          forced == null ? null : forced.name(), published, yaml, casebook, partitions,
          maxChars);
      ArchiveJob.Report report = new ArchiveJob(spark).run(settings);
      err.printf("basira-spark: %d articles analysed, %d inputs rejected (see the errors table), in %s; "
          + "%d pipelines loaded%n", report.manifest().articles(), report.manifest().errors(), output,
          report.pipelinesLoaded());
      err.println("basira-spark: attach them with: basira attach " + output + " --workspace DIR");
      return 0;
    } catch (JobException | CasebookException e) {
      err.println("basira-spark: " + e.getMessage());
      return 2;
    } finally {
      err.flush();
      spark.stop();
    }
  }
}
