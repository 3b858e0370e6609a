package org.basira.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.basira.casebook.Casebook;
import org.basira.casebook.CasebookFiles;
import org.basira.gazetteer.Gazetteer;
import org.basira.names.NameMatcher;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.Sentence;
import org.basira.model.Speaker;
import org.basira.model.TextSpan;
import org.basira.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a small workspace of hand-made analyses, asked over HTTP as a browser or a script would. */
class WebServerTest {

  /** Untrusted text as an article may carry it: markup, entities and right-to-left marks. */
  private static final String HOSTILE = "Hezbollah said <script>alert('owned')</script> &amp; <b>bold</b> "
      + "\u202Egnirts desrever\u202C and \u200Fمرحبا the border would stay calm.";

  @TempDir
  Path folder;

  private Library library;
  private WebServer server;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
  private String articleId;

  @BeforeEach
  void serve() {
    Workspace workspace = Workspace.open(folder);
    Article article = Article.of(HOSTILE, "A <i>title</i>", "hostile.txt", null, PartialDate.parse("2024-05-02"), "en");
    articleId = article.id();
    int said = HOSTILE.indexOf("said");
    int content = said + 5;
    Analysis analysis = new Analysis(article,
        List.of(new Actor("grp.hezbollah", "Hezbollah", ActorType.ARMED_GROUP, "a <u>group</u>",
            List.of(new Mention(0, 9, "Hezbollah")))),
        List.of(new Attribution(new Speaker("grp.hezbollah", "Hezbollah", 0, 9), new TextSpan("said", said, said + 4),
            new TextSpan(HOSTILE.substring(content), content, HOSTILE.length()), AttributionKind.INDIRECT, 0)),
        List.of(new Event(PloverCategory.THREATEN, List.of("grp.hezbollah"), List.of(), EventDate.UNKNOWN,
            new EventPlace(null, "the border", new org.basira.model.Location(294117L, "Metula", "IL", "Northern District",
                33.28, 35.58, org.basira.model.Location.Precision.TOWN)),
            new TextSpan("said", said, said + 4), 0, EventStatus.REPORTED)),
        List.of(), List.of(new Sentence(0, HOSTILE.length())));
    workspace.put(analysis);
    workspace.commit();
    Casebook casebook = new CasebookFiles().read(Path.of("..", "casebooks", "iraq-2021.yaml"));
    library = new Library(workspace, kept -> casebook, Gazetteer.builtIn(new NameMatcher()));
    server = WebServer.start(library, json, "127.0.0.1", 0, null);
  }

  @AfterEach
  void stop() {
    server.close();
    library.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String csrf() throws Exception {
    String evidence = json.readTree(get("/api/scenarios").body()).at("/evidence/0/id").asText();
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"")
        .matcher(get("/scenarios/cell?evidence=" + evidence + "&scenario=afghan").body());
    assertThat(m.find()).as("the cell form carries a CSRF token").isTrue();
    return m.group(1);
  }

