package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.basira.analysis.Analyzer;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Mention;
import org.basira.model.ScenarioRef;
import org.basira.model.Sentence;
import org.basira.model.Speaker;
import org.basira.model.Stance;
import org.basira.model.TextSpan;
import org.basira.read.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest with a casebook, then the scenario board, with a stand-in analyzer so that no models load. */
class ScenariosCommandTest {

  private static final String CASEBOOK = """
      id: horn-2023
      title: The war in Sudan
      question: Does Sudan go the way of Somalia, or hold?
      scenarios:
        - {id: somali, name: Somali collapse, terms: [Somali]}
        - {id: hold, name: The state holds, phrases: [state holds]}
      indicators:
        - id: raids
          name: Raids by the militia
          scenario: somali
          events: {categories: [ASSAULT]}
          window: 1 month
          threshold: 2
      """;

  @TempDir
  Path dir;

  @TempDir
  Path workspace;

  private StringWriter out;
  private StringWriter err;

  /** "Karim said the Somali scenario cannot happen." gives Karim's claim, rejecting the Somali scenario. */
  private final Analyzer analyzer = article -> {
    String text = article.text();
    List<Actor> actors = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<ScenarioRef> refs = new ArrayList<>();
    int karim = text.indexOf("Karim");
    int somali = text.indexOf("Somali scenario");
    if (karim >= 0 && somali >= 0) {
      actors.add(new Actor("person.karim", "Karim", ActorType.PERSON, "a researcher",
          List.of(new Mention(karim, karim + 5, "Karim"))));
      int said = text.indexOf("said");
      attributions.add(new Attribution(new Speaker("person.karim", "Karim", karim, karim + 5),
          new TextSpan("said", said, said + 4), new TextSpan(text.substring(said + 5), said + 5, text.length()),
          AttributionKind.INDIRECT, 0));
      refs.add(new ScenarioRef("somali", "Somali scenario", somali, somali + 15, "person.karim",
          text.contains("cannot") ? Stance.REJECTS : Stance.SUPPORTS, 0));
    }
    return new Analysis(article, actors, attributions, List.of(), refs, List.of(new Sentence(0, text.length())));
  };

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("case.yaml"), CASEBOOK);
    Files.createDirectory(dir.resolve("articles"));
    Files.writeString(dir.resolve("articles/a.txt"), "Karim said the Somali scenario cannot happen.");
    Files.writeString(dir.resolve("articles/b.txt"), "Talks resumed in Jeddah.");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    return Main.commandLine(readers, () -> analyzer, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private void ingest() {
    assertThat(run("ingest", dir.resolve("articles").toString(), "--casebook", dir.resolve("case.yaml").toString(),
        "--workspace", workspace.toString())).as(err.toString()).isZero();
  }

  private JsonNode board() throws Exception {
    assertThat(run("scenarios", "--json", "--workspace", workspace.toString())).as(err.toString()).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void the_board_weighs_the_workspace_by_the_casebook_it_was_ingested_with() throws Exception {
    ingest();
    JsonNode board = board();

    assertThat(board.at("/casebook/id").asText()).isEqualTo("horn-2023");
    assertThat(board.at("/standings/0/scenario").asText()).isEqualTo("hold");
    JsonNode claim = board.at("/evidence/0");
    assertThat(claim.get("holder").asText()).isEqualTo("Karim");
    assertThat(claim.get("credibility").asText()).isEqualTo("named expert");
    assertThat(claim.at("/cells/somali/rating").asText()).isEqualTo("I");
    assertThat(claim.at("/cells/somali/reason").asText()).contains("Karim: rejects");
    assertThat(board.at("/indicators/0/met").asBoolean()).isFalse();
    assertThat(board.at("/views/0/holderName").asText()).isEqualTo("Karim");
  }

  @Test
  void the_board_prints_the_ranking_matrix_views_indicators_and_months() {
    ingest();
    assertThat(run("scenarios", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("The war in Sudan (casebook horn-2023): 1 claims, 1 indicators")
        .contains("RANKING").containsPattern("1\\s+hold\\s+The state holds")
        .contains("MATRIX").contains("MOST DIAGNOSTIC EVIDENCE").contains("Karim")
        .contains("WHO HOLDS WHICH VIEW").containsPattern("Karim\\s+somali\\s+rejects")
        .contains("INDICATORS").containsPattern("not met\\s+raids")
        .contains("RANKING BY MONTH");
  }

  @Test
  void an_analysts_rating_overrides_basira_and_is_logged_with_who_and_why() throws Exception {
    ingest();
    String evidence = board().at("/evidence/0/id").asText();

    assertThat(run("scenarios", "rate", evidence, "somali", "II", "--why", "he rules it out outright", "--by", "sam",
        "--workspace", workspace.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains(evidence + " against somali: II (Basira proposes I)");
    JsonNode cell = board().at("/evidence/0/cells/somali");
    assertThat(cell.get("rating").asText()).isEqualTo("II");
    assertThat(cell.get("proposed").asText()).isEqualTo("I");
    assertThat(cell.at("/override/byWhom").asText()).isEqualTo("sam");

    assertThat(run("scenarios", "rate", evidence, "somali", "auto", "--why", "back to the text",
        "--workspace", workspace.toString())).isZero();
    assertThat(board().at("/evidence/0/cells/somali/rating").asText()).isEqualTo("I");
    assertThat(run("scenarios", "log", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("1. ").contains("sam  " + evidence + " against somali: II: he rules it out")
        .contains("2. ").contains("back to Basira: back to the text");
  }

  @Test
  void a_rating_of_what_is_not_on_the_board_is_refused_with_what_to_do() {
    ingest();
    assertThat(run("scenarios", "rate", "nothing-a1", "somali", "I", "--why", "x", "--workspace",
        workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("there is no evidence 'nothing-a1'").contains("'basira scenarios' lists");
    assertThat(run("scenarios", "rate", "nothing-a1", "kenyan", "I", "--why", "x", "--workspace",
        workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("has no scenario 'kenyan'; its scenarios are somali, hold");
    assertThat(run("scenarios", "rate", "nothing-a1", "somali", "X", "--why", "x", "--workspace",
        workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("RATING 'X' is not one of CC, C, N, I, II or auto");
    assertThat(run("scenarios", "rate", "nothing-a1", "somali", "I", "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--why");
  }

  @Test
  void a_broken_casebook_is_named_with_the_place_and_the_fix() throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), CASEBOOK.replace("terms:", "term:"));
    assertThat(run("ingest", dir.resolve("articles").toString(), "--casebook", dir.resolve("bad.yaml").toString(),
        "--workspace", workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("bad.yaml: scenarios[1] (somali): unknown key 'term'");
    assertThat(run("scenarios", "--casebook", dir.resolve("missing.yaml").toString(), "--workspace",
        workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("the casebook").contains("missing.yaml does not exist");
  }

  @Test
  void articles_stored_before_a_casebook_are_found_again_with_ingest_again() throws Exception {
    assertThat(run("ingest", dir.resolve("articles").toString(), "--casebook", "none", "--workspace",
        workspace.toString())).isZero();
    assertThat(run("ingest", "--casebook", dir.resolve("case.yaml").toString(), "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("give the files or folders to ingest, or --again");

    assertThat(run("ingest", "--again", "--casebook", dir.resolve("case.yaml").toString(), "--workspace",
        workspace.toString())).as(err.toString()).isZero();
    assertThat(err.toString()).contains("0 new, 2 updated, 0 unchanged, 0 failed");
    assertThat(run("scenarios", "--workspace", workspace.toString())).isZero();
    assertThat(err.toString()).doesNotContain("--again");
    assertThat(board().at("/evidence/0/holder").asText()).isEqualTo("Karim");
  }

  @Test
  void the_board_says_when_its_references_were_found_with_another_casebook() throws Exception {
    ingest();
    Files.writeString(dir.resolve("other.yaml"), CASEBOOK.replace("id: horn-2023", "id: horn-2024"));
    assertThat(run("scenarios", "--casebook", dir.resolve("other.yaml").toString(), "--workspace",
        workspace.toString())).isZero();
    assertThat(err.toString()).contains("were found with the casebook it was ingested with")
        .contains("basira ingest --again --casebook FILE");
  }

  @Test
  void rating_on_a_workspace_that_does_not_exist_creates_nothing() {
    Path none = workspace.resolve("none");
    assertThat(run("scenarios", "rate", "x-a1", "somali", "I", "--why", "x", "--casebook",
        dir.resolve("case.yaml").toString(), "--workspace", none.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("there is no workspace in");
    assertThat(none).doesNotExist();
  }
}
