package org.basira.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.basira.app.Casebooks;
import org.basira.app.CommandLines;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Attribution;
import org.basira.model.Event;
import org.basira.model.Mention;
import org.basira.read.Readers;
import org.basira.store.TimelineQuery;
import org.basira.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedArchiveBenchTest {

  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int basira(String... args) {
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    return CommandLines.of(readers, () -> Analysis::empty, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void everySpanOfAMadeUpArticleIsTheTextAtItsOffsets() {
    SyntheticArchive archive = new SyntheticArchive(7, List.of("afghan", "third-path"));
    for (int n = 1; n <= 30; n++) {
      Analysis analysis = archive.article(n, 3, 2);
      String text = analysis.article().text();
      assertThat(analysis.events()).hasSize(3);
      assertThat(analysis.attributions()).hasSize(2);
      for (Actor actor : analysis.actors()) {
        for (Mention m : actor.mentions()) {
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo(actor.name());
        }
      }
      for (Event e : analysis.events()) {
        assertThat(text.substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
        var sentence = analysis.sentences().get(e.sentence());
        assertThat(e.trigger().start()).isBetween(sentence.start(), sentence.end());
      }
      for (Attribution a : analysis.attributions()) {
        assertThat(text.substring(a.content().start(), a.content().end())).isEqualTo(a.content().text());
        assertThat(text.substring(a.cue().start(), a.cue().end())).isEqualTo("said");
        assertThat(text.substring(a.speaker().start(), a.speaker().end())).isEqualTo(a.speaker().text());
      }
      analysis.scenarioRefs().forEach(r -> assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text()));
    }
    assertThat(new SyntheticArchive(7, List.of()).article(1, 2, 1))
        .as("the same seed makes the same article").isEqualTo(new SyntheticArchive(7, List.of()).article(1, 2, 1));
  }

  @Test
  void theBoardQuotesTheSentenceOfEveryReferenceAcrossHundredsOfAttachedArticles() {
    Path tables = dir.resolve("many");
    Path workspace = dir.resolve("many-ws");
    assertThat(basira("bench", "generate", "--events", "1800", "--attributions", "0", "--articles", "1800",
        "--output", tables.toString())).as(err.toString()).isZero();
    assertThat(basira("attach", tables.toString(), "--workspace", workspace.toString())).as(err.toString()).isZero();
    try (Workspace store = Workspace.openForReading(workspace)) {
      var views = store.board(new Casebooks().shipped()).evidence().stream().flatMap(e -> e.views().stream()).toList();
      assertThat(views).as("more articles with references than one query lists by id").hasSizeGreaterThan(500);
      assertThat(views).allSatisfy(v -> assertThat(v.sentence()).startsWith("Observers weighed ").contains(v.text()));
    }
  }

  @Test
  void aGeneratedArchiveAttachesWithExactlyItsEventsAndIsMeasured() throws Exception {
    Path tables = dir.resolve("tables");
    Path workspace = dir.resolve("ws");
    assertThat(basira("bench", "generate", "--events", "95", "--attributions", "13", "--articles", "10",
        "--output", tables.toString())).as(err.toString()).isZero();
    assertThat(err.toString()).contains("10 articles, 95 events and 13 attributions");
    assertThat(basira("attach", tables.toString(), "--workspace", workspace.toString())).as(err.toString()).isZero();
    try (Workspace store = Workspace.openForReading(workspace)) {
      assertThat(store.articles()).isEqualTo(10);
      assertThat(store.timeline(new TimelineQuery(null, List.of(), List.of(), null, null, 1000, null, true)))
          .hasSize(95);
      assertThat(store.board(new Casebooks().shipped())).isNotNull();
    }

    out.getBuffer().setLength(0);
    assertThat(basira("bench", "queries", "--workspace", workspace.toString(), "--runs", "2", "--json"))
        .as(err.toString()).isZero();
    JsonNode figures = new ObjectMapper().readTree(out.toString());
    assertThat(figures.get("articles").asInt()).isEqualTo(10);
    for (String kind : QueryLatency.KINDS) {
      assertThat(figures.get(kind + "_queries").asInt()).as(kind).isPositive();
      assertThat(figures.get(kind + "_p99_ms").asDouble()).as(kind).isPositive()
          .isGreaterThanOrEqualTo(figures.get(kind + "_p50_ms").asDouble());
      assertThat(figures.get(kind + "_first_ms").asDouble()).as(kind).isPositive();
    }

    assertThat(basira("bench", "generate", "--output", tables.toString())).as("a folder that is not empty").isNotZero();
    assertThat(err.toString()).contains("is not empty");
  }
}
