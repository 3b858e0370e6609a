package org.basira.app;

import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.basira.analysis.Analyzer;
import org.basira.model.Analysis;
import org.basira.model.Sentence;
import org.basira.read.Readers;

/**
 * {@code basira follow} in a JVM of its own, with an analyzer that takes a few milliseconds and
 * finds nothing, so that a test can kill it with SIGKILL while it stores.
 */
final class FollowInChild {

  /** One sentence, no actors; slow enough that a kill lands between two articles, not after all. */
  static final Analyzer SLOW_NOTHING = article -> {
    try {
      Thread.sleep(15);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return new Analysis(article, List.of(), List.of(), List.of(), List.of(),
        List.of(new Sentence(0, article.text().length())));
  };

  private FollowInChild() {
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Readers readers = Readers.standard(() -> new ByteArrayInputStream(new byte[0]));
    System.exit(Main.commandLine(readers, () -> SLOW_NOTHING, out, err).execute(args));
  }
}
