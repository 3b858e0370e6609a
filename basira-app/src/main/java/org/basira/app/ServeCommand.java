package org.basira.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.basira.app.web.Library;
import org.basira.app.web.WebServer;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.Gazetteer;
import org.basira.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves a workspace in the browser: overview, articles with their extractions marked, actors and their",
      "network, timeline, claims, search and the scenario board, and the JSON API under /api (described at",
      "/api/openapi.json). Answers only this machine unless --bind says otherwise; bound elsewhere, writes",
      "need the token in the printed link. Stop it with Ctrl-C."},
    footer = {"", "Examples:", "  basira serve", "  basira serve --workspace ~/case --port 9000",
        "  basira serve --bind 0.0.0.0   # reachable from the network; writes need the printed token"})
final class ServeCommand implements Callable<Integer> {

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE}, "
      + "this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--casebook", paramLabel = "FILE",
      description = "Weigh the board by this casebook (default: the one the workspace was ingested with, else the shipped one).")
  String casebook;

  @Option(names = "--token", paramLabel = "TOKEN", description = "The write token when bound beyond this machine "
      + "(default: a new random one each start).")
  String token;

  @Spec
  CommandSpec spec;

  private final Casebooks casebooks;
  private final Supplier<Gazetteer> gazetteer;

  ServeCommand(Casebooks casebooks, Supplier<Gazetteer> gazetteer) {
    this.casebooks = casebooks;
    this.gazetteer = gazetteer;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UserError("--port must be from 0 to 65535. See 'basira serve --help'.", ExitCodes.USAGE);
    }
    serve(spec, workspace, casebooks, gazetteer, ScenariosCommand.asked(casebooks, casebook), bind, port, token);
    return ExitCodes.OK;
  }

  /** Serves {@code workspace} until the process is stopped; {@code asked} overrides the kept casebook. */
  static void serve(CommandSpec spec, WorkspaceOption workspace, Casebooks casebooks, Supplier<Gazetteer> gazetteer,
      Casebook asked, String bind, int port, String token) throws InterruptedException {
    Workspace.openForReading(workspace.folder).close(); // a wrong --workspace must not create an empty one
    Library library = new Library(Workspace.open(workspace.folder),
        kept -> asked != null ? asked : casebooks.keptOrShipped(kept, workspace.folder), gazetteer.get());
    WebServer server;
    try {
      server = WebServer.start(library, mapper(), bind, port, token == null || token.isBlank() ? WebServer.newToken() : token);
    } catch (RuntimeException e) {
      library.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      library.close();
      stopped.countDown();
    }, "basira-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Basira is serving " + workspace.folder + " at " + server.url());
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
  }

  static ObjectMapper mapper() {
    return Json.mapper();
  }
}
