package org.basira.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.basira.model.EventStatus;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.store.TimelineEntry;
import org.basira.store.TimelineQuery;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code basira timeline}: the events of the workspace in date order. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists events in date order: the date, PLOVER category, status, who acted on whom, the place and the",
      "sentence it was read from. An event the text does not date is placed on its article's date, marked ~.",
      "A date range keeps events that can have happened within it: an event dated only '2021' is kept for",
      "--from 2021-08. --place keeps events at a place or within it: the town, region or country as written",
      "or as located in the gazetteer of places ('--place Anbar' also gives the events located in Fallujah)."
    },
    footer = {"", "Examples:", "  basira timeline --actor 'Kataib Hezbollah'",
      "  basira timeline --category ASSAULT --category COERCE --from 2021-08 --to 2021-12 --status reported",
      "  basira timeline --place Anbar --category ASSAULT"})
final class TimelineCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--actor", paramLabel = "NAME", description = "Only events this actor is a side of: an id or any name.")
  String actor;

  @Option(names = "--category", paramLabel = "C", description = "Only this PLOVER category (ASSAULT, AGREE …); repeatable.")
  List<String> categories = new ArrayList<>();

  @Option(names = "--status", paramLabel = "S", description = "Only this status: reported, negated, hypothetical or future; repeatable.")
  List<String> statuses = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "From this date on: 2021, 2021-08 or 2021-08-15.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, the whole of it.")
  String to;

  @Option(names = "--place", paramLabel = "NAME", description = "Only events at this place or within it: a town, a region or a country.")
  String place;

  @Option(names = "--sideless", description = "Also show events with neither a source nor a target (\"the war\", "
      + "\"fighting resumed\"), left out by default: they tell that something happened, not who did it.")
  boolean sideless;

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N events (default: ${DEFAULT-VALUE}).")
  int limit = 200;

  @Option(names = "--json", description = "Print a JSON array instead of a table.")
  boolean json;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new UserError("--limit must be at least 1. See 'basira timeline --help'.", ExitCodes.USAGE);
    }
    TimelineQuery query = new TimelineQuery(actor, names("--category", categories, PloverCategory.values()),
        names("--status", statuses, EventStatus.values()), date("--from", from), date("--to", to), limit).at(place == null || place.isBlank() ? null : place).withSideless(sideless);
    if (query.from() != null && query.to() != null && query.from().firstDay().isAfter(query.to().lastDay())) {
      throw new UserError("--from " + from + " is after --to " + to + "; swap them.", ExitCodes.USAGE);
    }
    List<TimelineEntry> entries;
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      workspace.knows(store, actor, spec);
      entries = store.timeline(query);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writer().writeValueAsString(entries));
      out.flush();
      return ExitCodes.OK;
    }
    out.printf("%d event%s%n", entries.size(), entries.size() == 1 ? "" : "s");
    for (TimelineEntry e : entries) {
      String when = e.date() != null ? e.date() : e.start() == null ? "undated" : "~" + e.start();
      String sides = String.join(", ", e.sources().isEmpty() ? List.of("?") : e.sources()) + " \u2192 "
          + String.join(", ", e.targets().isEmpty() ? List.of("?") : e.targets());
      out.printf("%n%-11s %-11s %-12s %s%s%n", when, e.category(), e.status().toLowerCase(Locale.ROOT), sides,
          e.place() == null ? "" : "  in " + e.place());
      if (e.sentence() != null) {
        out.println("            " + e.sentence().strip().replaceAll("\\s+", " "));
      }
      out.println("            " + (e.title() == null ? e.source() : e.title() + " (" + e.source() + ")"));
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The upper-case names of {@code given}, each checked against the allowed values. */
  private static List<String> names(String option, List<String> given, Enum<?>[] allowed) {
    List<String> known = Arrays.stream(allowed).map(Enum::name).toList();
    List<String> names = new ArrayList<>();
    for (String g : given) {
      String name = g.strip().toUpperCase(Locale.ROOT);
      if (!known.contains(name)) {
        throw new UserError(option + " " + g + " is not one of " + known.stream().map(k -> k.toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", ")) + ".", ExitCodes.USAGE);
      }
      names.add(name);
    }
    return names;
  }

  private static PartialDate date(String option, String text) {
    if (text == null) {
      return null;
    }
    return PartialDate.tryParse(text.strip()).orElseThrow(() -> new UserError(option + " " + text
        + " is not a date; write it as 2021, 2021-08 or 2021-08-15.", ExitCodes.USAGE));
  }
}
