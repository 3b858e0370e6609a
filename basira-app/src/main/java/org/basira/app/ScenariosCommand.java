package org.basira.app;

import static org.basira.app.Columns.clip;

import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.basira.casebook.Casebook;
import org.basira.casebook.Scenario;
import org.basira.scenarios.AnalystRating;
import org.basira.scenarios.Evidence;
import org.basira.scenarios.MonthlyStanding;
import org.basira.scenarios.Rating;
import org.basira.scenarios.ScenarioBoard;
import org.basira.scenarios.Standing;
import org.basira.store.StoredCasebook;
import org.basira.store.Workspace;
import org.basira.app.web.BoardJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basira scenarios}: the scenario board, an Analysis of Competing Hypotheses matrix. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Weighs the casebook's competing scenarios against the evidence in a workspace (Analysis of",
      "Competing Hypotheses): the ranking with its scores, the matrix of evidence against scenarios",
      "(each cell CC, C, N, I or II; * marks an analyst's rating), the most diagnostic evidence, who",
      "holds which view, each indicator's status, and the ranking month by month.",
      "Scores: weighted inconsistency WI(s) = sum of credibility x relevance x inconsistency (I = -1,",
      "II = -2; closer to 0 is better), and a posterior from likelihood ratios (docs/scenarios.md).",
      "'rate' records an analyst's rating of a cell, 'log' lists the ratings made."
    },
    footer = {"", "Examples:", "  basira scenarios", "  basira scenarios --top 30 --json",
      "  basira scenarios rate 0689ae8bdaec-a5 afghan II --why 'he rules it out outright'",
      "  basira scenarios rate indicator:isis-attacks-north afghan auto --why 'back to the count'",
      "  basira scenarios log"})
