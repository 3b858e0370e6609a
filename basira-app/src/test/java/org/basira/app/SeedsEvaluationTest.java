package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the real extraction on the case-study articles and scores it against their gold, printing
 * the figures into the test log. Quality floors join here as the layers land.
 */
class SeedsEvaluationTest {

  private static final Path GOLD = Path.of(System.getProperty("basira.shared", "../../shared"))
      .resolve("gold/seeds.jsonl").toAbsolutePath().normalize();

  @Test
  void scoresTheExtractionOnTheCaseStudyGold() throws Exception {
    assumeTrue(Files.isRegularFile(GOLD), "the case-study gold in ../shared is not here");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = Main.run(new String[] {"eval", "--gold", GOLD.toString(), "--json"},
        new ByteArrayInputStream(new byte[0]), out, err);

    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode report = new ObjectMapper().readTree(out.toByteArray());
    System.out.println("Case-study scores: " + report.get("summary").asText());
    assertThat(report.at("/docs/with_prediction").asInt()).isEqualTo(report.at("/docs/gold").asInt());
    assertThat(report.get("attributions").isNull()).isFalse();
    assertThat(report.get("actor_resolution").isNull()).isFalse();
    // Quality floors (issue 4): measured 0.930 when the actor stage landed.
    assertThat(report.at("/actor_resolution/f1").asDouble())
        .as("actor-resolution pairwise F1 on the case-study gold").isGreaterThanOrEqualTo(0.90);
  }
}
