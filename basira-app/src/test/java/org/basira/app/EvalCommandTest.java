package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.basira.analysis.Analyzer;
import org.basira.model.Analysis;
import org.basira.read.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command's behaviour, with a stand-in analyzer so that no models load. */
class EvalCommandTest {

  @TempDir
  Path dir;

  private final Analyzer analyzer = Analysis::empty;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void gold() throws Exception {
    Files.writeString(dir.resolve("note.txt"), "Aziz Karim said the talks failed.");
    Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\":\"note\",\"file\":\"note.txt\",\"published\":\"2022-01\","
        + "\"actors\":[{\"id\":\"aziz\",\"type\":\"PERSON\",\"forms\":[\"Aziz Karim\",\"Karim\"]}],"
        + "\"attributions\":[{\"speaker\":\"aziz\",\"cue\":\"said\",\"content\":\"the talks failed\",\"kind\":\"indirect\"}]}\n");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.commandLine(Readers.standard(() -> new ByteArrayInputStream(new byte[0])), () -> analyzer,
        new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void runsTheExtractionOnTheGoldArticlesAndPrintsATable() {
    int code = run("eval", "--gold", dir.resolve("gold.jsonl").toString(),
        "--save-predictions", dir.resolve("pred.jsonl").toString());

    assertThat(code).isZero();
    assertThat(out.toString()).contains("1 of 1 gold articles have a prediction", "content, overlap >= 0.3 (lenient)",
        "Actor resolution", "SCORE gold.jsonl docs 1/1");
    assertThat(dir.resolve("pred.jsonl")).content().contains("\"source\":\"note.txt\"");
  }

  @Test
  void scoresGivenPredictionsAsJsonAndExplainsWhatWasMissed() throws Exception {
    Files.writeString(dir.resolve("pred.jsonl"), "{\"article\":{\"source\":\"note.txt\"},\"attributions\":"
        + "[{\"speaker\":{\"text\":\"Karim\",\"actor\":null},\"content\":{\"text\":\"the talks\"}}]}\n");

    int code = run("eval", "--gold", dir.resolve("gold.jsonl").toString(),
        "--predictions", dir.resolve("pred.jsonl").toString(), "--json", "--explain");

    assertThat(code).isZero();
    String json = out.toString().substring(0, out.toString().indexOf("\n}\n") + 2);
    var report = new ObjectMapper().readTree(json);
    assertThat(report.at("/attributions/theta_0.3/f1").asDouble()).isEqualTo(1.0);
    assertThat(report.at("/attributions/theta_0.8/f1").asDouble()).isZero();
    assertThat(out.toString()).contains("partial content", "overlap 0.67", "actor_resolution", "split");
  }

  @Test
  void saysWhichGoldArticleFileWasNotFound() throws Exception {
    Files.delete(dir.resolve("note.txt"));

    int code = run("eval", "--gold", dir.resolve("gold.jsonl").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("the file of gold article note (note.txt) was not found", "--root");
  }

  @Test
  void refusesAMissingGoldFileAsAUsageError() {
    assertThat(run("eval", "--gold", dir.resolve("nope.jsonl").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("the gold file").contains("does not exist");
    assertThat(run("eval")).isEqualTo(2);
  }
}
