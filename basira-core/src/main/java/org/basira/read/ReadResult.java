package org.basira.read;

import java.util.Objects;
import org.basira.model.Article;

/** What reading one article gave: the article, or why there is none. Readers never throw for bad input. */
public sealed interface ReadResult {

  /**
   * Where the article came from: a file, {@code file:line} for JSON Lines, {@code file#record} for
   * a web archive, or {@code -} for stdin.
   */
  String input();

  /** An article read successfully. */
  record Success(String input, Article article) implements ReadResult {
    public Success {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * An input that gave no article.
   *
   * @param problem one plain sentence saying what is wrong and what to do about it
   */
  record Failure(String input, String problem) implements ReadResult {
    public Failure {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(problem, "problem");
    }
  }
}
