package org.basira.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;
import org.basira.tables.AnalysisTables;
import org.basira.tables.Table;
import org.basira.tables.TableRows;
import org.basira.tables.TablesManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the job in local mode (two cores) over the team's samples, a PDF report, plus inputs that give no article,
 * and checks its Parquet tables against what the real {@code basira extract} writes for the same
 * files; then attaches them to a workspace and queries them with the real commands.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveJobIT {

  private static final Path ROOT = Path.of(System.getProperty("basira.root", "..")).toAbsolutePath().normalize();
  private static final Path CASEBOOK = ROOT.resolve("casebooks/iraq-2021.yaml");

  private Path dir;

  private Path output;
  private String jobErr;
  private int jobExit;
  private final Map<String, String> extracted = new HashMap<>();

  @BeforeAll
  void runTheJobAndExtract(@TempDir Path tempDir) throws Exception {
    dir = tempDir;
    Path input = dir.resolve("archive");
    Files.createDirectories(input.resolve("nested"));
    try (Stream<Path> samples = Files.list(ROOT.resolve("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Files.copy(sample, input.resolve("nested").resolve(sample.getFileName()));
      }
    }
    Files.writeString(input.resolve("feed.jsonl"), """
        {"text": "The council met in the capital on Monday. Its chair said the talks would go on.", "source": "feed"}
        {"text": "this line is cut off
        """);
    Files.writeString(input.resolve("empty.txt"), "");
    writeReport(input.resolve("briefing.pdf"));

    SparkSession spark = SparkSession.builder().master("local[2]").appName("basira-it")
        .config("spark.ui.enabled", "false").getOrCreate();
    output = dir.resolve("tables");
    StringWriter err = new StringWriter();
    CommandLine job = new CommandLine(new AnalyseArchive());
    job.setErr(new PrintWriter(err, true));
    jobExit = job.execute(input.toString(), "--output", output.toString(), "--casebook", CASEBOOK.toString(),
        "--partitions", "4");
    jobErr = err.toString();
    assertThat(spark.sparkContext().isStopped()).as("the job stops its session").isTrue();

    List<String> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(input)) {
      all.filter(Files::isRegularFile).sorted().forEach(p -> files.add(p.toString()));
    }
    List<String> args = new ArrayList<>(List.of("extract", "--casebook", CASEBOOK.toString()));
    args.addAll(files);
    AnalysisJson json = new AnalysisJson();
    for (String line : basira(args).split("\n")) {
      if (!line.isBlank()) {
        extracted.put(json.fromLine(line).article().id(), line);
      }
    }
  }

  /** A one-page PDF report, made here, so that the job reads PDF as extract does. */
  private static void writeReport(Path file) throws Exception {
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText("Gunmen attacked a checkpoint near Kirkuk on Monday, the police said.");
        cs.endText();
      }
      doc.getDocumentInformation().setTitle("Checkpoint attack");
      doc.save(file.toFile());
    }
  }

  @Test
  void theJobFinishesWithOnePipelineLoadedForItsOneExecutor() {
    assertThat(jobExit).as(jobErr).isZero();
    Matcher loaded = Pattern.compile("(\\d+) pipelines loaded").matcher(jobErr);
    assertThat(loaded.find()).as(jobErr).isTrue();
    assertThat(loaded.group(1)).as("four partitions on two cores of one executor JVM").isEqualTo("1");
    assertThat(output.resolve(TablesManifest.FILE_NAME)).exists();
  }

  @Test
  void everyTableHoldsWhatExtractGivesForTheSameFiles() throws Exception {
    assertThat(extracted).hasSize(15);
    AnalysisJson json = new AnalysisJson();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      Map<String, String> analyses = new HashMap<>();
      try (ResultSet rs = st.executeQuery("SELECT id, analysis FROM " + parquet(AnalysisTables.ARTICLES))) {
        while (rs.next()) {
          analyses.put(rs.getString(1), rs.getString(2));
        }
      }
      assertThat(analyses.keySet()).containsExactlyInAnyOrderElementsOf(extracted.keySet());
      for (Map.Entry<String, String> analysis : analyses.entrySet()) {
        assertThat(whereTheyDiffer(analysis.getValue(), extracted.get(analysis.getKey()))).as(analysis.getKey())
            .isEmpty();
      }
      for (Table table : AnalysisTables.DERIVED) {
        List<List<String>> expected = new ArrayList<>();
        for (String line : extracted.values()) {
          Analysis analysis = json.fromLine(line);
          for (TableRows rows : AnalysisTables.derivedRows(analysis)) {
            if (rows.table().equals(table)) {
              rows.rows().forEach(row -> expected.add(Stream.of(row).map(v -> v == null ? null : v.toString()).toList()));
            }
          }
        }
        List<List<String>> written = new ArrayList<>();
        String columns = String.join(", ", table.columns().stream().map(c -> "CAST(" + c.name() + " AS VARCHAR)").toList());
        try (ResultSet rs = st.executeQuery("SELECT " + columns + " FROM " + parquet(table))) {
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= table.columns().size(); i++) {
              row.add(rs.getString(i));
            }
            written.add(row);
          }
        }
        assertThat(written).as(table.name()).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void inputsThatGiveNoArticleAreInTheErrorsTableWithTheirReason() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
         ResultSet rs = st.executeQuery("SELECT input, problem, stage FROM read_parquet('"
             + output.resolve(TablesManifest.ERRORS) + "/*.parquet') ORDER BY input")) {
      List<String> errors = new ArrayList<>();
      while (rs.next()) {
        errors.add(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getString(3));
      }
      assertThat(errors).hasSize(2);
      assertThat(errors.get(0)).contains("empty.txt").contains("is empty").endsWith("read");
      assertThat(errors.get(1)).contains("feed.jsonl:2").contains("not valid JSON").endsWith("read");
    }
    TablesManifest manifest = TablesManifest.fromJson(Files.readString(output.resolve(TablesManifest.FILE_NAME)));
    assertThat(manifest.articles()).isEqualTo(15);
    assertThat(manifest.errors()).isEqualTo(2);
    assertThat(manifest.casebook()).isNotNull();
  }

  @Test
  void attachedTablesAreQueriedByTheCommandsAsIngestedOnesAre() throws Exception {
    Path workspace = dir.resolve("workspace");
    String attached = basira(List.of("attach", output.toString(), "--workspace", workspace.toString()));
    assertThat(attached).isEmpty(); // the summary goes to stderr
    assertThat(basira(List.of("attach", "--list", "--workspace", workspace.toString())))
        .contains(output.toString()).contains("15 articles");
    assertThat(basira(List.of("timeline", "--workspace", workspace.toString()))).isNotBlank();
    assertThat(basira(List.of("search", "council", "--workspace", workspace.toString()))).contains("feed");
    assertThat(basira(List.of("actors", "--workspace", workspace.toString()))).isNotBlank();
  }

  /** The two texts around where they first differ, or nothing when they are the same. */
  private static String whereTheyDiffer(String written, String extracted) {
    int i = 0;
    while (i < Math.min(written.length(), extracted.length()) && written.charAt(i) == extracted.charAt(i)) {
      i++;
    }
    if (i == written.length() && i == extracted.length()) {
      return "";
    }
    int from = Math.max(0, i - 200);
    return "the job wrote …" + written.substring(from, Math.min(written.length(), i + 200)) + "…\nextract wrote …"
        + extracted.substring(from, Math.min(extracted.length(), i + 200)) + "…";
  }

  private String parquet(Table table) {
    return "read_parquet('" + output.resolve(table.name()) + "/*.parquet')";
  }

  /** Runs the real launcher; its standard output. */
  private String basira(List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("basira").toString());
    command.addAll(args);
    Path err = Files.createTempFile(dir, "basira", ".err");
    Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectError(err.toFile()).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", args) + "\n" + Files.readString(err)).isIn(0, 1);
    return out;
  }
}
