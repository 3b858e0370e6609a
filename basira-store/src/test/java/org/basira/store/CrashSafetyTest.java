package org.basira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workspace survives its writer being killed: each test runs {@link DispatchIngest} as a real
 * separate JVM and kills it with SIGKILL ({@link Process#destroyForcibly()}), so nothing in the
 * writer gets to close, commit or clean up. Timing only decides where a kill lands; what is
 * asserted holds wherever it lands.
 */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CrashSafetyTest {

  private static final List<Analysis> BATCH =
      IntStream.range(0, DispatchIngest.BATCH).mapToObj(DispatchIngest::dispatch).toList();

  @TempDir
  Path scratch;

  private final List<Process> children = new ArrayList<>();

  /** Where a kill lands: once the child has said it stored this many, or this long after it started. */
  record KillPoint(int stored, Duration afterStart) {

    static KillPoint afterStored(int stored) {
      return new KillPoint(stored, null);
    }

    /** Somewhere in starting the JVM, creating the workspace or the first few puts. */
    static KillPoint soonAfterStart() {
      return new KillPoint(0, Duration.ofMillis(new Random().nextInt(1500)));
    }

    @Override
    public String toString() {
      return afterStart == null ? "once " + stored + " are stored" : afterStart.toMillis() + " ms after start";
    }
  }

  /** Around the index's commit every 200 articles, on both sides of it, and early on. */
  static Stream<KillPoint> killPoints() {
    return Stream.of(KillPoint.soonAfterStart(), KillPoint.afterStored(1), KillPoint.afterStored(30),
        KillPoint.afterStored(199), KillPoint.afterStored(201));
  }

  @AfterEach
  void noChildOutlivesItsTest() throws InterruptedException {
    for (Process child : children) {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  @ParameterizedTest(name = "killed {0}")
  @MethodSource("killPoints")
  void aKilledIngestLeavesAWorkspaceThatOpensConsistentAndARerunFinishesTheBatch(KillPoint kill) throws Exception {
    Path folder = scratch.resolve("workspace");
    Child first = start(folder, -1);
    if (kill.afterStart() != null) {
      Thread.sleep(kill.afterStart().toMillis());
    } else {
      first.readUntil("stored " + kill.stored());
    }
    first.kill();

    int survived = assertConsistent(folder, "after the kill " + kill + " (child said: " + first.transcript() + ")");
    assertThat(survived).as("articles kept once %s stored", kill.stored()).isGreaterThanOrEqualTo(kill.stored());

    Child rerun = start(folder, -1);
    rerun.readUntil("done");
    assertThat(rerun.waitForExit()).as("the rerun's exit status; it said: %s", rerun.transcript()).isZero();
    assertThat(rerun.lastStored()).as("articles the rerun stored, with %d already there", survived)
        .isEqualTo(BATCH.size() - survived);
    assertThat(assertConsistent(folder, "after the rerun")).isEqualTo(BATCH.size());
  }

  @Test
  void aSecondIngestWhileOneIsRunningIsRefusedWithAClearMessageAndCorruptsNothing() throws Exception {
    Path folder = scratch.resolve("workspace");
    Child running = start(folder, 5);
    running.readUntil("paused");

    assertThatThrownBy(() -> Workspace.open(folder).close())
        .isInstanceOf(WorkspaceException.class)
        .hasMessageContaining("in use by another Basira process");
    Child second = start(folder, -1);
    second.readUntil(null);
    assertThat(second.waitForExit()).as("a second ingest's exit status").isNotZero();
    assertThat(second.transcript()).contains("in use by another Basira process");
    assertThat(second.lastStored()).as("articles a second ingest stored").isZero();

    running.resume();
    running.readUntil("done");
    assertThat(running.waitForExit()).as("the first ingest's exit status; it said: %s", running.transcript())
        .isZero();
    assertThat(running.lastStored()).isEqualTo(BATCH.size());
    assertThat(assertConsistent(folder, "after both ingests")).isEqualTo(BATCH.size());
  }

  /**
   * Opens the workspace and checks that it holds the first K dispatches of the batch, each with all
   * its rows and nothing else, and that search finds exactly those; gives K.
   */
  private static int assertConsistent(Path folder, String when) throws Exception {
    Set<String> found;
    long articles;
    try (Workspace workspace = Workspace.open(folder)) {
      articles = workspace.articles();
      SearchResult result = workspace.search(DispatchIngest.COMMON_WORD, BATCH.size() + 1);
      assertThat(result.total()).as("articles the index finds %s", when).isEqualTo(articles);
      found = result.hits().stream().map(SearchResult.Hit::articleId).collect(Collectors.toSet());
    }
    Map<String, Analysis> expected = BATCH.subList(0, (int) articles).stream()
        .collect(Collectors.toMap(a -> a.article().id(), a -> a));
    // The child stores in batch order and each article in one transaction: what survives is a prefix.
    assertThat(found).as("the articles the index finds %s", when).isEqualTo(expected.keySet());

    AnalysisJson json = new AnalysisJson();
    try (Connection db = readOnly(folder); Statement st = db.createStatement()) {
      Map<String, Rows> stored = new HashMap<>();
      try (ResultSet rs = st.executeQuery("""
          SELECT a.id, a.analysis,
                 (SELECT count(*) FROM actors t WHERE t.article_id = a.id),
                 (SELECT count(*) FROM mentions t WHERE t.article_id = a.id),
                 (SELECT count(*) FROM attributions t WHERE t.article_id = a.id),
                 (SELECT count(*) FROM events t WHERE t.article_id = a.id),
                 (SELECT count(*) FROM event_actors t WHERE t.article_id = a.id)
          FROM articles a""")) {
        while (rs.next()) {
          stored.put(rs.getString(1), new Rows(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
              rs.getLong(7)));
          assertThat(json.fromLine(rs.getString(2))).as("the stored analysis of %s %s", rs.getString(1), when)
              .isEqualTo(expected.get(rs.getString(1)));
        }
      }
      Map<String, Rows> wanted = expected.values().stream().collect(Collectors.toMap(a -> a.article().id(), Rows::of));
      assertThat(stored).as("rows per article %s", when).isEqualTo(wanted);
      for (String table : List.of("actors", "mentions", "attributions", "events", "event_actors")) {
        try (ResultSet rs = st.executeQuery(
            "SELECT count(*) FROM " + table + " WHERE article_id NOT IN (SELECT id FROM articles)")) {
          rs.next();
          assertThat(rs.getLong(1)).as("rows in %s of no stored article %s", table, when).isZero();
        }
      }
    }
    return (int) articles;
  }

  private static Connection readOnly(Path folder) throws Exception {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("basira.duckdb").toAbsolutePath(), properties);
  }

  /** How many rows of each table one article has. */
  record Rows(long actors, long mentions, long attributions, long events, long eventSides) {

    static Rows of(Analysis analysis) {
      return new Rows(analysis.actors().size(),
          analysis.actors().stream().mapToLong(a -> a.mentions().size()).sum(),
          analysis.attributions().size(),
          analysis.events().size(),
          analysis.events().stream().mapToLong(e -> e.source().size() + e.target().size()).sum());
    }
  }

  private Child start(Path folder, int pauseAfter) throws IOException {
    Path tmp = scratch.resolve("child-tmp");
    Files.createDirectories(tmp);
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A small, quick-starting JVM: the child does little, and starts ten times a run.
        "-XX:+IgnoreUnrecognizedVMOptions", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        // DuckDB unpacks its native library into the temp folder and deletes it only on a clean
        // exit; a killed child leaves it behind, so it goes in the test's folder, which JUnit removes.
        "-Djava.io.tmpdir=" + tmp,
        "-cp", classPath(), DispatchIngest.class.getName(), folder.toString(), String.valueOf(BATCH.size())));
    if (pauseAfter > 0) {
      command.add(String.valueOf(pauseAfter));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    children.add(process);
    return new Child(process);
  }

  /**
   * The test's classpath. Surefire may run tests from a jar whose manifest holds the real path and
   * names that path in {@code surefire.test.class.path}; elsewhere {@code java.class.path} is it.
   */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** A running {@link DispatchIngest}, read line by line. */
  private static final class Child {
    private final Process process;
    private final BufferedReader out;
    private final StringBuilder transcript = new StringBuilder();
    private int lastStored;

    Child(Process process) {
      this.process = process;
      this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads until the child says {@code line}; with null, until it stops talking. */
    void readUntil(String line) throws IOException {
      for (String said = out.readLine(); said != null; said = out.readLine()) {
        if (said.startsWith("stored ")) {
          lastStored = Integer.parseInt(said.substring("stored ".length()));
        } else {
          transcript.append(said).append('\n');
        }
        if (said.equals(line)) {
          return;
        }
      }
      assertThat(line).as("the child ended without saying it; it said:\n%s", transcript()).isNull();
    }

    void resume() throws IOException {
      Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      in.write("\n");
      in.flush();
    }

    /** SIGKILL on Linux: the child gets no chance to close anything. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      process.waitFor();
    }

    int waitForExit() throws InterruptedException {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child exits").isTrue();
      return process.exitValue();
    }

    int lastStored() {
      return lastStored;
    }

    /** What the child said, its "stored K" lines summed up by the last. */
    String transcript() {
      return transcript + "(last said stored " + lastStored + ")";
    }
  }
}
