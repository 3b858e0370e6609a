package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Sentence;
import org.basira.model.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineTest {

  @TempDir
  Path folder;

  private static Analysis event(String published, String sourceId, String source, String verb, String targetId,
      String target, PloverCategory category, String date, EventStatus status) {
    return ArchiveFixtures.event(published, sourceId, source, verb, targetId, target, category, date, status);
  }

  @BeforeEach
  void store() {
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(event("2021-09-01", "group.kataib-hezbollah", "Kataib Hezbollah", "attacked", "us", "the US",
          PloverCategory.ASSAULT, "2021-08", EventStatus.REPORTED));
      workspace.put(event("2021-10-02", "group.kataib-hizbollah", "Kataib Hizbollah", "threatened", "iq", "Iraq",
          PloverCategory.THREATEN, null, EventStatus.REPORTED));
      workspace.put(event("2022-01-05", "group.asaib-ahl-al-haq", "Asaib Ahl al-Haq", "will attack", "us", "the US",
          PloverCategory.ASSAULT, "2022-02-01", EventStatus.FUTURE));
    }
  }

  @Test
  void eventsComeInDateOrderWithTheirSentenceAndUndatedOnesOnTheArticlesDate() {
    try (Workspace workspace = Workspace.openForReading(folder)) {
      List<TimelineEntry> timeline = workspace.timeline(TimelineQuery.all(10));
      assertThat(timeline).extracting(TimelineEntry::trigger).containsExactly("attacked", "threatened", "will attack");
      TimelineEntry first = timeline.get(0);
      assertThat(first.date()).isEqualTo("2021-08");
      assertThat(first.start()).isEqualTo(LocalDate.of(2021, 8, 1));
      assertThat(first.datedBy()).isEqualTo("event");
      assertThat(first.sentence()).isEqualTo("Kataib Hezbollah attacked the US.");
      assertThat(first.quadClass()).isEqualTo("MATERIAL_CONFLICT");
      TimelineEntry undated = timeline.get(1);
      assertThat(undated.date()).isNull();
      assertThat(undated.start()).isEqualTo(LocalDate.of(2021, 10, 2));
      assertThat(undated.datedBy()).isEqualTo("published");
    }
  }

  @Test
  void anEventWithNeitherSourceNorTargetIsLeftOutUnlessAskedFor() {
    String text = "Fighting resumed in the north.";
    Article article = Article.of(text, "fighting", "fighting.txt", null, PartialDate.parse("2021-11-03"), "en");
    Event sideless = new Event(PloverCategory.ASSAULT, List.of(), List.of(), EventDate.UNKNOWN, EventPlace.UNKNOWN,
        new TextSpan("Fighting", 0, 8), 0, EventStatus.REPORTED);
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(new Analysis(article, List.of(), List.of(), List.of(sideless), List.of(),
          List.of(new Sentence(0, text.length()))));
    }
    try (Workspace workspace = Workspace.openForReading(folder)) {
      assertThat(workspace.timeline(TimelineQuery.all(10))).extracting(TimelineEntry::trigger)
          .containsExactly("attacked", "threatened", "will attack");
      assertThat(workspace.timeline(TimelineQuery.all(10).withSideless(true))).extracting(TimelineEntry::trigger)
          .containsExactly("attacked", "threatened", "Fighting", "will attack");
    }
  }

  @Test
  void aPageOfEventsWithSidesIsFoundBehindHundredsOfEarlierEventsWithout() {
    // 150 side-less events dated before every other fill the window the timeline first looks in.
    String text = "Fighting resumed in the north.";
    Article article = Article.of(text, "fighting", "fighting.txt", null, PartialDate.parse("2001-01-01"), "en");
    List<Event> early = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      early.add(new Event(PloverCategory.ASSAULT, List.of(), List.of(),
          new EventDate(PartialDate.parse("2001-01-01"), "then"), EventPlace.UNKNOWN, new TextSpan("Fighting", 0, 8),
          0, EventStatus.REPORTED));
    }
    try (Workspace workspace = Workspace.open(folder)) {
      workspace.put(new Analysis(article, List.of(), List.of(), early, List.of(),
          List.of(new Sentence(0, text.length()))));
    }
    try (Workspace workspace = Workspace.openForReading(folder)) {
      assertThat(workspace.timeline(TimelineQuery.all(2))).extracting(TimelineEntry::trigger)
          .containsExactly("attacked", "threatened");
      assertThat(workspace.timeline(TimelineQuery.all(200))).hasSize(3);
      assertThat(workspace.timeline(TimelineQuery.all(200).withSideless(true))).hasSize(153);
      assertThat(workspace.timeline(TimelineQuery.all(2).withSideless(true))).extracting(TimelineEntry::trigger)
          .containsExactly("Fighting", "Fighting");
    }
  }

  @Test
  void anActorByAnySpellingACategoryAndADateRangeEachNarrowTheTimeline() {
    try (Workspace workspace = Workspace.openForReading(folder)) {
      assertThat(workspace.timeline(new TimelineQuery("Kataib Hizbullah", List.of(), List.of(), null, null, 10)))
          .extracting(TimelineEntry::trigger).containsExactly("attacked", "threatened");
      assertThat(workspace.timeline(new TimelineQuery("Kataib Hizbullah", List.of(), List.of(), null, null, 10)))
          .flatExtracting(TimelineEntry::sources).containsOnly("Kataib Hezbollah");
      assertThat(workspace.timeline(new TimelineQuery(null, List.of("ASSAULT"), List.of(), null, null, 10)))
          .extracting(TimelineEntry::trigger).containsExactly("attacked", "will attack");
      assertThat(workspace.timeline(new TimelineQuery(null, List.of(), List.of("REPORTED"), null, null, 10)))
          .extracting(TimelineEntry::trigger).containsExactly("attacked", "threatened");
      assertThat(workspace.timeline(new TimelineQuery(null, List.of(), List.of(), PartialDate.parse("2021-08-15"),
          PartialDate.parse("2021-10"), 10))).extracting(TimelineEntry::trigger)
          .containsExactly("attacked", "threatened");
      assertThat(workspace.timeline(new TimelineQuery(null, List.of(), List.of(), PartialDate.parse("2022"), null, 10)))
          .extracting(TimelineEntry::trigger).containsExactly("will attack");
      assertThat(workspace.timeline(new TimelineQuery("Nobody Known", List.of(), List.of(), null, null, 10))).isEmpty();
    }
  }

  @Test
  void aPlaceKeepsTheEventsAtItOrWithinItAsWrittenOrAsLocated() {
    Path other = folder.resolve("places");
    org.basira.model.Location fallujah = new org.basira.model.Location(99454L, "Al Fallūjah", "IQ", "Anbar", 33.35, 43.79,
        org.basira.model.Location.Precision.TOWN);
    Analysis located = event("2021-09-01", "group.isis", "ISIS", "attacked", "iq", "Iraq", PloverCategory.ASSAULT,
        "2021-08", EventStatus.REPORTED);
    Event e = located.events().get(0);
    located = new Analysis(located.article(), located.actors(), List.of(), List.of(new Event(e.category(), e.source(),
        e.target(), e.date(), new EventPlace(null, "Falluja", fallujah), e.trigger(), e.sentence(), e.status())),
        List.of(), located.sentences());
    try (Workspace workspace = Workspace.open(other)) {
      workspace.put(located);
      workspace.put(event("2021-10-02", "group.kataib-hizbollah", "Kataib Hizbollah", "threatened", "us", "the US",
          PloverCategory.THREATEN, null, EventStatus.REPORTED));
    }
    try (Workspace workspace = Workspace.openForReading(other)) {
      for (String place : List.of("Falluja", "al fallujah", "Anbar", "Iraq", "IQ")) {
        assertThat(workspace.timeline(TimelineQuery.all(10).at(place))).as(place)
            .extracting(TimelineEntry::trigger).containsExactly("attacked");
      }
      assertThat(workspace.timeline(TimelineQuery.all(10).at("Syria"))).isEmpty();
      assertThat(workspace.timeline(TimelineQuery.all(10).at("Nineveh"))).isEmpty();
    }
  }
}
