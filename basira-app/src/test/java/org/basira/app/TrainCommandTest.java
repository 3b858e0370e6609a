package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.basira.model.Analysis;
import org.basira.nlp.attributions.SpeechModel;
import org.basira.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code basira train attributions} over a tiny gold folder the test writes, with the real parser. */
class TrainCommandTest {

  @TempDir
  Path dir;

  private StringWriter out;
  private StringWriter err;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    return Main.commandLine(readers, () -> Analysis::empty, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private void article(String name, String text, String cue, String content) throws Exception {
    Files.createDirectories(dir.resolve("data/texts"));
    Files.writeString(dir.resolve("data/texts/" + name + ".txt"), text);
    String line = "{\"doc\":\"" + name + "\",\"file\":\"texts/" + name + ".txt\",\"actors\":[],\"attributions\":"
        + "[{\"speaker\":\"x\",\"cue\":\"" + cue + "\",\"content\":\"" + content + "\",\"kind\":\"indirect\"}]}\n";
    Files.writeString(dir.resolve("data/gold.jsonl"), line, java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  @Test
  void trainsAModelFromAGoldFolderAndWritesItWhereAsked() throws Exception {
    article("a", "The mayor wants to rebuild the bridge. The river flows past the mill.", "wants", "to rebuild the bridge");
    article("b", "The union endorsed the strike. Workers painted the hall.", "endorsed", "the strike");
    Path model = dir.resolve("models/speech.tribuo.gz");

    int code = run("train", "attributions", "--data", dir.resolve("data").toString(), "--out", model.toString(),
        "--seed", "3", "--threads", "1");

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("2 articles, 2 gold attributions, 2 found in their text");
    assertThat(out.toString()).contains("wrote the attribution model to " + model);
    assertThat(SpeechModel.read(model)).isNotNull();
  }

  @Test
  void anArticleWhoseFileIsMissingIsSkippedAndTheRestStillTrain() throws Exception {
    article("a", "The mayor wants to rebuild the bridge.", "wants", "to rebuild the bridge");
    Files.writeString(dir.resolve("data/gold.jsonl"),
        "{\"doc\":\"gone\",\"file\":\"texts/gone.txt\",\"actors\":[],\"attributions\":[]}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path model = dir.resolve("speech.tribuo.gz");

    int code = run("train", "attributions", "--data", dir.resolve("data").toString(), "--out", model.toString());

    assertThat(code).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).contains("gold article gone has no readable file");
    assertThat(model).exists();
  }

  @Test
  void aFolderWithoutGoldIsAUsageErrorThatNamesIt() {
    Path empty = dir.resolve("nothing-here");

    int code = run("train", "attributions", "--data", empty.toString(), "--out", dir.resolve("m.gz").toString());

    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no gold file at " + empty + ";");
  }

  @Test
  void aModelFileThatIsNotOneIsRefusedWithItsName() throws Exception {
    Path bogus = dir.resolve("bogus.tribuo.gz");
    Files.writeString(bogus, "not a model");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpeechModel.read(bogus))
        .hasMessageContaining(bogus.toString());
  }

  @Test
  void trainsAnEventModelFromCodedSentencesAndBackgroundNews() throws Exception {
    Files.createDirectories(dir.resolve("events/texts"));
    Files.createDirectories(dir.resolve("news"));
    String[][] coded = {{"a", "Rebels attacked the convoy near the border.", "ASSAULT", "Rebels", "the convoy"},
        {"b", "The mayor undertook to rebuild the bridge.", "AGREE", "The mayor", "the bridge"}};
    StringBuilder gold = new StringBuilder();
    for (String[] c : coded) {
      Files.writeString(dir.resolve("events/texts/" + c[0] + ".txt"), c[1]);
      gold.append("{\"doc\":\"").append(c[0]).append("\",\"file\":\"texts/").append(c[0])
          .append(".txt\",\"actors\":[{\"id\":\"s\",\"forms\":[\"").append(c[3])
          .append("\"]},{\"id\":\"t\",\"forms\":[\"").append(c[4])
          .append("\"]}],\"events\":[{\"category\":[\"").append(c[2])
          .append("\"],\"source\":[\"s\"],\"target\":[\"t\"],\"text\":\"").append(c[1]).append("\"}]}\n");
    }
    Files.writeString(dir.resolve("events/gold.jsonl"), gold);
    Files.writeString(dir.resolve("news/n1.txt"), "The river flows past the old mill. The bus left the station.");
    Path model = dir.resolve("models/events.tribuo.gz");

    int code = run("train", "events", "--data", dir.resolve("events").toString(), "--background",
        dir.resolve("news").toString(), "--out", model.toString(), "--threads", "1");

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("2 coded events from 2 articles, 2 background sentences with no event");
    assertThat(out.toString()).contains("wrote the event model to " + model);
    assertThat(org.basira.nlp.events.EventModel.read(model)).isNotNull();
    Path sides = model.resolveSibling("side-model.tribuo.gz");
    assertThat(out.toString()).as("the side model, beside the event model by default").contains("wrote the side model to " + sides.toAbsolutePath());
    assertThat(org.basira.nlp.events.SideModel.read(sides)).isNotNull();
  }

  @Test
  void eventTrainingWithoutItsGoldOrBackgroundSaysWhatIsMissing() throws Exception {
    Path model = dir.resolve("m.tribuo.gz");
    assertThat(run("train", "events", "--data", dir.resolve("nowhere").toString(), "--out", model.toString()))
        .isNotZero();
    assertThat(err.toString()).contains("no gold file at " + dir.resolve("nowhere"));
    Files.createDirectories(dir.resolve("g"));
    Files.writeString(dir.resolve("g/gold.jsonl"), "");
    assertThat(run("train", "events", "--data", dir.resolve("g").toString(), "--background",
        dir.resolve("missing").toString(), "--out", model.toString())).isNotZero();
    assertThat(err.toString()).contains("no background news at " + dir.resolve("missing"));
    assertThat(model).doesNotExist();
  }
}
