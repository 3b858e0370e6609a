package org.basira.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.basira.analysis.Outcome;
import org.basira.feeds.Feed;
import org.basira.feeds.FeedException;
import org.basira.feeds.FeedItem;
import org.basira.feeds.FeedParser;
import org.basira.feeds.FetchException;
import org.basira.feeds.Page;
import org.basira.feeds.Web;
import org.basira.feeds.WebLimits;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.read.Input;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import org.basira.store.Stored;
import org.basira.store.Workspace;
import org.basira.store.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code basira follow}: read news feeds into a workspace, once or at an interval. */
@Command(
    name = "follow",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads RSS and Atom feeds, fetches the page each new item links to, reads it as 'extract' reads",
      "HTML (or PDF, or plain text, by what the server says it is), analyses it and stores it in the",
      "workspace. An item whose address is stored already is not fetched again; a page whose text is",
      "stored already is not stored twice. Each article is stored whole or not at all, so a follow that",
      "is stopped, even with kill -9, keeps what it stored and picks up where it was when run again.",
      "A feed that is down or malformed, or a page that fails, is reported and the rest go on.",
      "Only http and https are fetched, within --timeout and --max-size, and never from this machine or",
      "a private network unless --allow-private (a feed's own host may always serve its pages)."
    },
    footer = {
      "",
      "Exit codes (without --every): 0 all fine, 1 some feeds or items failed, 2 usage error.",
      "With --every it runs until stopped (Ctrl-C), reporting each round.",
      "",
      "Examples:",
      "  basira follow https://example.org/news/rss.xml --workspace ~/iraq-case",
      "  basira follow https://a.example/feed https://b.example/atom.xml --every 15m",
      "  basira follow saved-feed.xml"
    })
