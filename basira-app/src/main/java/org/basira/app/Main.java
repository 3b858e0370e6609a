package org.basira.app;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.basira.analysis.Analyzer;
import org.basira.app.bench.BenchCommand;
import org.basira.app.bench.BenchSubjects;
import org.basira.app.bench.CoreNlpSubjects;
import org.basira.app.bench.GenerateBenchCommand;
import org.basira.app.bench.QueriesBenchCommand;
import org.basira.app.bench.WorkspaceBenchCommand;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.GazetteerException;
import org.basira.names.NameMatcher;
import org.basira.json.AnalysisJson;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;
import org.basira.pdf.PdfReader;
import org.basira.read.Format;
import org.basira.read.Readers;
import picocli.CommandLine;

/**
 * The composition root: the one place that builds the readers, the pipeline and the commands and
 * wires them together. Nothing else constructs an implementation of a core interface.
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs the basira command with the given streams and returns its exit code. */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
    CommandLine cli = commandLine(stdin, out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
    // Loading CoreNLP takes seconds: only commands that analyse pay for it, once per process.
    Supplier<Gazetteer> builtIn = builtInGazetteer();
    Casebooks casebooks = new Casebooks();
    Supplier<Analyzer> standard = new Once<>(() -> {
      CoreNlpLogging.quiet();
      Casebook shipped = casebooks.shipped();
      return Pipeline.standard(builtIn.get().with(shipped.addedActors()), shipped.scenarios());
    });
    Analyzers analyzers = (actors, casebook) -> {
      if (actors.isEmpty() && casebook == casebooks.shipped()) {
        return standard.get();
      }
      CoreNlpLogging.quiet();
      List<GazetteerEntry> all = new ArrayList<>(actors);
      if (casebook != null) {
        all.addAll(casebook.addedActors());
      }
      try {
        Gazetteer gazetteer = builtIn.get().with(all);
        if (casebook != null) {
          Casebooks.checkActors(casebook, gazetteer);
        }
        return Pipeline.standard(gazetteer, casebook == null ? List.of() : casebook.scenarios());
      } catch (GazetteerException e) {
        throw new UserError(e.getMessage(), ExitCodes.USAGE);
      }
    };
    return commandLine(readers(() -> stdin), analyzers, casebooks, builtIn, new CoreNlpSubjects(casebooks), out, err);
  }

  /** Every format's reader: core's, and PDF from its own module. */
  static Readers readers(Supplier<InputStream> stdin) {
    return Readers.standard(stdin).with(Format.PDF, new PdfReader());
  }

  /** The command line over the given parts; tests pass their own analyzer here. */
  static CommandLine commandLine(Readers readers, Supplier<Analyzer> analyzer, PrintWriter out, PrintWriter err) {
    Casebooks casebooks = new Casebooks();
    return commandLine(readers, Analyzers.fixed(analyzer), casebooks, builtInGazetteer(), new CoreNlpSubjects(casebooks),
        out, err);
  }

  /** The same with the pipelines that bench loads and measures itself; tests pass stand-ins here. */
  static CommandLine commandLine(Readers readers, Supplier<Analyzer> analyzer, BenchSubjects benchSubjects,
      PrintWriter out, PrintWriter err) {
    return commandLine(readers, Analyzers.fixed(analyzer), new Casebooks(), builtInGazetteer(), benchSubjects, out, err);
  }

  private static Supplier<Gazetteer> builtInGazetteer() {
    return new Once<>(() -> Gazetteer.builtIn(new NameMatcher()));
  }

  private static CommandLine commandLine(Readers readers, Analyzers analyzer, Casebooks casebooks,
      Supplier<Gazetteer> gazetteer, BenchSubjects benchSubjects, PrintWriter out, PrintWriter err) {
    AnalysisJson json = new AnalysisJson();

    CommandLine cli = new CommandLine(new BasiraCommand());
    cli.addSubcommand(new ExtractCommand(readers, analyzer, casebooks, json));
    cli.addSubcommand(new EvalCommand(readers, analyzer, casebooks, json));
    cli.addSubcommand(new IngestCommand(readers, analyzer, casebooks, gazetteer));
    cli.addSubcommand(new FollowCommand(readers, analyzer, casebooks, gazetteer));
    cli.addSubcommand(new SearchCommand());
    cli.addSubcommand(new ActorsCommand());
    cli.addSubcommand(new ClaimsCommand());
    cli.addSubcommand(new TimelineCommand());
    cli.addSubcommand(new ExportCommand());
    cli.addSubcommand(new AttachCommand(gazetteer));
    CommandLine scenarios = new CommandLine(new ScenariosCommand(casebooks));
    scenarios.addSubcommand(new ScenariosCommand.Rate(casebooks));
    scenarios.addSubcommand(new ScenariosCommand.Log());
    cli.addSubcommand(scenarios);
    CommandLine bench = new CommandLine(new BenchCommand(readers, benchSubjects));
    bench.addSubcommand(new WorkspaceBenchCommand(readers, analyzer, casebooks, gazetteer));
    bench.addSubcommand(new GenerateBenchCommand(casebooks));
    bench.addSubcommand(new QueriesBenchCommand(casebooks));
    cli.addSubcommand(bench);
    CommandLine train = new CommandLine(new TrainCommand());
    train.addSubcommand(new TrainCommand.Attributions(readers, gazetteer));
    train.addSubcommand(new TrainCommand.Events(readers, gazetteer));
    cli.addSubcommand(train);
    cli.addSubcommand(new ServeCommand(casebooks, gazetteer));
    cli.addSubcommand(new DemoCommand(casebooks, gazetteer));
    cli.addSubcommand(new SchemaCommand());
    cli.setOut(out);
    cli.setErr(err);
    // Descriptions are written for 100 columns; picocli's default 80 would break them mid-sentence.
    cli.setUsageHelpWidth(100);
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setExecutionExceptionHandler(new InternalErrors());
    return cli;
  }
}