final class ScenariosCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Option(names = "--casebook", paramLabel = "FILE",
      description = "Weigh by this casebook (default: the one the workspace was ingested with, else the shipped one).")
  String casebook;

  @Option(names = "--top", paramLabel = "N", description = "Show the N most diagnostic items in the matrix (default: ${DEFAULT-VALUE}).")
  int top = 15;

  @Option(names = "--json", description = "Print the whole board as JSON.")
  boolean json;

  private final Casebooks casebooks;

  ScenariosCommand(Casebooks casebooks) {
    this.casebooks = casebooks;
  }

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new UserError("--top must be at least 1. See 'basira scenarios --help'.", ExitCodes.USAGE);
    }
    Casebook asked = asked(casebooks, casebook);
    Casebook book;
    ScenarioBoard board;
    long otherCasebooks;
    String kept;
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      Optional<StoredCasebook> stored = store.casebook();
      book = asked != null ? asked : casebooks.keptOrShipped(stored, workspace.folder);
      board = store.board(book);
      otherCasebooks = store.analysedWithOtherCasebooks();
      kept = stored.map(StoredCasebook::yaml).orElse(null);
    }
    // The references were found when the articles were analysed: say so when that was by another casebook.
    PrintWriter err = spec.commandLine().getErr();
    if (kept != null && !kept.equals(book.yaml())) {
      err.printf("basira scenarios: the references in %s were found with the casebook it was ingested with, not %s; "
          + "to find this one's, run 'basira ingest --again --casebook FILE --workspace %s'.%n", workspace.folder,
          book.source(), workspace.folder);
    } else if (otherCasebooks > 0) {
      err.printf("basira scenarios: %d articles in %s were analysed before this casebook was kept, or with an older "
          + "version of it, so their scenario references are missing or out of date; run 'basira ingest --again "
          + "--workspace %s' to analyse them again.%n", otherCasebooks, workspace.folder, workspace.folder);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writer().withDefaultPrettyPrinter().writeValueAsString(BoardJson.of(board)));
    } else {
      new BoardText(board, out).print(top);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * The casebook --casebook names, read before the workspace opens so that a wrong path is what the
   * user hears of first; null when none is named, for the workspace's own.
   */
  static Casebook asked(Casebooks casebooks, String option) {
    return option == null ? null : casebooks.named(option).orElseThrow(() -> new UserError(
        "the scenario board needs a casebook; name one with --casebook FILE (docs/casebooks.md).", ExitCodes.USAGE));
  }

  /** The board as text: sections a reader scans from the ranking down to the months. */
  private static final class BoardText {
    private final ScenarioBoard board;
    private final PrintWriter out;
    private final List<String> ids;

    BoardText(ScenarioBoard board, PrintWriter out) {
      this.board = board;
      this.out = out;
      this.ids = board.casebook().scenarioIds();
    }

    void print(int top) {
      Casebook book = board.casebook();
      long claims = board.evidence().stream().filter(e -> e.kind() == Evidence.Kind.CLAIM).count();
      out.printf("%s (casebook %s): %d claims, %d indicators%n", book.title(), book.id(), claims,
          board.indicators().size());
      if (!book.question().isBlank()) {
        out.println(wrap(book.question(), 100, ""));
      }
      out.println();
      out.println("RANKING");
      out.printf("  %-4s %-14s %-36s %8s %9s%n", "RANK", "SCENARIO", "NAME", "WI", "POSTERIOR");
      for (Standing s : board.standings()) {
        out.printf("  %-4d %-14s %-36s %8.2f %9.2f%n", s.rank(), s.scenario(),
            clip(book.scenario(s.scenario()).map(Scenario::name).orElse(""), 36), s.weightedInconsistency(), s.posterior());
      }
      matrix(top);
      diagnostic();
      views();
      indicators();
      months();
      if (!board.unplacedRatings().isEmpty()) {
        out.println();
        out.printf("%d analyst ratings name evidence no longer on the board (an article replaced by a changed text, or"
            + " a scenario or indicator the casebook no longer has); 'basira scenarios log' lists them.%n",
            board.unplacedRatings().size());
      }
    }

    private void matrix(int top) {
      List<Evidence> rows = new ArrayList<>(board.mostDiagnostic(top));
      for (Evidence e : board.evidence()) {
        if (rows.size() >= top) {
          break;
        }
        if (!rows.contains(e)) {
          rows.add(e);
        }
      }
      out.println();
      out.printf("MATRIX (%d of %d items, the most diagnostic first; * an analyst's rating)%n", rows.size(),
          board.evidence().size());
      StringBuilder header = new StringBuilder(String.format("  %-30s", "EVIDENCE"));
      ids.forEach(s -> header.append(String.format(" %-" + width(s) + "s", s)));
      header.append("  CREDIBILITY / RELEVANCE    SAYS");
      out.println(header);
      for (Evidence e : rows) {
        StringBuilder line = new StringBuilder(String.format("  %-30s", clip(e.id(), 30)));
        for (String s : ids) {
          ScenarioBoard.Cell cell = board.cell(e.id(), s);
          line.append(String.format(" %-" + width(s) + "s", cell.rating().name() + (cell.overridden() ? "*" : "")));
        }
        line.append(String.format("  %-26s %s", e.credibility().label() + " / " + e.relevance().label(),
            clip((e.holder() == null ? "" : e.holder() + ": ") + e.summary(), 70)));
        out.println(line);
      }
    }

    private void diagnostic() {
      List<Evidence> best = board.mostDiagnostic(5);
      out.println();
      out.println("MOST DIAGNOSTIC EVIDENCE");
      if (best.isEmpty()) {
        out.println("  none yet: no item rates the scenarios differently");
      }
      int n = 1;
      for (Evidence e : best) {
        out.printf("  %d. %s (D = %.2f, %s) %s%n", n++, e.id(), board.diagnosticity(e.id()), e.credibility().label(),
            clip(e.source() == null ? "" : e.source(), 60));
        for (String s : ids) {
          ScenarioBoard.Cell cell = board.cell(e.id(), s);
          if (cell.rating() != Rating.N || cell.overridden()) {
            out.printf("     %s %s: %s%n", s, cell.rating().name(), cell.overridden()
                ? "analyst " + cell.override().byWhom() + ": " + cell.override().why() : clip(cell.reason(), 110));
          }
        }
      }
    }

    private void views() {
      out.println();
      out.println("WHO HOLDS WHICH VIEW");
      if (board.views().isEmpty()) {
        out.println("  no named holder refers to a scenario yet");
      }
      for (ScenarioBoard.View v : board.views()) {
        out.printf("  %-30s %-14s %-9s (%d supporting, %d rejecting, %d open)%n", clip(v.holderName() == null ? v.holder() : v.holderName(), 30), v.scenario(),
            v.stance().wireName(), v.supports(), v.rejects(), v.neutral());
      }
    }

    private void indicators() {
      out.println();
      out.println("INDICATORS");
      for (ScenarioBoard.IndicatorStatus i : board.indicators()) {
        out.printf("  %-8s %-34s %-12s %s %d in the %s to %s (threshold %d)%n", i.met() ? "MET" : "not met",
            clip(i.indicator().id(), 34), i.indicator().scenario(), i.indicator().bears().wireName(), i.count(),
            i.indicator().windowMonths() == 1 ? "month" : i.indicator().windowMonths() + " months",
            i.month() == null ? "now" : i.month(), i.indicator().threshold());
      }
    }

    private void months() {
      out.println();
      out.println("RANKING BY MONTH");
      if (board.byMonth().isEmpty()) {
        out.println("  no dated evidence yet");
      }
      for (MonthlyStanding m : board.byMonth()) {
        out.printf("  %s  %s%n", m.month(), String.join("  ", m.standings().stream()
            .map(s -> s.rank() + ". " + s.scenario()).toList()));
      }
    }

    private static int width(String scenario) {
      return Math.max(4, scenario.length());
    }
  }

  /** {@code basira scenarios rate}: an analyst's rating of one cell. */
  @Command(name = "rate", mixinStandardHelpOptions = true, sortOptions = false,
      description = {"Records your rating of one cell of the matrix, with why; it overrides Basira's proposal and",
        "is kept in the log. RATING is CC, C, N, I or II, or 'auto' to return the cell to Basira's proposal."})
  static final class Rate implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "EVIDENCE", description = "The evidence id, as the matrix shows it.")
    String evidence;
    @Parameters(index = "1", paramLabel = "SCENARIO", description = "The scenario id.")
    String scenario;
    @Parameters(index = "2", paramLabel = "RATING", description = "CC, C, N, I, II or auto.")
    String rating;
    @Option(names = "--why", required = true, paramLabel = "TEXT", description = "The reason, kept in the log.")
    String why;
    @Option(names = "--by", paramLabel = "NAME", description = "Who rates (default: ${DEFAULT-VALUE}).")
    String byWhom = System.getProperty("user.name", "analyst");
    @Option(names = "--casebook", paramLabel = "FILE", description = "The casebook (default: as for 'basira scenarios').")
    String casebook;
    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();

    private final Casebooks casebooks;

    Rate(Casebooks casebooks) {
      this.casebooks = casebooks;
    }

    @Override
    public Integer call() {
      if (why.isBlank()) {
        throw usage("--why must say why; it is kept in the log beside the rating");
      }
      Rating parsed;
      try {
        parsed = rating.equalsIgnoreCase("auto") ? null : Rating.parse(rating);
      } catch (IllegalArgumentException e) {
        throw usage("RATING '" + rating + "' is not one of CC, C, N, I, II or auto");
      }
      Casebook asked = asked(casebooks, casebook);
      Casebook book;
      // Opened for reading first: a wrong --workspace must not create an empty one.
      try (Workspace store = Workspace.openForReading(workspace.folder)) {
        book = asked != null ? asked : casebooks.keptOrShipped(store.casebook(), workspace.folder);
      }
      if (book.scenario(scenario).isEmpty()) {
        throw usage("the casebook " + book.id() + " has no scenario '" + scenario + "'; its scenarios are "
            + String.join(", ", book.scenarioIds()));
      }
      AnalystRating made;
      ScenarioBoard.Cell before;
      try (Workspace store = Workspace.open(workspace.folder)) {
        ScenarioBoard board = store.board(book);
        if (board.evidence().stream().noneMatch(e -> e.id().equals(evidence))) {
          throw usage("there is no evidence '" + evidence + "' on the board of " + workspace.folder
              + "; 'basira scenarios' lists the ids in its matrix");
        }
        before = board.cell(evidence, scenario);
        made = store.rate(evidence, scenario, parsed, byWhom, why);
      }
      spec.commandLine().getOut().printf("%s against %s: %s (Basira proposes %s) — rating %d in the log%n", evidence,
          scenario, parsed == null ? "back to Basira's proposal" : parsed.name(), before.proposed().name(), made.seq());
      return ExitCodes.OK;
    }

    private static UserError usage(String sentence) {
      return new UserError(sentence + ". See 'basira scenarios rate --help'.", ExitCodes.USAGE);
    }
  }

  /** {@code basira scenarios log}: the analysts' ratings so far. */
  @Command(name = "log", mixinStandardHelpOptions = true, description = "Lists the analysts' ratings of the board, oldest first.")
  static final class Log implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace = new WorkspaceOption();
    @Option(names = "--json", description = "Print a JSON array instead of lines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      return AuditTrail.print(spec, workspace, json, Workspace::analystRatings, "no ratings yet",
          r -> String.format("%d. %s  %s  %s against %s: %s: %s", r.seq(), r.madeAt().truncatedTo(ChronoUnit.SECONDS),
              r.byWhom(), r.evidence(), r.scenario(), r.rating() == null ? "back to Basira" : r.rating().name(),
              r.why()));
    }
  }


  private static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder(indent);
    int column = indent.length();
    for (String word : text.split("\\s+")) {
      if (column + word.length() + 1 > width && column > indent.length()) {
        out.append('\n').append(indent);
        column = indent.length();
      } else if (column > indent.length()) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }
}
