package org.basira.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * HTML pages: the title, the main text without navigation and boilerplate, the publication date
 * from the meta tags that news sites commonly set, the canonical URL and the site name. jsoup
 * repairs malformed HTML the way browsers do, so a broken page still gives its text.
 */
public final class HtmlReader implements ArticleReader {

  /** Elements that never hold article text. */
  private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, form, button, "
      + "select, input, nav, header, footer, aside, "
      + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";

  /** Class or id words that mark boilerplate blocks on news sites. */
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[\\s_-])(nav|navbar|menu|footer|header|masthead|sidebar|comments?|share|sharing|social|"
          + "related|recommended|advert|ads?|promo|cookie|consent|newsletter|breadcrumbs?|subscribe|"
          + "paywall|popup|modal|byline-share|tags)([\\s_-]|$)");

  /** Meta tags that carry a publication date, best first. */
  private static final List<String> DATE_META = List.of(
      "meta[property=article:published_time]", "meta[property=og:article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=article:published_time]", "meta[name=pubdate]",
      "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=parsely-pub-date]",
      "meta[name=sailthru.date]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
      "meta[name=dcterms.date]", "meta[name=date]");

  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
      "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt",
      "dd", "br", "hr", "figure", "figcaption", "body");

  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  public Stream<ReadResult> read(Input input) {
    return Stream.of(readOne(input, null));
  }

  /**
   * Reads a page whose charset its transport declared (the HTTP header stored in a web archive),
   * which wins over a meta tag as it does in browsers; a byte-order mark still wins over both. A
   * null charset leaves the choice to the page.
   */
  ReadResult readOne(Input input, Charset charset) {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return new ReadResult.Failure(input.displayName(), Messages.cannotRead(e));
    }
    if (bytes.length == 0) {
      return new ReadResult.Failure(input.displayName(), "is empty; there is nothing to analyse");
    }
    for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
      if (bytes[i] == 0) {
        return new ReadResult.Failure(input.displayName(),
            "looks like a binary file (a NUL byte at byte " + i + "), not HTML");
      }
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), "");
    } catch (IOException e) {
      return new ReadResult.Failure(input.displayName(), Messages.cannotRead(e));
    }
    String title = title(doc);
    PartialDate published = published(doc).orElse(null);
    String url = firstAttr(doc, "link[rel=canonical]", "href").or(() -> meta(doc, "meta[property=og:url]"))
        .orElse(null);
    String site = meta(doc, "meta[property=og:site_name]").orElse(input.name());
    String declared = Languages.normalise(doc.select("html").attr("lang"));

    String text = mainText(doc);
    if (text.isBlank()) {
      return new ReadResult.Failure(input.displayName(),
          "holds no article text that Basira could find; check that it is an article page, not a script-rendered shell");
    }
    String language = declared != null ? declared : Languages.guess(text);
    return new ReadResult.Success(input.displayName(), Article.of(text, title, site, url, published, language));
  }

  static String title(Document doc) {
    return meta(doc, "meta[property=og:title]")
        .or(() -> meta(doc, "meta[name=twitter:title]"))
        .or(() -> Optional.of(doc.title().strip()).filter(t -> !t.isEmpty()))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
        .orElse(null);
  }

  Optional<PartialDate> published(Document doc) {
    for (String selector : DATE_META) {
      Optional<PartialDate> date = meta(doc, selector).flatMap(HtmlReader::leadingDate);
      if (date.isPresent()) {
        return date;
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Optional<PartialDate> date = jsonLdDate(script.data());
      if (date.isPresent()) {
        return date;
      }
    }
    Element time = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
    return time == null ? Optional.empty() : leadingDate(time.attr("datetime"));
  }

  private Optional<PartialDate> jsonLdDate(String data) {
    try {
      JsonNode node = json.readTree(data);
      return node == null ? Optional.empty() : findDatePublished(node);
    } catch (IOException e) {
      return Optional.empty(); // Broken JSON-LD is common; the page is still readable.
    }
  }

  private static Optional<PartialDate> findDatePublished(JsonNode node) {
    if (node.has("datePublished")) {
      Optional<PartialDate> date = leadingDate(node.get("datePublished").asText());
      if (date.isPresent()) {
        return date;
      }
    }
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        Optional<PartialDate> date = findDatePublished(child);
        if (date.isPresent()) {
          return date;
        }
      }
    }
    return Optional.empty();
  }

  /** The date at the start of an ISO-8601 value such as {@code 2021-10-05T08:00:00+03:00}. */
  static Optional<PartialDate> leadingDate(String value) {
    var m = LEADING_DATE.matcher(value.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String iso = m.group(3) == null ? m.group(1) + "-" + m.group(2) : m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    return PartialDate.tryParse(iso);
  }

  /**
   * The article's own text: boilerplate removed, then the {@code article} (or itemprop articleBody,
   * {@code main}, role main) element with the most text, else the body; paragraphs joined by a
   * blank line.
   */
  static String mainText(Document doc) {
    Document clean = doc.clone();
    clean.select(NEVER_TEXT).remove();
    List<Element> boilerplate = new ArrayList<>();
    for (Element e : clean.getAllElements()) {
      String marks = e.className() + " " + e.id();
      if (!marks.isBlank() && BOILERPLATE.matcher(marks).find() && !isMain(e)) {
        boilerplate.add(e);
      }
    }
    boilerplate.forEach(Element::remove);
    Element root = largest(clean.select("[itemprop=articleBody]"))
        .or(() -> largest(clean.select("article")))
        .or(() -> largest(clean.select("main, [role=main]")))
        .orElse(clean.body());
    return root == null ? "" : blocksText(root);
  }

  private static boolean isMain(Element e) {
    return e.tagName().equals("article") || e.tagName().equals("main") || e.tagName().equals("body")
        || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody");
  }

  private static Optional<Element> largest(Elements candidates) {
    Element best = null;
    int bestLength = 0;
    for (Element e : candidates) {
      int length = e.text().length();
      if (length > bestLength) {
        best = e;
        bestLength = length;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Text of the element with white space collapsed inside blocks and a blank line between blocks. */
  static String blocksText(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
          flush(current, paragraphs);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
          flush(current, paragraphs);
        }
      }
    });
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }

  private static Optional<String> meta(Document doc, String selector) {
    return firstAttr(doc, selector, "content");
  }

  private static Optional<String> firstAttr(Document doc, String selector, String attribute) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return Optional.empty();
    }
    String value = e.attr(attribute).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
