package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real extraction on the case-study articles and scores it against their gold, printing
 * the figures into the test log. Quality floors join here as the layers land.
 */
class SeedsEvaluationTest {

  private static final Path GOLD = Path.of(System.getProperty("basira.shared", "../../shared"))
      .resolve("gold/seeds.jsonl").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  @Test
  void scoresTheExtractionOnTheCaseStudyGold() throws Exception {
    assumeTrue(Files.isRegularFile(GOLD), "the case-study gold in ../shared is not here");
    Path predictions = dir.resolve("predictions.jsonl");
    JsonNode report = EvalReports.of("Case-study scores", GOLD, "--save-predictions", predictions.toString());

    EvalReports.assertEveryArticleScored(report);
    assertThat(report.get("attributions").isNull()).isFalse();
    assertThat(report.get("actor_resolution").isNull()).isFalse();
    // Quality floors (issue 4): measured 0.930 when the actor stage landed.
    assertThat(report.at("/actor_resolution/f1").asDouble())
        .as("actor-resolution pairwise F1 on the case-study gold").isGreaterThanOrEqualTo(0.90);
    // Quality floors (issue 5): measured lenient 0.976, strict 0.902, end-to-end 0.951 / 0.902 with
    // the rules alone; with the learned model (issue 22), which also reads stances this gold leaves
    // out, 0.920, 0.851 and 0.874; 0.909, 0.841 and 0.864 once it also read agentless passives;
    // 0.941, 0.871 and 0.894 once it read what a cue's complement is ("continued to remain").
    assertThat(report.at("/attributions/theta_0.3/f1").asDouble())
        .as("attribution content F1, lenient").isGreaterThanOrEqualTo(0.88);
    assertThat(report.at("/attributions/theta_0.8/f1").asDouble())
        .as("attribution content F1, strict").isGreaterThanOrEqualTo(0.75);
    assertThat(report.at("/attributions/theta_0.3/e2e_f1").asDouble())
        .as("attribution end-to-end F1 (content and speaker)").isGreaterThanOrEqualTo(0.87);
    // Quality floors (issue 6): measured event F1 with actors 0.614 and by category alone 0.825;
    // the issue asks 0.60 and 0.75. With the side model (issue 23) 0.649 with actors.
    assertThat(report.at("/events/reported/f1").asDouble())
        .as("event F1 with source and target").isGreaterThanOrEqualTo(0.62);
    assertThat(report.at("/events/reported/category_only_f1").asDouble())
        .as("event F1 by category alone").isGreaterThanOrEqualTo(0.75);
    // Quality floors (issue 8): measured scenario-reference F1 0.980 and stance accuracy 1.000 with
    // the shipped casebook; the issue asks 0.80 for both.
    assertThat(report.at("/scenario_refs/f1").asDouble())
        .as("scenario-reference F1 by scenario and holder").isGreaterThanOrEqualTo(0.80);
    assertThat(report.at("/scenario_refs/stance_accuracy").asDouble())
        .as("stance accuracy over paired scenario references").isGreaterThanOrEqualTo(0.80);
    assertTheTaggersMisreadingsAreRepaired(Files.readAllLines(predictions));
  }

  /**
   * Plain CoreNLP tags a person as a place (Al-Kazemi), a province as a person (Salah al-Din), an
   * outlet as a person (Meydan) and Washington as a place where it stands for the US government.
   */
  private void assertTheTaggersMisreadingsAreRepaired(List<String> lines) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, Set<String>> typesByMention = new HashMap<>();
    Map<String, Set<String>> idsByMention = new HashMap<>();
    for (String line : lines) {
      for (JsonNode actor : mapper.readTree(line).get("actors")) {
        for (JsonNode mention : actor.get("mentions")) {
          String text = mention.get("text").asText();
          typesByMention.computeIfAbsent(text, k -> new TreeSet<>()).add(actor.get("type").asText());
          idsByMention.computeIfAbsent(text, k -> new TreeSet<>()).add(actor.get("id").asText());
        }
      }
    }
    assertThat(typesByMention.get("Al-Kazemi")).containsExactly("PERSON");
    assertThat(typesByMention.get("Salah al-Din")).containsExactly("PLACE");
    assertThat(typesByMention.get("Meydan")).containsExactly("MEDIA");
    assertThat(idsByMention.get("Washington")).contains("us");
  }
}
