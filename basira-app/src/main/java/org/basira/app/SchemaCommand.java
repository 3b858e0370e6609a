package org.basira.app;

import java.util.concurrent.Callable;
import org.basira.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code basira schema}: the JSON Schema of what {@code extract} writes, for validating or code generation. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of one line of 'basira extract' output.",
    footer = {"", "Example:", "  basira schema > analysis.schema.json"})
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AnalysisJson.schema());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
