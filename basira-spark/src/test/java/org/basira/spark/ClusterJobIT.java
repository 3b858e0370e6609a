package org.basira.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Column;
import org.basira.tables.Table;
import org.basira.tables.TablesManifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Spark standalone cluster on this machine (a master and two workers, each its own JVM,
 * started by {@code basira-spark/local-cluster}) runs the job over 240 generated reports through
 * {@code basira-spark/run-local}; once the analysis is under way one worker and its executor are
 * killed with SIGKILL, as a machine lost. The tables must still be complete and the same as a
 * local-mode run's over the same files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterJobIT {

  private static final Path ROOT = Path.of(System.getProperty("basira.root", "..")).toAbsolutePath().normalize();
  private static final int ARTICLES = 240;
  private static final Duration JOB_LIMIT = Duration.ofMinutes(20);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  private Path dir;
  private Path cluster;
  private Path clusterTables;
  private Path localTables;
  private Path eventLogs;
  private String clusterErr;
  private int clusterExit;
  private String killedWhile;

  @BeforeAll
  void runTheJobOnAClusterThatLosesAWorkerAndLocally(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path input = dir.resolve("archive");
    GeneratedArchive.write(input, ARTICLES, 20211209L);

    localTables = dir.resolve("local");
    Process local = submit("local[2]", input, localTables, Map.of("BASIRA_HEAP", "5g"), dir.resolve("local.log"));
    assertThat(local.waitFor(JOB_LIMIT.toMinutes(), TimeUnit.MINUTES)).as("the local run ends").isTrue();
    assertThat(local.exitValue()).as(Files.readString(dir.resolve("local.log"))).isZero();

    cluster = dir.resolve("cluster");
    int masterPort = freePort();
    int webUi = freePorts(3); // the master's page, then each worker's
    Process start = new ProcessBuilder(ROOT.resolve("basira-spark/local-cluster").toString(), "start",
        "--dir", cluster.toString(), "--workers", "2", "--cores", "1", "--memory", "5g",
        "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(webUi))
        .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("start.log").toFile()).start();
    assertThat(start.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(start.exitValue()).as(Files.readString(dir.resolve("start.log"))).isZero();

    int driverUi = freePort();
    eventLogs = Files.createDirectories(dir.resolve("events"));
    clusterTables = dir.resolve("tables");
    Path log = dir.resolve("cluster.log");
    Process job = submit("spark://127.0.0.1:" + masterPort, input, clusterTables, Map.of("BASIRA_HEAP", "2g",
        "BASIRA_SUBMIT_OPTIONS", "--executor-memory 4g --conf spark.ui.port=" + driverUi
            + " --conf spark.eventLog.enabled=true --conf spark.eventLog.compress=false"
            + " --conf spark.eventLog.dir=" + eventLogs.toUri()), log);
    killedWhile = killAWorkerOnceAnalysisIsUnderWay(job, driverUi);
    assertThat(job.waitFor(JOB_LIMIT.toMinutes(), TimeUnit.MINUTES)).as("the cluster run ends").isTrue();
    clusterExit = job.exitValue();
    clusterErr = Files.readString(log);
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    if (cluster != null) {
      Process stop = new ProcessBuilder(ROOT.resolve("basira-spark/local-cluster").toString(), "stop", "--dir",
          cluster.toString()).inheritIO().start();
      stop.waitFor(1, TimeUnit.MINUTES);
      // The Spark jars are links into the Maven repository; removing them here keeps JUnit from warning of each.
      try (Stream<Path> links = Files.list(cluster.resolve("jars"))) {
        for (Path link : links.toList()) {
          Files.delete(link);
        }
      }
    }
  }

  @Test
  void theJobFinishesAfterLosingAWorkerMidAnalysis() {
    assertThat(killedWhile).as(clusterErr).startsWith("parquet");
    assertThat(clusterExit).as(clusterErr).isZero();
    assertThat(clusterErr).contains(ARTICLES + " articles analysed, 0 inputs rejected");
  }

  @Test
  void theSchedulerSawTheExecutorGoAndRanItsTasksAgain() throws IOException {
    List<String> events = new ArrayList<>();
    try (Stream<Path> logs = Files.walk(eventLogs)) { // Spark 4 rolls each application's log in a folder
      for (Path file : logs.filter(Files::isRegularFile).toList()) {
        events.addAll(Files.readAllLines(file));
      }
    }
    assertThat(events).as("the executor of the killed worker is removed")
        .anyMatch(e -> e.contains("\"SparkListenerExecutorRemoved\""));
    assertThat(events).as("tasks it was running are failed as lost, to be run again elsewhere")
        .anyMatch(e -> e.contains("\"SparkListenerTaskEnd\"") && e.contains("\"ExecutorLostFailure\""));
  }

  @Test
  void everyTableIsCompleteAndTheSameAsALocalRunGives() throws Exception {
    TablesManifest onCluster = TablesManifest.fromJson(Files.readString(clusterTables.resolve(TablesManifest.FILE_NAME)));
    TablesManifest onOneMachine = TablesManifest.fromJson(Files.readString(localTables.resolve(TablesManifest.FILE_NAME)));
    assertThat(onCluster.articles()).isEqualTo(ARTICLES).isEqualTo(onOneMachine.articles());
    assertThat(onCluster.errors()).isZero();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      for (Table table : AnalysisTables.ALL) {
        List<String> cluster = rows(st, clusterTables, table);
        assertThat(cluster).as(table.name()).isNotEmpty().isEqualTo(rows(st, localTables, table));
        if (table.equals(AnalysisTables.ARTICLES)) {
          assertThat(cluster).hasSize(ARTICLES);
        }
      }
    }
  }

  /** A table's rows as sorted text, less the time of the run. */
  private static List<String> rows(Statement st, Path tables, Table table) throws Exception {
    List<String> columns = table.columns().stream().map(Column::name).filter(c -> !c.equals("ingested_at"))
        .map(c -> "CAST(" + c + " AS VARCHAR)").toList();
    List<String> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT " + String.join(", ", columns) + " FROM read_parquet('"
        + tables.resolve(table.name()) + "/*.parquet')")) {
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns.size(); i++) {
          row.append(rs.getString(i)).append('\u001f');
        }
        rows.add(row.toString());
      }
    }
    rows.sort(null);
    return rows;
  }

  private Process submit(String master, Path input, Path output, Map<String, String> env, Path log) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("basira-spark/run-local").toString(), master,
        input.toString(), "--output", output.toString(), "--partitions", "8", "--casebook",
        ROOT.resolve("casebooks/iraq-2021.yaml").toString())
        .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  /**
   * Waits, through the driver's REST API, until the stage that analyses the articles (the first
   * table's write) has finished a task and runs others, then kills worker 1 and its executor with
   * SIGKILL. Returns the name of the stage that was running.
   */
  private String killAWorkerOnceAnalysisIsUnderWay(Process job, int driverUi) throws Exception {
    long deadline = System.nanoTime() + JOB_LIMIT.toNanos();
    String api = "http://127.0.0.1:" + driverUi + "/api/v1/applications";
    while (System.nanoTime() < deadline && job.isAlive()) {
      JsonNode apps = get(api);
      if (apps != null && apps.size() > 0) {
        JsonNode stages = get(api + "/" + apps.get(0).get("id").asText() + "/stages?status=active");
        for (JsonNode stage : stages == null ? json.createArrayNode() : stages) {
          if (stage.get("name").asText().startsWith("parquet") && stage.get("numCompleteTasks").asInt() >= 1
              && stage.get("numActiveTasks").asInt() >= 1) {
            long worker = Long.parseLong(Files.readString(cluster.resolve("worker-1.pid")).strip());
            ProcessHandle handle = ProcessHandle.of(worker).orElseThrow();
            handle.descendants().forEach(ProcessHandle::destroyForcibly); // SIGKILL: no shutdown hooks run
            handle.destroyForcibly();
            handle.onExit().get(1, TimeUnit.MINUTES);
            return stage.get("name").asText();
          }
        }
      }
      Thread.sleep(500);
    }
    return "no analysis stage seen running";
  }

  private JsonNode get(String url) throws IOException, InterruptedException {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? json.readTree(response.body()) : null;
    } catch (ConnectException | JsonProcessingException e) {
      return null; // the driver's UI is not up yet, or says it is starting
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The first of {@code count} consecutive ports that are free now. */
  private static int freePorts(int count) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first = freePort();
      boolean free = true;
      for (int p = first + 1; p < first + count && free; p++) {
        try (ServerSocket socket = new ServerSocket(p)) {
          free = socket.getLocalPort() == p;
        } catch (IOException e) {
          free = false;
        }
      }
      if (free && first + count < 65536) {
        return first;
      }
    }
    throw new IOException("no " + count + " consecutive free ports");
  }
}
