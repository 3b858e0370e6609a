package org.basira.spark;

import java.io.Serializable;
import org.basira.model.Article;
import org.basira.model.PartialDate;

/**
 * A read article as it travels between Spark tasks: plain strings, serialisable, so the model's
 * records need not be.
 *
 * @param input where it was read, as the readers name it ({@code file}, {@code file:line}, {@code file#record})
 */
record ArticleRecord(String input, String id, String title, String source, String url, String published,
    String language, String text) implements Serializable {

  static ArticleRecord of(String input, Article article) {
    return new ArticleRecord(input, article.id(), article.title(), article.source(), article.url(),
        article.published() == null ? null : article.published().toString(), article.language(), article.text());
  }

  Article article() {
    return new Article(id, title, source, url, published == null ? null : PartialDate.parse(published), language, text);
  }
}
