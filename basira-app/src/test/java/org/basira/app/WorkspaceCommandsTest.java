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
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Mention;
import org.basira.model.PloverCategory;
import org.basira.model.Sentence;
import org.basira.model.Speaker;
import org.basira.model.TextSpan;
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

  /**
   * Names "Hezbollah" and "Israel" wherever the text does, reads "fire" as an attack by the first
   * on the second, and what follows "Hezbollah said" as its claim; the text is one sentence.
   */
  private final Analyzer analyzer = article -> {
    String text = article.text();
    List<Actor> actors = new ArrayList<>();
    for (String name : List.of("Hezbollah", "Israel")) {
      int at = text.indexOf(name);
      if (at >= 0) {
        actors.add(new Actor(name.equals("Israel") ? "il" : "grp.hezbollah", name,
            name.equals("Israel") ? ActorType.STATE : ActorType.ARMED_GROUP, null,
            List.of(new Mention(at, at + name.length(), name))));
      }
    }
    List<Event> events = new ArrayList<>();
    int fired = text.indexOf("fire");
    if (fired >= 0 && text.startsWith("Hezbollah")) {
      events.add(new Event(PloverCategory.ASSAULT, List.of("grp.hezbollah"),
          text.contains("Israel") ? List.of("il") : List.of(), EventDate.UNKNOWN,
          text.contains("town") ? new EventPlace(null, "a border town", new org.basira.model.Location(294117L, "Metula",
              "IL", "Northern District", 33.28, 35.58, org.basira.model.Location.Precision.TOWN)) : EventPlace.UNKNOWN,
          new TextSpan("fire", fired, fired + 4), 0, EventStatus.REPORTED));
    }
    if (text.startsWith("Fighting")) {
      events.add(new Event(PloverCategory.ASSAULT, List.of(), List.of(), EventDate.UNKNOWN, EventPlace.UNKNOWN,
          new TextSpan("Fighting", 0, 8), 0, EventStatus.REPORTED));
    }
    List<Attribution> attributions = new ArrayList<>();
    int said = text.indexOf("Hezbollah said ");
    if (said >= 0) {
      int start = said + "Hezbollah said ".length();
      attributions.add(new Attribution(new Speaker("grp.hezbollah", "Hezbollah", said, said + 9),
          new TextSpan("said", said + 10, said + 14), new TextSpan(text.substring(start), start, text.length()),
          AttributionKind.INDIRECT, 0));
    }
    return new Analysis(article, actors, attributions, events, List.of(), List.of(new Sentence(0, text.length())));
  };
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Hezbollah fired rockets at a border town.");
    Files.writeString(dir.resolve("b.txt"), "Hezbollah and Israel exchanged fire across the border.");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Talks on the border resumed.\", "
        + "\"published\":\"2024-05-02\"}\n{\"no text\":1}\n");
    Files.writeString(dir.resolve("d.txt"), "Hezbollah said the border would stay calm.");
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
    assertThat(err.toString()).contains("4 new, 0 updated, 0 unchanged, 1 failed; the workspace holds 4 articles")
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
    assertThat(result.get("total").asInt()).isEqualTo(4);
    assertThat(result.get("hits")).hasSize(1);
  }

  @Test
  void actorsListsEachActorOnceWithItsArticles() {
    run("ingest", dir.toString(), "--workspace", workspace.toString());
    assertThat(run("actors", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).containsPattern("Hezbollah\\s+grp.hezbollah\\s+ARMED_GROUP\\s+3\\s+3\\s+Hezbollah");
  }

  @Test
  void theTimelineLeavesOutEventsWithNoSideUnlessAskedFor() throws Exception {
    Path more = dir.resolve("more");
    Files.createDirectories(more);
    Files.writeString(more.resolve("e.txt"), "Fighting broke out near the border.");
    run("ingest", dir.resolve("a.txt").toString(), more.toString(), "--workspace", workspace.toString());
    assertThat(run("timeline", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).startsWith("1 event").contains("fire").doesNotContain("Fighting");
    assertThat(run("timeline", "--sideless", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).startsWith("2 events").contains("Fighting");
  }

  @Test
  void aQueryOnAMissingWorkspaceSaysHowToMakeOne() {
    assertThat(run("search", "fire", "--workspace", workspace.resolve("none").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("there is no workspace in").contains("basira ingest");
  }

  @Test
  void actorsAreMergedAndSplitByAnAnalystWithEachCorrectionLogged() {
    run("ingest", dir.toString(), "--workspace", workspace.toString());
    assertThat(run("actors", "merge", "Hezbollah", "Israel", "--why", "a test of merging", "--by", "tester",
        "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("merged il into grp.hezbollah (correction 1 in the log)");
    assertThat(run("actors", "--json", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("\"names\":[\"Hezbollah\",\"Israel\"]");
    assertThat(run("actors", "split", "Hezbollah", "Israel", "--why", "they are enemies", "--by", "tester",
        "--workspace", workspace.toString())).isZero();
    assertThat(run("actors", "log", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("1. ").contains("tester  merge il into grp.hezbollah: a test of merging")
        .contains("2. ").contains("split il off grp.hezbollah (Israel): they are enemies");
    assertThat(run("actors", "merge", "Nobody", "Israel", "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no actor in the workspace").contains("'Nobody'");
  }

  @Test
  void claimsAndTimelineFindTheirActorByAnotherSpelling() throws Exception {
    run("ingest", dir.toString(), "--workspace", workspace.toString());
    assertThat(run("claims", "--speaker", "Hizbollah", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString()).contains("1 claim by Hizbollah").contains("Hezbollah, indirect:")
        .contains("the border would stay calm.");
    assertThat(run("claims", "--speaker", "Nobody", "--workspace", workspace.toString())).isZero();
    assertThat(err.toString()).contains("no actor in the workspace");
    assertThat(run("timeline", "--actor", "Hizbollah", "--category", "assault", "--workspace", workspace.toString()))
        .isZero();
    assertThat(out.toString()).contains("2 events").contains("ASSAULT").contains("Hezbollah \u2192 Israel")
        .contains("Hezbollah and Israel exchanged fire across the border.");
    assertThat(run("timeline", "--json", "--from", "2024-05", "--to", "2024", "--workspace", workspace.toString()))
        .isZero();
    assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
    assertThat(run("timeline", "--category", "shelling", "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--category shelling is not one of").contains("assault");
    assertThat(run("timeline", "--from", "2024-06", "--to", "2024-05", "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("is after --to");
    assertThat(run("timeline", "--from", "last week", "--workspace", workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("write it as 2021, 2021-08 or 2021-08-15");
  }

  @Test
  void exportWritesEachFormatAndNeverOverwrites() throws Exception {
    run("ingest", dir.toString(), "--workspace", workspace.toString());
    assertThat(run("export", "--format", "jsonl", "--workspace", workspace.toString())).isZero();
    assertThat(out.toString().lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("{\"article\""));
    Path tables = dir.resolve("tables");
    assertThat(run("export", "--format", "csv", "--output", tables.toString(), "--workspace", workspace.toString()))
        .isZero();
    assertThat(Files.readAllLines(tables.resolve("events.csv"))).hasSize(3);
    Path graph = dir.resolve("actors.graphml");
    assertThat(run("export", "--format", "graphml", "--output", graph.toString(), "--workspace", workspace.toString()))
        .isZero();
    assertThat(Files.readString(graph)).contains("<edge id=\"e0\" source=\"grp.hezbollah\" target=\"il\">");
    assertThat(run("export", "--format", "graphml", "--output", graph.toString(), "--workspace", workspace.toString()))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("already exists");
    assertThat(run("export", "--format", "parquet", "--workspace", workspace.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("name a folder with --output");
  }

  @Test
  void exportAsGeoJsonPutsEachLocatedEventOnTheMapWithItsSentence() throws Exception {
    run("ingest", dir.toString(), "--workspace", workspace.toString());

    assertThat(run("export", "--format", "geojson", "--workspace", workspace.toString())).isZero();

    JsonNode map = new ObjectMapper().readTree(out.toString());
    assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(map.get("features")).singleElement().satisfies(f -> {
      assertThat(f.at("/geometry/coordinates").toString()).isEqualTo("[35.58,33.28]");
      assertThat(f.at("/properties/category").asText()).isEqualTo("ASSAULT");
      assertThat(f.at("/properties/source/0").asText()).isEqualTo("Hezbollah");
      assertThat(f.at("/properties/geonames_id").asLong()).isEqualTo(294117L);
      assertThat(f.at("/properties/precision").asText()).isEqualTo("town");
      assertThat(f.at("/properties/sentence").asText()).isEqualTo("Hezbollah fired rockets at a border town.");
    });
    assertThat(err.toString()).contains("1 events placed on the map, 1 left out with no location");
  }

  @Test
  void theProgressBarOnATerminalShowsHowFarHowFastAndHowLongIsLeft() {
    assertThat(IngestCommand.Progress.line(50, 200, 10)).startsWith("basira: [#######-----------------------] 50/200")
        .contains("5.0/s").contains("about 30 s left");
    assertThat(IngestCommand.Progress.line(200, 200, 10)).contains("[" + "#".repeat(30) + "] 200/200")
        .doesNotContain("left");
    assertThat(IngestCommand.Progress.line(7, 0, 1)).isEqualTo("basira: 7 articles read, 7.0/s");
  }
}
