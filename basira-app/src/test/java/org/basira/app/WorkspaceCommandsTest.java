package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.basira.analysis.Analyzer;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Mention;
import org.basira.read.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, search and actors over a temporary workspace, with a stand-in analyzer so that no models load. */
class WorkspaceCommandsTest {

  @TempDir
  Path dir;

  @TempDir
  Path workspace;

  /** Names "Hezbollah" wherever the text does. */
  private final Analyzer analyzer = article -> {
    Analysis empty = Analysis.empty(article);
    int at = article.text().indexOf("Hezbollah");
    List<Actor> actors = at < 0 ? List.of() : List.of(new Actor("grp.hezbollah", "Hezbollah", ActorType.ARMED_GROUP,
        null, List.of(new Mention(at, at + 9, "Hezbollah"))));
    return new Analysis(article, actors, List.of(), List.of(), List.of(), List.of());
  };
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Hezbollah fired rockets at a border town.");
    Files.writeString(dir.resolve("b.txt"), "Hezbollah and Israel exchanged fire across the border.");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Talks on the border resumed.\"}\n{\"no text\":1}\n");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    return Main.commandLine(readers, () -> analyzer, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void ingestStoresWhatItCanListsWhatItCannotAndSkipsWhatItHasOnTheNextRun() {
    assertThat(run("ingest", dir.toString(), "--workspace", workspace.toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).contains("3 new, 0 updated, 0 unchanged, 1 failed; the workspace holds 3 articles")
        .contains("failed: ").contains("c.jsonl:2");
    assertThat(run("ingest", dir.resolve("a.txt").toString(), "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("0 new, 0 updated, 1 unchanged, 0 failed");
  }

  @Test
  void searchPrintsMatchesWithTheirPassagesAndFacets() throws Exception {
    run("ingest", dir.toString(), "--workspace", workspace.toString());
    assertThat(run("search", "fire", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("2 articles match fire").contains("«fired»").contains("«fire»")
        .contains("by actor:  Hezbollah 2");
    assertThat(run("search", "border", "--limit", "1", "--json", "--workspace", workspace.toString())).isZero();
    JsonNode result = new ObjectMapper().readTree(out.toString());
    assertThat(result.get("total").asInt()).isEqualTo(3);
    assertThat(result.get("hits")).hasSize(1);
  }

  @Test
  void actorsListsEachActorOnceWithItsArticles() {
    run("ingest", dir.toString(), "--workspace", workspace.toString());
    assertThat(run("actors", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).containsPattern("Hezbollah\\s+grp.hezbollah\\s+ARMED_GROUP\\s+2\\s+2\\s+Hezbollah");
  }

  @Test
  void aQueryOnAMissingWorkspaceSaysHowToMakeOne() {
    assertThat(run("search", "fire", "--workspace", workspace.resolve("none").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("there is no workspace in").contains("basira ingest");
  }
}
