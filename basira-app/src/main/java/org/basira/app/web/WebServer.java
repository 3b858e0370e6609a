package org.basira.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.basira.scenarios.Standing;
import org.basira.store.ActorSummary;
import org.basira.store.ArticleSummary;
import org.basira.store.ClaimQuery;
import org.basira.store.Overview;
import org.basira.store.TimelineQuery;
import org.basira.store.WorkspaceException;

/**
 * Basira's web server: the pages and the JSON API under {@code /api} (described at
 * {@code /api/openapi.json}), from one process over one workspace.
 */
public final class WebServer implements AutoCloseable {

  /** The most a request may carry: ratings are a few lines. */
  static final long MAX_REQUEST_BYTES = 64 * 1024;
  private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:\\- ]{1,200}");

  private final Javalin app;
  private final Guard guard;
  private final String bind;

  private WebServer(Javalin app, Guard guard, String bind) {
    this.app = app;
    this.guard = guard;
    this.bind = bind;
  }

  /**
   * Starts serving {@code library} on {@code bind}:{@code port} (0 for any free port). Beyond
   * loopback, writes need {@code writeToken}.
   */
  public static WebServer start(Library library, ObjectMapper json, String bind, int port, String writeToken) {
    Guard guard = new Guard(bind, Guard.isLoopback(bind) ? null : writeToken);
    Pages pages = new Pages(library, json);
    ActorPages actorPages = new ActorPages(library);
    EventPages eventPages = new EventPages(library, json);
    ScenarioPages scenarioPages = new ScenarioPages(library, json, guard);
    Javalin app = Javalin.create(config -> {
      config.useVirtualThreads = true; // where the JDK has them (21+); Javalin falls back to a pool
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/org/basira/app/web/static";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars(); // Leaflet for the map, from its WebJar
    });
    app.before(guard::check);
    routes(app, pages, actorPages, eventPages, scenarioPages, library, json);
    app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    app.exception(WorkspaceException.class, (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, HttpStatus.NOT_FOUND, "there is nothing at " + ctx.path());
      }
    });
    try {
      app.start(bind, port);
    } catch (RuntimeException e) {
      app.stop();
      throw new WorkspaceException("cannot listen on " + bind + ":" + port + " (" + rootMessage(e)
          + "); choose another with --port or --bind", e);
    }
    return new WebServer(app, guard, bind);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  private static void routes(Javalin app, Pages pages, ActorPages actorPages, EventPages eventPages,
      ScenarioPages scenarioPages, Library library, ObjectMapper json) {
    app.get("/", ctx -> ctx.html(Page.of("Overview", "/", pages.overview())));
    app.get("/articles/{id}", ctx -> {
      String id = id(ctx, "id");
      String main = pages.article(id).orElseThrow(() -> new NotFoundResponse("there is no article " + id));
      ctx.html(Page.of(pages.articleTitle(id), "", main));
    });
    app.get("/actors", ctx -> ctx.html(Page.of("Actors", "/actors", actorPages.actors())));
    app.get("/actors/{id}", ctx -> {
      String id = id(ctx, "id");
      String[] page = actorPages.actor(id).orElseThrow(() -> new NotFoundResponse("no actor is called " + id));
      ctx.html(Page.of(page[0], "/actors", page[1]));
    });
    app.get("/timeline", ctx -> ctx.html(Page.of("Timeline", "/timeline", eventPages.timeline(
        ctx.queryParam("actor"), ctx.queryParam("category"), ctx.queryParam("place"), ctx.queryParam("from"),
        ctx.queryParam("to"), "on".equals(ctx.queryParam("sideless"))))));
    app.get("/map", ctx -> ctx.html(Page.of("Map", "/map", eventPages.map())));
    app.get("/claims", ctx -> ctx.html(Page.of("Claims", "/claims", pages.claims(ctx.queryParam("speaker"),
        ctx.queryParam("scenario")))));
    app.get("/search", ctx -> ctx.html(Page.of("Search", "/search", pages.search(ctx.queryParam("q")))));
    app.get("/scenarios", ctx -> ctx.html(Page.of("Scenario board", "/scenarios", scenarioPages.board())));
    app.get("/scenarios/cell", ctx -> {
      String evidence = param(ctx.queryParam("evidence"), "evidence");
      String scenario = param(ctx.queryParam("scenario"), "scenario");
      String main = scenarioPages.cell(evidence, scenario).orElseThrow(() -> new NotFoundResponse(
          "there is no cell for " + evidence + " and " + scenario));
      ctx.html(Page.of("Evidence " + evidence + " against " + scenario, "/scenarios", main));
    });
    app.post("/scenarios/cell", ctx -> {
      String evidence = param(ctx.formParam("evidence"), "evidence");
      scenarioPages.rate(evidence, param(ctx.formParam("scenario"), "scenario"), ctx.formParam("rating"),
          ctx.formParam("why"), ctx.formParam("by"));
      ctx.redirect("/scenarios#ev-" + Html.url(evidence), HttpStatus.SEE_OTHER);
    });

    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(resource("openapi.json")));
    app.get("/api/overview", ctx -> ctx.json(new ApiOverview(library.read(w -> w.overview()),
        library.read(w -> w.latestArticles(10)), library.read(w -> w.actors(12)), library.board().standings())));
    app.get("/api/articles", ctx -> ctx.json(library.read(w -> w.latestArticles(limit(ctx, 100, 10_000)))));
    app.get("/api/articles/{id}", ctx -> {
      String id = id(ctx, "id");
      String line = library.read(w -> w.storedAnalysis(id)).orElseThrow(() -> new NotFoundResponse("there is no article "
          + id));
      ctx.contentType("application/json").result(line);
    });
    app.get("/api/actors", ctx -> ctx.json(library.read(w -> w.actors(limit(ctx, 100, 10_000)))));
    app.get("/api/actors/{id}", ctx -> {
      String asked = id(ctx, "id");
      ActorSummary found = library.actorCalled(asked).orElseThrow(() -> new NotFoundResponse("no actor is called "
          + asked));
      String id = found.id();
      Map<String, Object> actor = new LinkedHashMap<>();
      actor.put("actor", found);
      actor.put("gazetteer", library.entry(id).orElse(null));
      actor.put("claims_by", library.read(w -> w.claims(new ClaimQuery(id, null, 500))));
      actor.put("events", library.read(w -> w.timeline(new TimelineQuery(id, List.of(), List.of(), null, null, 2000))));
      actor.put("neighbours", library.read(w -> w.neighbours(id, 50)));
      ctx.json(actor);
    });
    app.get("/api/timeline", ctx -> {
      List<String> categories = ctx.queryParams("category").stream().map(c -> c.toUpperCase(Locale.ROOT)).toList();
      TimelineQuery query = new TimelineQuery(ctx.queryParam("actor"), categories, ctx.queryParams("status"),
          date(ctx, "from"), date(ctx, "to"), limit(ctx, 1000, 100_000)).withSideless("true".equals(ctx.queryParam("sideless")));
      ctx.json(library.timeline(query, ctx.queryParam("place")));
    });
    app.get("/api/map/events", ctx -> ctx.contentType("application/geo+json").result(library.read(MapEvents::of)));
    app.get("/api/map/regions/{country}", ctx -> {
      String country = ctx.pathParam("country");
      byte[] outlines = RegionOutlines.of(country).orElseThrow(() -> new NotFoundResponse("no region outlines are "
          + "packaged for the country " + country + "; name it by its ISO 3166 code, such as IQ or IRQ"));
      ctx.contentType("application/json").result(outlines);
    });
    app.get("/api/claims", ctx -> ctx.json(library.read(w -> w.claims(new ClaimQuery(ctx.queryParam("speaker"),
        ctx.queryParam("containing"), limit(ctx, 500, 100_000))))));
    app.get("/api/search", ctx -> ctx.json(library.read(w -> w.search(param(ctx.queryParam("q"), "q"),
        limit(ctx, 20, 1000)))));
    app.get("/api/scenarios", ctx -> ctx.json(BoardJson.of(library.board())));
    app.get("/api/scenarios/ratings", ctx -> ctx.json(library.read(w -> w.analystRatings())));
    app.post("/api/scenarios/ratings", ctx -> {
      JsonNode body;
      try {
        body = json.readTree(ctx.body());
      } catch (IOException e) {
        throw new BadRequest("the body must be JSON: {\"evidence\", \"scenario\", \"rating\", \"why\", \"by\"}");
      }
      String evidence = param(body.path("evidence").asText(null), "evidence");
      scenarioPages.rate(evidence, param(body.path("scenario").asText(null), "scenario"),
          body.path("rating").asText(null), body.path("why").asText(null), body.path("by").asText(null));
      ctx.status(HttpStatus.CREATED).json(BoardJson.of(library.board()));
    });
  }

  private static String id(Context ctx, String name) {
    return param(ctx.pathParam(name), name);
  }

  /** A path or query value that names something: letters, digits and a few marks, nothing that walks paths. */
  private static String param(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new BadRequest("'" + name + "' is missing");
    }
    if (!ID.matcher(value).matches() || value.contains("..")) {
      throw new BadRequest("'" + name + "' may hold letters, digits, spaces and . _ : - only");
    }
    return value;
  }

  private static int limit(Context ctx, int otherwise, int most) {
    String value = ctx.queryParam("limit");
    if (value == null) {
      return otherwise;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1 && n <= most) {
        return n;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new BadRequest("limit must be a whole number from 1 to " + most);
  }

  private static org.basira.model.PartialDate date(Context ctx, String name) {
    return Fragments.period(ctx.queryParam(name), name);
  }

  private static String resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar; rebuild Basira");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body of an API error; a record, so its fields are written in this order on every run. */
  record ApiError(String error, int status) {
  }

  /** The overview as the API gives it, in this order. */
  record ApiOverview(Overview counts, List<ArticleSummary> latest, List<ActorSummary> actors, List<Standing> standings) {
  }

  /** An error as the client asked for it: JSON under /api, a page elsewhere. */
  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(new ApiError(message, status.getCode()));
    } else {
      ctx.html(Page.of(status.getCode() + " " + status.getMessage(), "", "<p class=\"error\">" + Html.text(message)
          + "</p><p><a href=\"/\">Back to the overview</a></p>"));
    }
  }

  /** A fresh random write token. */
  public static String newToken() {
    return Guard.random();
  }

  public int port() {
    return app.port();
  }

  /** The address to open, with the write token for a server reachable beyond this machine. */
  public String url() {
    String host = bind.equals("0.0.0.0") || bind.equals("::") ? "localhost" : bind.contains(":") ? "[" + bind + "]" : bind;
    String base = "http://" + host + ":" + port() + "/";
    return guard.writeToken() == null ? base : base + "?token=" + guard.writeToken();
  }

  @Override
  public void close() {
    app.stop();
  }
}
