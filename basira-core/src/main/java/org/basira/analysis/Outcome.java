package org.basira.analysis;

import org.basira.model.Analysis;

/** What became of one input: its analysis, or why there is none. */
public sealed interface Outcome {

  /** Where the input came from, as readers name it ({@code file}, {@code file:line}). */
  String input();

  record Analysed(String input, Analysis analysis) implements Outcome {
  }

  record Failed(String input, String problem) implements Outcome {
    /** The failure as the one sentence commands print after "basira: ". */
    public String sentence() {
      return input + " " + problem + (problem.endsWith(".") ? "" : ".");
    }
  }
}
