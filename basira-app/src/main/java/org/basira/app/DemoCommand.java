package org.basira.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.basira.gazetteer.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Builds a workspace from the sample articles that come with Basira (written by the team; see",
      "docs/samples.md), weighed by the shipped Iraq casebook, and serves it as 'basira serve' does. Run again,",
      "it keeps the workspace and only analyses what changed. Stop it with Ctrl-C."},
    footer = {"", "Examples:", "  basira demo", "  basira demo --port 9000 --workspace /tmp/basira-demo"})
final class DemoCommand implements Callable<Integer> {

  /** Where the samples sit in the jar. */
  static final String SAMPLES = "/org/basira/app/samples";

  @Option(names = "--workspace", paramLabel = "DIR", description = "The demo workspace folder (default: ${DEFAULT-VALUE}).")
  Path folder = Path.of("basira-demo");

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String bind = "127.0.0.1";

  @Spec
  CommandSpec spec;

  private final Casebooks casebooks;
  private final Supplier<Gazetteer> gazetteer;

  DemoCommand(Casebooks casebooks, Supplier<Gazetteer> gazetteer) {
    this.casebooks = casebooks;
    this.gazetteer = gazetteer;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path samples = Files.createTempDirectory("basira-samples");
    try {
      int copied = copySamples(samples);
      spec.commandLine().getErr().printf("basira demo: analysing the %d sample articles into %s ...%n", copied, folder);
      spec.commandLine().getErr().flush();
      int code = spec.root().commandLine().execute("ingest", samples.toString(), "--workspace", folder.toString());
      if (code != ExitCodes.OK) {
        return code;
      }
    } finally {
      try (Stream<Path> files = Files.walk(samples)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    WorkspaceOption workspace = new WorkspaceOption();
    workspace.folder = folder;
    ServeCommand.serve(spec, workspace, casebooks, gazetteer, null, bind, port, null);
    return ExitCodes.OK;
  }

  /** Copies the bundled sample articles into {@code into}; returns how many. */
  static int copySamples(Path into) throws IOException {
    URL found = DemoCommand.class.getResource(SAMPLES);
    if (found == null) {
      throw new IllegalStateException("the sample articles are missing from the jar; rebuild Basira");
    }
    URI uri;
    try {
      uri = found.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return copy(jar.getPath(SAMPLES), into);
      }
    }
    return copy(Path.of(uri), into);
  }

  private static int copy(Path from, Path into) throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(from)) {
      texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path text : texts) {
      try (InputStream in = Files.newInputStream(text)) {
        Files.copy(in, into.resolve(text.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy the sample " + text, e);
      }
    }
    return texts.size();
  }
}
