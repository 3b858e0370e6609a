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
import java.util.concurrent.atomic.AtomicInteger;
import org.basira.analysis.AnalysisException;
import org.basira.analysis.Analyzer;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.read.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command's behaviour, with a stand-in analyzer so that no models load. */
class ExtractCommandTest {

  @TempDir
  Path dir;

  @TempDir
  Path elsewhere;

  private final ObjectMapper mapper = new ObjectMapper();
  private Analyzer analyzer = Analysis::empty;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void files() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "First article.");
    Files.writeString(dir.resolve("b.txt"), "Second article.");
    Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Third.\"}\n{\"text\":\"Fourth.\"}\n");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    Readers readers = Main.readers(() -> new ByteArrayInputStream("From stdin.".getBytes()));
    return Main.commandLine(readers, () -> analyzer, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(mapper.readTree(line));
      }
    }
    return nodes;
  }

  private List<String> texts(String jsonl) throws Exception {
    return lines(jsonl).stream().map(n -> n.at("/article/text").asText()).toList();
  }

  @Test
  void readsAPdfReportAsAnArticleWithItsTitle() throws Exception {
    Path pdf = elsewhere.resolve("briefing.pdf");
    try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      var page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(72, 700);
        cs.showText("The truce along the river held for a second week.");
        cs.endText();
      }
      doc.getDocumentInformation().setTitle("The River Truce");
      doc.save(pdf.toFile());
    }

    assertThat(run("extract", pdf.toString())).isZero();

    JsonNode article = lines(out.toString()).get(0).get("article");
    assertThat(article.get("title").asText()).isEqualTo("The River Truce");
    assertThat(article.get("text").asText()).isEqualTo("The truce along the river held for a second week.");
  }

  @Test
  void writesOneJsonLinePerArticleInInputOrder() throws Exception {
    int code = run("extract", dir.toString());

    assertThat(code).isZero();
    assertThat(texts(out.toString())).containsExactly("First article.", "Second article.", "Third.", "Fourth.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void keepsInputOrderWhateverTheNumberOfThreads() throws Exception {
    analyzer = article -> {
      try {
        Thread.sleep(article.text().length() % 7 * 5L); // Finish out of order.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Analysis.empty(article);
    };
    run("extract", "--threads", "1", dir.toString());
    String single = out.toString();

    run("extract", "--threads", "3", dir.toString(), dir.resolve("a.txt").toString(), dir.toString());

    assertThat(texts(out.toString())).containsExactly("First article.", "Second article.", "Third.", "Fourth.",
        "First article.", "First article.", "Second article.", "Third.", "Fourth.");
    assertThat(texts(single)).hasSize(4);
  }

  @Test
  void reportsAFailedInputInOneLineAndStillWritesTheOthers() throws Exception {
    int code = run("extract", dir.resolve("a.txt").toString(), dir.resolve("nope.txt").toString(),
        dir.resolve("b.txt").toString());

    assertThat(code).isEqualTo(1);
    assertThat(texts(out.toString())).containsExactly("First article.", "Second article.");
    assertThat(err.toString().lines().toList()).containsExactly(
        "basira: " + dir.resolve("nope.txt") + " does not exist; check the path.",
        "basira: wrote 2 analyses; 1 input failed (listed above).");
  }

  @Test
  void reportsAnArticleTheAnalyzerCannotHandleAndGoesOn() throws Exception {
    analyzer = article -> {
      if (article.text().startsWith("Second")) {
        throw new AnalysisException("the linguistic stage failed (boom)");
      }
      return Analysis.empty(article);
    };

    int code = run("extract", "--threads", "2", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
        dir.resolve("c.jsonl").toString());

    assertThat(code).isEqualTo(1);
    assertThat(texts(out.toString())).containsExactly("First article.", "Third.", "Fourth.");
    assertThat(err.toString()).contains("b.txt could not be analysed: the linguistic stage failed (boom); "
        + "rerun with BASIRA_DEBUG=1 for the stack trace and report it.");
  }

  @Test
  void skipsAnArticleOverTheLengthLimitSayingHowToRaiseIt() throws Exception {
    int code = run("extract", "--max-chars", "14", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());

    assertThat(code).isEqualTo(1);
    assertThat(texts(out.toString())).containsExactly("First article.");
    assertThat(err.toString()).contains("b.txt is 15 characters long, more than the limit of 14").contains("--max-chars");
  }

  @Test
  void appliesCommandLineMetadataToASingleFile() throws Exception {
    run("extract", "--title", "Given", "--source", "Wire", "--published", "2021-10-05", dir.resolve("a.txt").toString());

    JsonNode article = lines(out.toString()).get(0).get("article");
    assertThat(article.get("title").asText()).isEqualTo("Given");
    assertThat(article.get("source").asText()).isEqualTo("Wire");
    assertThat(article.get("published").asText()).isEqualTo("2021-10-05");
    assertThat(article.get("id").asText()).isEqualTo(Article.idOf("First article."));
  }

  @Test
  void refusesUsageMistakesWithExitCodeTwoAndOneSentence() {
    assertThat(run("extract", "--title", "T", dir.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).startsWith("basira extract: --title and --source describe one article")
        .doesNotContain("\n");

    assertThat(run("extract", "--published", "last week", dir.resolve("a.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'last week' is not a date; write YYYY-MM-DD or YYYY-MM");

    assertThat(run("extract", "--threads", "0", dir.resolve("a.txt").toString())).isEqualTo(2);
    assertThat(run("extract", "--format", "pdf", dir.resolve("a.txt").toString())).isEqualTo(2);
    assertThat(run("extract")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo(
        "basira extract: Missing required parameter: 'FILE'. See 'basira extract --help'.");
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void leavesTheTextOutWhenAsked() throws Exception {
    run("extract", "--no-text", dir.resolve("a.txt").toString());

    assertThat(lines(out.toString()).get(0).get("article").has("text")).isFalse();
  }

  @Test
  void readsStandardInput() throws Exception {
    assertThat(run("extract", "-")).isZero();

    assertThat(texts(out.toString())).containsExactly("From stdin.");
  }

  @Test
  void writesTheOutputFileOnlyOnceTheRunCompletes() throws Exception {
    Path target = elsewhere.resolve("out/analyses.jsonl");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "earlier results\n");
    AtomicInteger calls = new AtomicInteger();
    analyzer = article -> {
      if (calls.incrementAndGet() == 3) {
        throw new IllegalStateException("unexpected crash");
      }
      return Analysis.empty(article);
    };

    int crashed = run("extract", "--threads", "1", "--out", target.toString(), dir.toString());

    assertThat(crashed).isEqualTo(1);
    assertThat(err.toString()).contains("stopped by an unexpected error");
    assertThat(Files.readString(target)).isEqualTo("earlier results\n");
    assertThat(Files.list(target.getParent())).containsExactly(target);

    analyzer = Analysis::empty;
    assertThat(run("extract", "--out", target.toString(), dir.toString())).isZero();
    assertThat(texts(Files.readString(target))).hasSize(4);
    assertThat(err.toString()).contains("wrote 4 analyses to");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void printsTheSchemaOfItsOutput() throws Exception {
    assertThat(run("schema")).isZero();

    assertThat(mapper.readTree(out.toString()).get("$schema").asText()).contains("2020-12");
  }

  @Test
  void explainsEachCommandWithExamples() {
    assertThat(run("extract", "--help")).isZero();
    assertThat(out.toString()).contains("Examples:", "basira extract samples/", "Exit codes: 0 all fine");

    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("extract", "schema");
  }
}
