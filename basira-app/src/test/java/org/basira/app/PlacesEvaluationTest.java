package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the real extraction on the team's short conflict articles and scores where it locates their
 * place mentions: twelve on Iraq, Syria, Yemen, the Sahel, Ukraine and Lebanon (87 mentions,
 * gold/places.jsonl), written before the rules and used to shape them, and five written after them
 * (37 mentions, gold/places-heldout.jsonl), never used to change them.
 */
class PlacesEvaluationTest {

  private static final Path GOLD = Path.of("..", "gold", "places.jsonl").toAbsolutePath().normalize();
  private static final Path HELD_OUT = Path.of("..", "gold", "places-heldout.jsonl").toAbsolutePath().normalize();

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

  @Test
  void locatesNineInTenPlaceMentionsOfArticlesWrittenAfterTheRules() throws Exception {
    JsonNode report = EvalReports.of("Team held-out place-set scores", HELD_OUT);

    EvalReports.assertEveryArticleScored(report);
    // Written after the rules, on five other conflicts (Sudan, Somalia, Libya, Afghanistan,
    // Myanmar), and never used to change them: measured 0.946, 35 of 37.
    assertThat(report.at("/places/accuracy").asDouble())
        .as("share of held-out place mentions located where the gold puts them").isGreaterThanOrEqualTo(0.90);
  }
}
