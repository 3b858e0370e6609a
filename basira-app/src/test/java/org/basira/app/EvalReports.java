package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code basira eval --json} on a gold file as a user would, for the quality-floor tests. */
final class EvalReports {

  private EvalReports() {
  }

  /**
   * The JSON report of scoring the real extraction against {@code gold}, with {@code more} options;
   * asserts the command succeeded and prints its summary line after {@code label}.
   */
  static JsonNode of(String label, Path gold, String... more) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("eval", "--gold", gold.toString(), "--json"));
    args.addAll(List.of(more));

    int code = Main.run(args.toArray(String[]::new), new ByteArrayInputStream(new byte[0]), out, err);

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toByteArray());
    System.out.println(label + ": " + report.get("summary").asText());
    return report;
  }

  /** Asserts that every gold article of the report had a prediction. */
  static void assertEveryArticleScored(JsonNode report) {
    assertThat(report.at("/docs/with_prediction").asInt()).isEqualTo(report.at("/docs/gold").asInt());
  }
}
