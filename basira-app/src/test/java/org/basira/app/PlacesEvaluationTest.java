package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the real extraction on the team's twelve short articles on five conflicts (Iraq, Syria,
 * Yemen, the Sahel, Ukraine) and Lebanon, and scores where it locates their 87 place mentions
 * against gold/places.jsonl.
 */
class PlacesEvaluationTest {

  private static final Path GOLD = Path.of("..", "gold", "places.jsonl").toAbsolutePath().normalize();

  @Test
  void locatesNineInTenPlaceMentionsOfTheTeamsConflictArticles() throws Exception {
    JsonNode report = EvalReports.of("Team place-set scores", GOLD);

    EvalReports.assertEveryArticleScored(report);
    assertThat(report.at("/places/gold").asInt()).isGreaterThanOrEqualTo(60);
    // Measured when places landed (issue 24): 0.966, 84 of 87, the misses names the parse never
    // marks as places.
    assertThat(report.at("/places/accuracy").asDouble())
        .as("share of gold place mentions located where the gold puts them").isGreaterThanOrEqualTo(0.90);
  }
}
