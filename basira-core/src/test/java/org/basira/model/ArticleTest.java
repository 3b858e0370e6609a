package org.basira.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void idIsTheSha256OfTheUtf8Text() {
    // sha256("abc") is a published test vector.
    assertThat(Article.idOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Article article = Article.of("abc", null, null, null, null, "en");
    assertThat(article.id()).isEqualTo(Article.idOf("abc"));
  }

  @Test
  void theSameTextFromTwoSourcesIsTheSameArticle() {
    assertThat(Article.of("Text.", "A", "one.txt", null, null, "en").id())
        .isEqualTo(Article.of("Text.", "B", "two.txt", null, null, "en").id());
  }

  @Test
  void aPublicationDateNeedsAtLeastAMonth() {
    assertThatThrownBy(() -> Article.of("x", null, null, null, PartialDate.parse("2021"), "en"))
        .hasMessageContaining("at least a month");
  }
}
