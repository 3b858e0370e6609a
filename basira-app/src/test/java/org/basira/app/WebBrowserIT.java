package org.basira.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser: Debian's chromium, driven by Selenium through chromium-driver, over
 * a workspace the real launcher builds from the samples and serves. Screenshots of each page are
 * kept in {@code target/screenshots}. Skipped where chromium is not installed ({@code .ci/run}
 * installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBrowserIT {

  private static final Path ROOT = Path.of(System.getProperty("basira.root", "..")).toAbsolutePath().normalize();
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private Path dir;
  private Process server;
  private String base;
  private ChromeDriver browser;

  @BeforeAll
  void serveTheSamples() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    dir = Files.createTempDirectory("basira-web");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    for (Path sample : Files.list(ROOT.resolve("samples")).filter(p -> p.toString().endsWith(".txt")).toList()) {
      Files.copy(sample, articles.resolve(sample.getFileName()));
    }
    // Untrusted text: markup, entities and right-to-left marks must reach the page as text.
    Files.writeString(articles.resolve("zz-hostile.txt"), "Hostile <script>window.owned = true</script> headline\n\n"
        + "Hezbollah said on Monday that <img src=x onerror=\"window.owned=true\"> &amp; \u202Ereversed\u202C text "
        + "would not stop its fighters near the border with Israel.\n");
    Path workspace = dir.resolve("workspace");
    Process ingest = new ProcessBuilder(ROOT.resolve("basira").toString(), "ingest", articles.toString(), "--workspace",
        workspace.toString()).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("ingest.log").toFile()).start();
    assertThat(ingest.waitFor(15, TimeUnit.MINUTES)).isTrue();
    assertThat(ingest.exitValue()).as(Files.readString(dir.resolve("ingest.log"))).isZero();
    server = new ProcessBuilder(ROOT.resolve("basira").toString(), "serve", "--workspace", workspace.toString(),
        "--port", "0").directory(ROOT.toFile()).redirectError(dir.resolve("serve.err").toFile()).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher url = Pattern.compile("at (http://\\S+/)").matcher(String.valueOf(line));
    assertThat(url.find()).as("serve prints its URL, said: %s %s", line, Files.readString(dir.resolve("serve.err")))
        .isTrue();
    base = url.group(1);
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900");
    browser = new ChromeDriver(options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.destroy();
    }
  }

  private void open(String path) {
    browser.get(base + path.replaceFirst("^/", ""));
  }

  private void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  void everyPageLoadsWithItsHeadingAndNoError() throws Exception {
    List<String[]> pages = List.of(new String[] {"/", "Overview"}, new String[] {"/actors", "Actors"},
        new String[] {"/timeline", "Timeline"}, new String[] {"/map", "Map"}, new String[] {"/claims", "Claims"},
        new String[] {"/search?q=ceasefire", "Search"}, new String[] {"/scenarios", "Scenario board"});
    for (String[] page : pages) {
      open(page[0]);
      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(page[1]);
      assertThat(browser.findElements(By.cssSelector(".error"))).as(page[0]).isEmpty();
      shot(page[1].toLowerCase().replace(' ', '-'));
    }
    open("/timeline");
    assertThat(browser.findElements(By.cssSelector("#events-by-month[data-axis='time'] svg path"))).isNotEmpty();
    open("/search?q=ceasefire");
    assertThat(browser.findElements(By.cssSelector(".hits mark"))).isNotEmpty();
  }

  @Test
  void theTimelineChartsMonthsOnATimeAxisAndZoomsIn() throws Exception {
    open("/timeline");
    WebElement chart = waiting().until(d -> d.findElement(By.cssSelector("#events-by-month[data-axis='time']")));
    String from = chart.getAttribute("data-from");
    String to = chart.getAttribute("data-to");
    assertThat(from).as("the axis starts at the first month").isLessThan(to);
    assertThat(chart.findElements(By.cssSelector("svg path"))).isNotEmpty();
    // Zoom as a drag across months does: the chart's own zoom action, on its right half.
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
        "echarts.getInstanceByDom(arguments[0]).dispatchAction({type: 'dataZoom', start: 50, end: 100});", chart);
    waiting().until(d -> !from.equals(chart.getAttribute("data-from")));
    assertThat(chart.getAttribute("data-from")).isGreaterThan(from);
    assertThat(chart.getAttribute("data-to")).isEqualTo(to);
    shot("timeline-zoomed");
  }

  @Test
  void theBoardShowsHowEachArticleMovedTheScenariosAndLeadsToTheOnesThatMovedThemMost() throws Exception {
    open("/scenarios");
    WebElement history = waiting().until(d -> d.findElement(By.cssSelector("#board-history[data-steps]")));
    assertThat(Integer.parseInt(history.getAttribute("data-steps"))).as("one step per article with claims")
        .isGreaterThan(1);
    assertThat(history.findElements(By.cssSelector("svg path"))).isNotEmpty();
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", history);
    shot("board-history");
    WebElement mover = browser.findElement(By.cssSelector("ol.movers li a"));
    String title = mover.getText();
    mover.click();
    waiting().until(d -> d.getCurrentUrl().contains("/articles/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
  }

  @Test
  void aClickLeadsFromAnActorToAnArticleWhereMarksOpenTheirDetails() throws Exception {
    open("/actors");
    browser.findElement(By.cssSelector("table.list tbody tr a")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/actors/"));
    shot("actor");
    assertThat(browser.findElements(By.cssSelector("svg.network"))).isNotEmpty();
    WebElement toArticle = browser.findElement(By.cssSelector("a[href^='/articles/']"));
    toArticle.click();
    waiting().until(d -> d.getCurrentUrl().contains("/articles/"));
    WebElement mark = browser.findElement(By.cssSelector(".text .hl[data-refs]"));
    mark.sendKeys(Keys.ENTER);
    waiting().until(d -> !d.findElement(By.id("detail")).getText().startsWith("Click a mark"));
    shot("article");
    assertThat(browser.findElement(By.id("detail")).getText()).isNotBlank();
  }

  @Test
  void theMapDrawsCountriesRegionsAndLocatedEventsOfflineFiltersThemAndLeadsToTheSentence() throws Exception {
    open("/map");
    waiting().until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
    shot("map");
    assertThat(browser.findElements(By.cssSelector("#map path.leaflet-interactive, #map svg path")).size())
        .as("country outlines and event dots are drawn").isGreaterThan(100);
    int shown = Integer.parseInt(browser.findElement(By.id("map-count")).getAttribute("data-shown"));
    assertThat(shown).as("the samples' located events").isPositive();
    assertThat(browser.findElements(By.cssSelector("#map path.event-dot"))).hasSize(shown);
    assertThat(Integer.parseInt(browser.findElement(By.id("map")).getAttribute("data-regions")))
        .as("the first-level regions of the countries with events").isPositive();
    assertThat(browser.findElements(By.cssSelector("#map path.region-outline"))).isNotEmpty();

    new Select(browser.findElement(By.name("category"))).selectByVisibleText("ASSAULT");
    waiting().until(d -> !d.findElement(By.id("map-count")).getAttribute("data-shown").equals(String.valueOf(shown))
        || d.findElements(By.cssSelector("#map path.event-dot:not(.event-assault)")).isEmpty());
    int assaults = Integer.parseInt(browser.findElement(By.id("map-count")).getAttribute("data-shown"));
    assertThat(assaults).isLessThanOrEqualTo(shown);
    assertThat(browser.findElements(By.cssSelector("#map path.event-dot:not(.event-assault)"))).isEmpty();
    shot("map-assaults");

    new Select(browser.findElement(By.name("category"))).selectByVisibleText("any");
    browser.findElement(By.name("actor")).sendKeys("no such actor anywhere");
    waiting().until(d -> d.findElement(By.id("map-count")).getAttribute("data-shown").equals("0"));
    browser.findElement(By.name("actor")).clear();
    browser.findElement(By.name("actor")).sendKeys(" ");
    waiting().until(d -> !d.findElement(By.id("map-count")).getAttribute("data-shown").equals("0"));

    browser.executeScript("document.querySelector('#map path.event-dot').dispatchEvent(new MouseEvent('click', {bubbles: true}))");
    WebElement source = waiting().until(d -> d.findElement(By.cssSelector(".map-popup a.map-source")));
    assertThat(browser.findElement(By.cssSelector(".map-popup blockquote")).getText()).isNotBlank();
    shot("map-popup");
    String href = source.getAttribute("href");
    assertThat(href).contains("/articles/").contains("#s");
    open(href.replaceFirst("^https?://[^/]+", ""));
    assertThat(browser.findElement(By.cssSelector("article.text")).getText()).isNotBlank();
  }

  @Test
  void untrustedArticleTextStaysText() throws Exception {
    open("/search?q=Hostile");
    browser.findElement(By.cssSelector(".hits a")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/articles/"));
    shot("hostile-article");
    assertThat(browser.executeScript("return window.owned === true")).isEqualTo(false);
    assertThat(browser.findElements(By.cssSelector("article.text script, article.text img"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("article.text")).getText()).contains("<img src=x");
  }

  @Test
  void anAnalystsRatingChangesTheScoreShown() throws Exception {
    open("/scenarios");
    WebElement cell = browser.findElement(By.cssSelector("td.cell a"));
    String scenario = cell.getAttribute("href").replaceFirst(".*scenario=", "");
    By score = By.cssSelector("td[data-scenario='" + scenario + "'][data-score='wi']");
    String before = browser.findElement(score).getText();
    cell.click();
    waiting().until(d -> d.getCurrentUrl().contains("/scenarios/cell"));
    String current = new Select(browser.findElement(By.id("rating"))).getFirstSelectedOption().getAttribute("value");
    new Select(browser.findElement(By.id("rating"))).selectByValue(current.equals("II") ? "CC" : "II");
    browser.findElement(By.id("why")).sendKeys("A browser test rates this cell.");
    browser.findElement(By.id("by")).sendKeys("selenium");
    shot("rate-cell");
    browser.findElement(By.id("rate")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/scenarios") && !d.getCurrentUrl().contains("/cell"));
    shot("board-after-rating");
    assertThat(browser.findElement(score).getText()).isNotEqualTo(before);
    assertThat(browser.getPageSource()).contains("✱");
  }
}