final class FollowCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FEED",
      description = "Feeds to read: http or https addresses, or RSS/Atom files on disk.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "Read the feeds again at this interval until stopped: 90s, 15m, 1h, 1h30m. Without it, once.")
  Duration every;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
      description = "The most one feed or page may take to arrive in full (default: 30s).")
  Duration timeout = WebLimits.DEFAULTS.timeout();

  @Option(names = "--max-size", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "The largest feed or page fetched: 500KB, 10MB (default: 10MB).")
  long maxSize = WebLimits.DEFAULTS.maxBytes();

  @Option(names = "--allow-private",
      description = "Also fetch items and redirects on this machine or a private network (10/8, 192.168/16, ...).")
  boolean allowPrivate;

  @Mixin
  WorkspaceOption workspace = new WorkspaceOption();

  @Mixin
  AnalysisOptions analysis = new AnalysisOptions();

  private final Readers readers;
  private final Analyzers analyzers;
  private final Casebooks casebooks;
  private final Supplier<Gazetteer> gazetteer;
  private final FeedParser parser = new FeedParser();

  FollowCommand(Readers readers, Analyzers analyzers, Casebooks casebooks, Supplier<Gazetteer> gazetteer) {
    this.readers = readers;
    this.analyzers = analyzers;
    this.casebooks = casebooks;
    this.gazetteer = gazetteer;
  }

  @Override
  public Integer call() throws InterruptedException {
    analysis.check("follow");
    if (every != null && every.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new UserError("--every must be at least 1s. See 'basira follow --help'.", ExitCodes.USAGE);
    }
    List<FeedSource> sources = new ArrayList<>();
    for (String feed : feeds) {
      sources.add(FeedSource.of(feed));
    }
    Web web = new Web(new WebLimits(timeout, maxSize, WebLimits.DEFAULTS.maxRedirects(), allowPrivate));
    WorkspaceAnalysis setup = WorkspaceAnalysis.of(analysis, workspace.folder, analyzers, casebooks, gazetteer);
    PrintWriter err = spec.commandLine().getErr();
    while (true) {
      List<String> failures = round(sources, web, setup, err);
      if (every == null) {
        return failures.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
      }
      Instant next = Instant.now().plus(every);
      err.println("basira: next round at " + DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT)
          .format(LocalTime.ofInstant(next, ZoneId.systemDefault())) + "; stop with Ctrl-C.");
      err.flush();
      Thread.sleep(every.toMillis());
    }
  }

  /** One pass over every feed; the failures, each a line. The workspace is open only meanwhile. */
  private List<String> round(List<FeedSource> sources, Web web, WorkspaceAnalysis setup, PrintWriter err) {
    List<String> failures = new ArrayList<>();
    int[] counts = new int[Stored.values().length];
    int known = 0;
    IngestCommand.Progress progress = new IngestCommand.Progress(err, false, 0);
    long held;
    try (Workspace store = setup.open(workspace.folder)) {
      for (FeedSource source : sources) {
        Feed feed;
        try {
          feed = source.read(web, parser, maxSize);
        } catch (FetchException | FeedException e) {
          failures.add(source.given() + " " + e.getMessage());
          continue;
        }
        Set<URI> seen = new HashSet<>();
        List<FeedItem> fresh = new ArrayList<>();
        int noLink = 0;
        for (FeedItem item : feed.items()) {
          if (item.link() == null) {
            noLink++;
          } else if (!seen.add(item.link()) || store.containsUrl(item.link().toString())) {
            known++;
          } else {
            fresh.add(item);
          }
        }
        if (noLink > 0) {
          err.println("basira: " + source.given() + ": " + noLink + (noLink == 1 ? " item links" : " items link")
              + " to no web page; passed over");
        }
        Stream<ReadResult> pages = fresh.stream()
            .map(item -> page(item, feed, source, web))
            .filter(r -> {
              if (r instanceof ReadResult.Success s && store.contains(s.article().id())) {
                counts[Stored.UNCHANGED.ordinal()]++; // the same text under another address
                progress.tick();
                return false;
              }
              return true;
            });
        setup.batch().run(pages, outcome -> {
          if (outcome instanceof Outcome.Analysed a) {
            counts[store.put(a.analysis()).ordinal()]++;
          } else if (outcome instanceof Outcome.Failed f) {
            failures.add(f.sentence());
          }
          progress.tick();
        });
        store.commit();
      }
      held = store.articles();
    } catch (WorkspaceException e) {
      if (every == null) {
        throw e;
      }
      // Following runs for days; a workspace busy for a moment costs one round, not the follow.
      err.println("basira: this round was skipped: " + e.getMessage());
      err.flush();
      return List.of(e.getMessage());
    }
    err.printf("basira: %s: %d new, %d updated, %d already stored, %d failed; the workspace holds %d articles.%n",
        workspace.folder, counts[Stored.NEW.ordinal()], counts[Stored.UPDATED.ordinal()],
        known + counts[Stored.UNCHANGED.ordinal()], failures.size(), held);
    failures.forEach(f -> err.println("basira: failed: " + f));
    err.flush();
    return failures;
  }

  /** The item's page as an article, its address the item's link, missing facts from the feed. */
  private ReadResult page(FeedItem item, Feed feed, FeedSource source, Web web) {
    String address = item.link().toString();
    Page page;
    try {
      page = web.get(item.link(), source.trustedHosts());
    } catch (FetchException e) {
      return new ReadResult.Failure(address, e.getMessage());
    }
    String host = item.link().getHost();
    Input input = Input.at(host, address, () -> new ByteArrayInputStream(page.body()));
    ReadResult read;
    try (Stream<ReadResult> results = readers.readServed(input, page.mediaType(), page.charset())) {
      read = results.findFirst().orElse(new ReadResult.Failure(address, "holds no article"));
    }
    if (!(read instanceof ReadResult.Success success)) {
      return read;
    }
    Article a = success.article();
    String title = a.title() != null ? a.title() : item.title();
    PartialDate published = a.published() != null ? a.published()
        : item.published() == null ? null : PartialDate.of(LocalDate.ofInstant(item.published(), ZoneOffset.UTC));
    // A page that names no site is known by its feed's title, else its host.
    String site = a.source().equals(host) && feed.title() != null ? feed.title() : a.source();
    return new ReadResult.Success(address, new Article(a.id(), title, site, address, published, a.language(), a.text()));
  }

  /** A feed as the user named it: an address to fetch or a file to read. */
  record FeedSource(String given, URI address, Path file) {

    static FeedSource of(String given) {
      if (given.contains("://")) {
        URI uri;
        try {
          uri = new URI(given);
        } catch (URISyntaxException e) {
          throw new UserError(given + " is not a valid address (" + e.getReason() + ").", ExitCodes.USAGE);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
          throw new UserError(given + ": Basira follows feeds at http and https addresses, or in files named by "
              + "their path.", ExitCodes.USAGE);
        }
        return new FeedSource(given, uri, null);
      }
      return new FeedSource(given, null, Path.of(given));
    }

    /** The feed's own host, which the user chose, may serve its pages from a private address. */
    Set<String> trustedHosts() {
      return address == null ? Set.of() : Set.of(address.getHost().toLowerCase(Locale.ROOT));
    }

    Feed read(Web web, FeedParser parser, long maxSize) throws FetchException, FeedException {
      if (address != null) {
        Page page = web.get(address, trustedHosts());
        return parser.parse(page.body(), page.uri());
      }
      try {
        if (Files.size(file) > maxSize) {
          throw new FeedException("is larger than --max-size; raise it to read this feed");
        }
        return parser.parse(Files.readAllBytes(file), null);
      } catch (NoSuchFileException e) {
        throw new FeedException("does not exist; check the path");
      } catch (IOException e) {
        throw new FeedException("could not be read (" + e.getMessage() + ")", e);
      }
    }
  }

  /** 90s, 15m, 1h, 1h30m, 500ms. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      Matcher m = PART.matcher(v);
      Duration total = Duration.ZERO;
      int at = 0;
      while (m.find() && m.start() == at) {
        long n = Long.parseLong(m.group(1));
        total = total.plus(switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(n);
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
        at = m.end();
      }
      if (at == 0 || at != v.length() || total.isZero()) {
        throw new TypeConversionException("'" + value + "' is not a duration; write it as 90s, 15m, 1h or 1h30m");
      }
      return total;
    }
  }

  /** 500KB, 10MB, 1GB, or bytes. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    @Override
    public Long convert(String value) {
      Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
        throw new TypeConversionException("'" + value + "' is not a size; write it as 500KB or 10MB");
      }
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "b" : m.group(2);
      return switch (unit) {
        case "kb" -> n << 10;
        case "mb" -> n << 20;
        case "gb" -> n << 30;
        default -> n;
      };
    }
  }
}
