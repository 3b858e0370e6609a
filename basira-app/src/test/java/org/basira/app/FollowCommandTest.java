package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.basira.model.Article;
import org.basira.read.Readers;
import org.basira.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** follow against a news site on the loopback address, with a stand-in analyzer so that no models load. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FollowCommandTest {

  @TempDir
  Path dir;

  private FeedServer site;
  private StringWriter err;

  @BeforeEach
  void start() throws Exception {
    site = new FeedServer();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private int follow(String... args) {
    err = new StringWriter();
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    List<String> all = new ArrayList<>(List.of("follow", "--workspace", dir.resolve("ws").toString(), "--threads", "1"));
    all.addAll(List.of(args));
    return Main.commandLine(readers, () -> FollowInChild.SLOW_NOTHING, new PrintWriter(new StringWriter(), true),
        new PrintWriter(err, true)).execute(all.toArray(String[]::new));
  }

  private List<Article> stored() {
    try (Workspace ws = Workspace.openForReading(dir.resolve("ws"))) {
      return ws.articleIds().stream().map(id -> ws.article(id).orElseThrow()).toList();
    }
  }

  @Test
  void twoHundredItemsFollowedTwiceAreStoredOnceAndTheirPagesFetchedOnce() {
    assertThat(follow(site.feed(200))).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("200 new, 0 updated, 0 already stored, 0 failed; the workspace holds 200 articles");
    assertThat(follow(site.feed(200))).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains("0 new, 0 updated, 200 already stored, 0 failed; the workspace holds 200 articles");
    assertThat(site.pagesServed).as("known addresses are not fetched again").hasValue(200);
    List<Article> articles = stored();
    assertThat(articles).hasSize(200);
    assertThat(articles).extracting(Article::url).doesNotHaveDuplicates().contains(site.base() + "/news/200.html");
    assertThat(articles).extracting(Article::source).containsOnly("Border Desk");
  }

  @Test
  void aFeedThatIsDownOrMalformedIsReportedAndTheOthersAreStillRead() {
    assertThat(follow(site.base() + "/down", site.base() + "/broken.xml", site.feed(2)))
        .isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString())
        .contains("failed: " + site.base() + "/down answered HTTP 503")
        .contains("failed: " + site.base() + "/broken.xml is not an RSS or Atom feed")
        .contains("2 new, 0 updated, 0 already stored, 2 failed");
    assertThat(stored()).hasSize(2);
  }

  @Test
  void anAtomItemsPageWithoutTitleOrDateTakesThemFromTheFeed() {
    assertThat(follow(site.base() + "/atom.xml")).isEqualTo(ExitCodes.OK);
    Article bare = stored().stream().filter(a -> a.url().endsWith("/bare/3.html")).findFirst().orElseThrow();
    assertThat(bare.title()).isEqualTo("Untitled page");
    assertThat(bare.published()).hasToString("2022-01-02");
    assertThat(bare.source()).as("a page that names no site is known by its feed").isEqualTo("Field notes");
  }

  @Test
  void aLinkToAnotherPrivateHostIsNotFetchedUnlessAllowed() {
    assertThat(follow(site.base() + "/elsewhere.xml")).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).contains("failed: http://localhost:" + site.port() + "/news/7.html is on a private address")
        .contains("--allow-private");
    assertThat(site.pagesServed).hasValue(0);
    assertThat(follow(site.base() + "/elsewhere.xml", "--allow-private")).isEqualTo(ExitCodes.OK);
    assertThat(stored()).singleElement().extracting(Article::title).isEqualTo("Report 7");
  }

  @Test
  void aFeedFileOnDiskIsReadAndItsLinksAreFetched() throws Exception {
    Path file = dir.resolve("saved.xml");
    Files.writeString(file, "<rss version=\"2.0\"><channel><title>Saved</title><link>" + site.base()
        + "</link><description>d</description><item><title>One</title><link>" + site.base()
        + "/news/5.html</link></item></channel></rss>");
    assertThat(follow(file.toString(), "--allow-private")).isEqualTo(ExitCodes.OK);
    assertThat(stored()).singleElement().extracting(Article::url).isEqualTo(site.base() + "/news/5.html");
    assertThat(follow(dir.resolve("missing.xml").toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).contains("missing.xml does not exist");
  }

  @Test
  void anAddressThatIsNotHttpOrADurationThatIsNotOneIsAUsageError() {
    assertThat(follow("ftp://example.org/feed.xml")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("http and https");
    assertThat(follow(site.feed(1), "--every", "soon")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("'soon' is not a duration");
    assertThat(new FollowCommand.DurationConverter().convert("1h30m")).hasMinutes(90);
    assertThat(new FollowCommand.SizeConverter().convert("2MB")).isEqualTo(2L << 20);
  }

  @Test
  void followKilledWithSigkillWhileStoringKeepsWhatItStoredAndTheNextRunAddsOnlyTheRest() throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", classPath(), FollowInChild.class.getName(),
        "follow", site.feed(200), "--workspace", dir.resolve("ws").toString(), "--threads", "1", "--every", "1h");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.contains("100 articles read")) {
          child.destroyForcibly(); // SIGKILL: nothing in the child closes, commits or cleans up
          break;
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    int kept = stored().size();
    assertThat(kept).as("what was stored before the kill").isBetween(100, 199);
    assertThat(follow(site.feed(200))).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).contains((200 - kept) + " new, 0 updated, " + kept + " already stored, 0 failed; "
        + "the workspace holds 200 articles");
    assertThat(stored()).extracting(Article::url).doesNotHaveDuplicates().hasSize(200);
  }

  /** Surefire may run tests from a manifest-only jar and name the real class path in a property. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }
}
