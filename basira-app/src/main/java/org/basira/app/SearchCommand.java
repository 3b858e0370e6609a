package org.basira.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.basira.store.SearchResult;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code basira search}: full-text search over a workspace's articles. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Searches the titles and texts of a workspace's articles (English stemming: 'attacks' finds",
      "'attacked'). All words must match; use OR, \"quoted phrases\", -exclusions and title:word as in",
      "Lucene's query syntax. Prints the best articles with the matching passages marked «thus», then",
      "how all matches spread by source, actor and month."
    },
    footer = {"", "Examples:", "  basira search withdrawal", "  basira search '\"combat mission\" Biden' --limit 5 --json"})
final class SearchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to search for.")
  List<String> words;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Option(names = "--limit", paramLabel = "N", description = "Show at most N articles (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) {
      throw new UserError("--limit must be 0 or more. See 'basira search --help'.", ExitCodes.USAGE);
    }
    String query = String.join(" ", words);
    SearchResult result;
    try (Workspace store = Workspace.openForReading(workspace.folder)) {
      result = store.search(query, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(result));
    } else {
      out.printf("%d article%s match %s%n", result.total(), result.total() == 1 ? "" : "s", query);
      int rank = 1;
      for (SearchResult.Hit hit : result.hits()) {
        out.printf("%n%2d. %s%s%s%n", rank++, hit.title() == null ? hit.source() : hit.title(),
            hit.title() == null ? "" : "  (" + hit.source() + ")", hit.published() == null ? "" : "  " + hit.published());
        if (!hit.snippet().isEmpty()) {
          out.println("    " + hit.snippet());
        }
      }
      if (result.total() > 0) {
        out.println();
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
          out.printf("by %-7s %s%n", facet.getKey() + ":", facet.getValue().stream()
              .map(c -> c.value() + " " + c.count()).collect(Collectors.joining(" · ")));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
