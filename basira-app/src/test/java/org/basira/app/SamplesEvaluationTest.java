package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the real extraction on the team's thirteen sample articles and scores it against the team's
 * hand annotations (gold/samples.jsonl), the development set that ships with the code, so these
 * floors hold on every clone, CI included.
 */
class SamplesEvaluationTest {

  private static final Path GOLD = Path.of("..", "gold", "samples.jsonl").toAbsolutePath().normalize();
  private static final Path EVENT_GOLD = Path.of("..", "gold", "samples-events.jsonl").toAbsolutePath().normalize();

  @Test
  void keepsTheAttributionFloorsOnTheTeamsDevelopmentSet() throws Exception {
    JsonNode report = EvalReports.of("Team development-set scores", GOLD);

    EvalReports.assertEveryArticleScored(report);
    // Measured when the attribution stage landed: lenient 0.966, strict 0.966, end-to-end 0.855.
    assertThat(report.at("/attributions/theta_0.3/f1").asDouble())
        .as("attribution content F1, lenient").isGreaterThanOrEqualTo(0.88);
    assertThat(report.at("/attributions/theta_0.8/f1").asDouble())
        .as("attribution content F1, strict").isGreaterThanOrEqualTo(0.88);
    assertThat(report.at("/attributions/theta_0.3/e2e_f1").asDouble())
        .as("attribution end-to-end F1 (content and speaker)").isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void keepsTheEventFloorsOnTheTeamsDevelopmentSet() throws Exception {
    JsonNode report = EvalReports.of("Team development-set event scores", EVENT_GOLD);

    assertThat(report.at("/events/reported/gold").asInt()).isGreaterThanOrEqualTo(150);
    // Measured when the event stage landed: with actors 0.254, by category alone 0.689.
    assertThat(report.at("/events/reported/f1").asDouble())
        .as("event F1 with source and target").isGreaterThanOrEqualTo(0.22);
    assertThat(report.at("/events/reported/category_only_f1").asDouble())
        .as("event F1 by category alone").isGreaterThanOrEqualTo(0.62);
  }
}
