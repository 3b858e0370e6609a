package org.basira.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our evaluation must give the reference scorer's figures on the same predictions. Runs
 * {@code ../shared/tools/score.py} on the case-study gold when both it and python3 are here.
 */
class ReferenceScorerParityTest {

  private static final Path SHARED = Path.of(System.getProperty("basira.shared", "../../shared")).toAbsolutePath().normalize();
  private static final Path GOLD = SHARED.resolve("gold/seeds.jsonl");
  private static final Path SCORER = SHARED.resolve("tools/score.py");

  @TempDir
  static Path dir;

  private static Path perfect;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Evaluation evaluation = new Evaluation();

  @BeforeAll
  static void writePerfectPredictions() throws Exception {
    assumeTrue(Files.isRegularFile(GOLD) && Files.isRegularFile(SCORER), "the shared gold and scorer are not here");
    assumeTrue(python("--version").exitCode == 0, "python3 is not installed");
    perfect = dir.resolve("perfect.jsonl");
    assertThat(python(SCORER.toString(), "--write-perfect", GOLD.toString(), perfect.toString()).exitCode).isZero();
  }

  record Run(int exitCode, String output) {
  }

  private static Run python(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (java.io.IOException e) {
      return new Run(-1, e.getMessage());
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(2, TimeUnit.MINUTES);
    return new Run(p.exitValue(), output);
  }

  private void assertSameFigures(Path predictions) throws Exception {
    Path referenceJson = dir.resolve("reference.json");
    Run run = python(SCORER.toString(), GOLD.toString(), predictions.toString(), "--json", referenceJson.toString());
    assertThat(run.exitCode).as(run.output).isZero();
    JsonNode reference = mapper.readTree(referenceJson.toFile());

    Report ours = evaluation.score(evaluation.readGold(GOLD, null), evaluation.readLines(predictions), false);

    for (String layer : List.of("docs", "attributions", "events", "scenario_refs", "actor_resolution")) {
      assertThat(numbersAsDoubles(ours.json().get(layer))).as(layer).isEqualTo(numbersAsDoubles(reference.get(layer)));
    }
    assertThat(ours.summary()).isEqualTo(reference.get("summary").asText());
  }

  /** Compares figures by value: a count may be an int on one side and a long on the other. */
  private JsonNode numbersAsDoubles(JsonNode node) {
    if (node == null || node.isNull()) {
      return mapper.nullNode();
    }
    if (node.isObject()) {
      ObjectNode copy = mapper.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var e = it.next();
        copy.set(e.getKey(), numbersAsDoubles(e.getValue()));
      }
      return copy;
    }
    return node.isNumber() ? mapper.getNodeFactory().numberNode(node.asDouble()) : node;
  }

  @Test
  void givesTheReferenceFiguresForPerfectPredictions() throws Exception {
    assertSameFigures(perfect);
  }

  @Test
  void givesTheReferenceFiguresForNoPredictions() throws Exception {
    Path empty = dir.resolve("empty.jsonl");
    Files.writeString(empty, "");

    assertSameFigures(empty);
  }

  @Test
  void givesTheReferenceFiguresForFlawedPredictions() throws Exception {
    List<String> flawed = new ArrayList<>();
    int line = 0;
    for (String json : Files.readAllLines(perfect)) {
      ObjectNode p = (ObjectNode) mapper.readTree(json);
      flaw(p, line++);
      flawed.add(mapper.writeValueAsString(p));
    }
    flawed.add("not json at all");
    Path file = dir.resolve("flawed.jsonl");
    Files.write(file, flawed);

    assertSameFigures(file);
  }

  /** Damages every layer in ways the rules treat differently. */
  private void flaw(ObjectNode p, int seed) {
    ArrayNode attributions = (ArrayNode) p.get("attributions");
    for (int i = 0; i < attributions.size(); i++) {
      ObjectNode a = (ObjectNode) attributions.get(i);
      ObjectNode content = (ObjectNode) a.get("content");
      String text = content.get("text").asText();
      switch ((i + seed) % 5) {
        case 0 -> content.put("text", text.substring(0, text.length() / 2)); // about half the tokens
        case 1 -> a.set("speaker", mapper.createObjectNode().put("text", "someone else").putNull("actor"));
        case 2 -> content.put("text", text + " and more words besides");
        case 3 -> a.putNull("speaker");
        default -> { }
      }
    }
    attributions.add(mapper.createObjectNode().put("kind", "direct").set("content",
        mapper.createObjectNode().put("text", "a spurious claim nobody made")));
    ArrayNode events = (ArrayNode) p.get("events");
    for (int i = 0; i < events.size(); i++) {
      ObjectNode e = (ObjectNode) events.get(i);
      switch ((i + seed) % 4) {
        case 0 -> e.put("category", "PROTEST");
        case 1 -> e.set("source", mapper.createArrayNode());
        case 2 -> e.put("status", i % 8 == 2 ? "future" : "negated");
        default -> { }
      }
    }
    ArrayNode refs = (ArrayNode) p.get("scenario_refs");
    for (int i = 0; i < refs.size(); i++) {
      ObjectNode r = (ObjectNode) refs.get(i);
      switch ((i + seed) % 3) {
        case 0 -> r.put("stance", "neutral");
        case 1 -> r.putNull("holder");
        default -> { }
      }
    }
    ArrayNode actors = (ArrayNode) p.get("actors");
    if (actors.size() > 3) {
      // Merge the first two actors and split the third into two.
      ObjectNode first = (ObjectNode) actors.get(0);
      ((ArrayNode) first.get("mentions")).addAll((ArrayNode) actors.get(1).get("mentions"));
      actors.remove(1);
      ObjectNode third = (ObjectNode) actors.get(1);
      ArrayNode mentions = (ArrayNode) third.get("mentions");
      if (mentions.size() > 1) {
        ObjectNode split = third.deepCopy().put("id", third.get("id").asText() + "-split");
        split.set("mentions", mapper.createArrayNode().add(mentions.remove(mentions.size() - 1)));
        split.put("name", split.get("mentions").get(0).get("text").asText());
        actors.add(split);
      }
    }
  }
}
