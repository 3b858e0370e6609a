package org.basira.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.basira.model.Article;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  private ReadResult read(String html) {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    return reader.read(new Input("page.html", null, () -> new ByteArrayInputStream(bytes))).toList().get(0);
  }

  private Article article(String html) {
    ReadResult result = read(html);
    assertThat(result).isInstanceOf(ReadResult.Success.class);
    return ((ReadResult.Success) result).article();
  }

  @Test
  void keepsTheArticleAndDropsNavigationAndBoilerplate() {
    Article a = article("""
        <html lang="en-GB"><head><title>Site | Militias regroup</title>
        <meta property="og:title" content="Militias regroup in Diyala">
        <meta property="og:site_name" content="The Tigris Post">
        <link rel="canonical" href="https://tigris.example/diyala"></head>
        <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
        <div class="cookie-banner">We use cookies.</div>
        <article><h1>Militias regroup</h1>
        <p>Fighters   returned to <b>Diyala</b> last week,
        officials said.</p><div class="share-tools">Share on X</div>
        <p>“We are ready,” a commander said.</p></article>
        <aside>Most read: something else</aside><footer>© Tigris</footer>
        <script>var tracking = 1;</script></body></html>""");

    assertThat(a.text()).isEqualTo(
        "Militias regroup\n\nFighters returned to Diyala last week, officials said.\n\n“We are ready,” a commander said.");
    assertThat(a.title()).isEqualTo("Militias regroup in Diyala");
    assertThat(a.source()).isEqualTo("The Tigris Post");
    assertThat(a.url()).isEqualTo("https://tigris.example/diyala");
    assertThat(a.language()).isEqualTo("en");
  }

  @Test
  void findsThePublicationDateInTheCommonMetaTags() {
    String body = "<body><p>Text of the article.</p></body>";
    assertThat(article("<meta property='article:published_time' content='2021-10-05T08:00:00+03:00'>" + body)
        .published()).hasToString("2021-10-05");
    assertThat(article("<meta name='pubdate' content='2022-03-01'>" + body).published()).hasToString("2022-03-01");
    assertThat(article("<meta itemprop='datePublished' content='2020-07'>" + body).published()).hasToString("2020-07");
    assertThat(article("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2019-12-30T10:00:00Z\"}]}</script>" + body).published()).hasToString("2019-12-30");
    assertThat(article("<body><article><time datetime='2018-05-12'>12 May</time><p>Text.</p></article></body>")
        .published()).hasToString("2018-05-12");
  }

  @Test
  void ignoresADateItCannotReadRatherThanFailing() {
    Article a = article("<meta name='date' content='yesterday'><script type='application/ld+json'>{broken</script>"
        + "<p>Text.</p>");

    assertThat(a.published()).isNull();
  }

  @Test
  void readsMalformedHtmlAsABrowserWould() {
    Article a = article("<html><body><p>Unclosed paragraph <b>bold <i>nested</b> text<p>Second &amp; last");

    assertThat(a.text()).isEqualTo("Unclosed paragraph bold nested text\n\nSecond & last");
    assertThat(a.title()).isNull();
  }

  @Test
  void reportsAPageWithNoArticleText() {
    assertThat(read("<html><head><title>App</title></head><body><script>render()</script></body></html>"))
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem()).contains("no article text"));
  }

  @Test
  void reportsBinaryContent() {
    assertThat(read("\u0000\u0001\u0002"))
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem()).contains("binary"));
  }
}