  @Test
  void everyPageAnswersAndNamesItself() throws Exception {
    for (String path : List.of("/", "/actors", "/actors/grp.hezbollah", "/articles/" + articleId, "/timeline",
        "/timeline?category=THREATEN&from=2024", "/timeline?place=Metula", "/map", "/claims", "/claims?speaker=Hezbollah", "/search?q=border",
        "/scenarios")) {
      HttpResponse<String> page = get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.body()).as(path).contains("<title>").contains("Basira");
      assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
    }
  }

  @Test
  void articleTextAndEverythingFromItIsEscaped() throws Exception {
    String page = get("/articles/" + articleId).body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>bold").doesNotContain("<i>title")
        .doesNotContain("<u>group");
    assertThat(page).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;").contains("&amp;amp;")
        .contains("A &lt;i&gt;title&lt;/i&gt;").contains("\u202E").contains("مرحبا");
    assertThat(page).contains("class=\"hl actor").contains("class=\"hl claim").contains("data-refs=");
    assertThat(get("/search?q=script").body()).doesNotContain("<script>alert");
    assertThat(get("/api/articles/" + articleId).body()).contains("\"text\"");
  }

  @Test
  void theMapIsServedWithEverythingItDrawsWithAndNothingFromElsewhere() throws Exception {
    String page = get("/map").body();
    Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
    int assets = 0;
    while (sources.find()) {
      String url = sources.group(1);
      assertThat(url).as("no tile server, no CDN").matches("[/#].*");
      if (url.startsWith("/webjars/") || url.startsWith("/static/")) {
        assertThat(get(url).statusCode()).as(url).isEqualTo(200);
        assets++;
      }
    }
    assertThat(assets).as("Leaflet's script and style, topojson-client, the map script, the page style").isGreaterThanOrEqualTo(5);
    assertThat(get("/static/vendor/countries-50m.json").body()).startsWith("{\"type\":\"Topology\"");
    JsonNode iraq = json.readTree(get("/api/map/regions/IQ").body());
    assertThat(iraq.at("/objects/irq/geometries")).as("the 18 governorates").hasSize(18);
    assertThat(iraq.at("/objects/irq/geometries").findValuesAsText("name")).contains("Ninawa", "Al-Anbar", "Baghdad");
    assertThat(get("/api/map/regions/irq").body()).isEqualTo(get("/api/map/regions/IQ").body());
    HttpResponse<String> unknown = get("/api/map/regions/XQ");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json.readTree(unknown.body()).get("error").asText()).contains("XQ").contains("ISO 3166");

    HttpResponse<String> events = get("/api/map/events");
    assertThat(events.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
    JsonNode map = json.readTree(events.body());
    assertThat(map.at("/features/0/geometry/coordinates").toString()).isEqualTo("[35.58,33.28]");
    assertThat(map.at("/features/0/properties/article_id").asText()).isEqualTo(articleId);
    assertThat(json.readTree(get("/api/timeline?place=Northern%20District").body())).hasSize(1);
    assertThat(json.readTree(get("/api/timeline?place=Iraq").body())).isEmpty();
  }

  @Test
  void theApiIsDescribedAndAnswersJson() throws Exception {
    JsonNode openapi = json.readTree(get("/api/openapi.json").body());
    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    openapi.get("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
    JsonNode overview = json.readTree(get("/api/overview").body());
    assertThat(overview.at("/counts/articles").asLong()).isEqualTo(1);
    assertThat(overview.fieldNames()).toIterable().containsExactly("counts", "latest", "actors", "standings");
    assertThat(json.readTree(get("/api/actors/Hezbollah").body()).at("/actor/id").asText()).isEqualTo("grp.hezbollah");
    HttpResponse<String> missing = get("/api/actors/nobody");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json.readTree(missing.body()).get("error").asText()).contains("nobody");
    assertThat(missing.body()).startsWith("{\"error\":").endsWith(",\"status\":404}"); // the same order on every run
    assertThat(get("/api/timeline?from=yesterday").statusCode()).isEqualTo(400);
  }

  @Test
  void aRatingNeedsThePagesTokenAndAReasonAndChangesTheBoard() throws Exception {
    String evidence = json.readTree(get("/api/scenarios").body()).at("/evidence/0/id").asText();
    String form = "evidence=" + evidence + "&scenario=afghan&rating=II&why=checked+the+source&by=tester";
    assertThat(post("/scenarios/cell", "application/x-www-form-urlencoded", form).statusCode()).isEqualTo(403);
    assertThat(post("/scenarios/cell", "application/x-www-form-urlencoded", form + "&csrf=" + csrf(),
        "Origin", "http://evil.example").statusCode()).isEqualTo(403);
    assertThat(post("/scenarios/cell", "application/x-www-form-urlencoded",
        "evidence=" + evidence + "&scenario=afghan&rating=II&why=&csrf=" + csrf()).statusCode()).isEqualTo(400);
    HttpResponse<String> saved = post("/scenarios/cell", "application/x-www-form-urlencoded", form + "&csrf=" + csrf());
    assertThat(saved.statusCode()).isEqualTo(303);
    JsonNode board = json.readTree(get("/api/scenarios").body());
    assertThat(board.at("/evidence/0/cells/afghan/rating").asText()).isEqualTo("II");
    assertThat(board.at("/evidence/0/cells/afghan/override/byWhom").asText()).isEqualTo("tester");
    assertThat(get("/scenarios").body()).contains("II✱");
    HttpResponse<String> back = post("/api/scenarios/ratings", "application/json",
        "{\"evidence\":\"" + evidence + "\",\"scenario\":\"afghan\",\"rating\":\"auto\",\"why\":\"undo\"}",
        Guard.CSRF_HEADER, csrf());
    assertThat(back.statusCode()).isEqualTo(201);
    assertThat(json.readTree(back.body()).at("/evidence/0/cells/afghan/override").isNull()).isTrue();
  }

  @Test
  void aLoopbackServerAnswersOnlyToItsOwnNames() throws Exception {
    // A page elsewhere reaching this server through a name it controls (DNS rebinding) sends its own Host.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          java.nio.charset.StandardCharsets.US_ASCII)).readLine();
      assertThat(status).contains(" 403 ");
    }
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void oversizedRequestsAndPathsThatWalkAreRefused() throws Exception {
    String big = "why=" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES + 10);
    assertThat(post("/scenarios/cell", "application/x-www-form-urlencoded", big, Guard.CSRF_HEADER, csrf()).statusCode())
        .isIn(400, 413);
    assertThat(get("/static/../../pom.xml").statusCode()).isNotEqualTo(200);
    assertThat(get("/static/%2e%2e/%2e%2e/pom.xml").statusCode()).isNotEqualTo(200);
    assertThat(get("/articles/..%2F..%2Fpom.xml").statusCode()).isIn(400, 404);
    assertThat(get("/static/basira.css").statusCode()).isEqualTo(200);
  }

  @Test
  void aServerBoundBeyondLoopbackNeedsItsTokenToWrite() throws Exception {
    WebServer open = WebServer.start(library, json, "0.0.0.0", 0, "sesame");
    try {
      assertThat(open.url()).endsWith("?token=sesame");
      String base = "http://127.0.0.1:" + open.port();
      String page = http.send(HttpRequest.newBuilder(URI.create(base + "/scenarios")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      String evidence = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/scenarios")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).at("/evidence/0/id").asText();
      Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(http.send(HttpRequest.newBuilder(
          URI.create(base + "/scenarios/cell?evidence=" + evidence + "&scenario=afghan")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(page).contains("Scenario board");
      assertThat(m.find()).isTrue();
      String body = "{\"evidence\":\"" + evidence + "\",\"scenario\":\"afghan\",\"rating\":\"C\",\"why\":\"read it\"}";
      HttpRequest.Builder write = HttpRequest.newBuilder(URI.create(base + "/api/scenarios/ratings"))
          .header("Content-Type", "application/json").header(Guard.CSRF_HEADER, m.group(1))
          .POST(HttpRequest.BodyPublishers.ofString(body));
      assertThat(http.send(write.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
      write.header("Authorization", "Bearer sesame");
      assertThat(http.send(write.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
    } finally {
      open.close();
    }
  }
}
