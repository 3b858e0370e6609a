package org.basira.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.basira.model.Article;

/**
 * Scores predictions against a gold file by the rules of the analysis contract, giving the same
 * figures as the reference scorer ({@code shared/tools/score.py}) on the same predictions.
 *
 * <p>A prediction belongs to the gold article whose {@code doc} or file base name (with or without
 * {@code .txt}) equals its {@code article.source}, else whose file's SHA-256 equals its
 * {@code article.id} or the hash of its text. A gold article without a prediction scores as empty.
 */
public final class Evaluation {

  private final ObjectMapper mapper = new ObjectMapper();

  /** A gold file as read: its articles, the files they annotate, and the lines that were not JSON. */
  public record Gold(Path path, List<GoldArticle> articles, List<Path> files, int badLines, int filesNotFound) {
  }

  /** Reads a gold file; each article's {@code file} is looked up beside the gold file, its parent, then {@code root}. */
  public Gold readGold(Path goldFile, Path root) throws IOException {
    List<GoldArticle> articles = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    int bad = 0;
    int notFound = 0;
    for (JsonNode line : readLines(goldFile)) {
      if (line == null) {
        bad++;
        continue;
      }
      String file = Json.text(line, "file");
      Path resolved = resolve(file, goldFile, root);
      if (resolved == null) {
        notFound++;
      }
      files.add(resolved);
      articles.add(GoldArticle.of(line, resolved == null ? null : Article.idOf(Files.readAllBytes(resolved))));
    }
    return new Gold(goldFile, articles, files, bad, notFound);
  }

  /** Reads a JSON Lines file of predictions; a line that is not a JSON object is null. */
  public List<JsonNode> readLines(Path file) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = mapper.readTree(line.strip());
        lines.add(node != null && node.isObject() ? node : null);
      } catch (JsonProcessingException e) {
        lines.add(null);
      }
    }
    return lines;
  }

  static Path resolve(String file, Path goldFile, Path root) {
    if (file == null || file.isEmpty()) {
      return null;
    }
    List<Path> candidates = new ArrayList<>();
    Path given = Path.of(file);
    if (given.isAbsolute()) {
      candidates.add(given);
    }
    Path goldDir = goldFile.toAbsolutePath().getParent();
    if (root != null) {
      candidates.add(root.resolve(file));
    }
    candidates.add(goldDir.resolve(file));
    if (goldDir.getParent() != null) {
      candidates.add(goldDir.getParent().resolve(file));
    }
    candidates.add(Path.of("").toAbsolutePath().resolve(file));
    return candidates.stream().filter(Files::isRegularFile).map(Path::normalize).findFirst().orElse(null);
  }

  /** Scores the predictions (contract objects; null for unreadable lines) against the gold. */
  public Report score(Gold gold, List<JsonNode> predictions, boolean keepAllStatus) {
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> bySha = new HashMap<>();
    for (int i = 0; i < gold.articles().size(); i++) {
      GoldArticle g = gold.articles().get(i);
      byName.putIfAbsent(stripTxt(g.doc() == null ? "" : g.doc()), i);
      if (g.file() != null && !g.file().isEmpty()) {
        byName.putIfAbsent(stripTxt(g.file()), i);
      }
      if (g.fileSha256() != null) {
        bySha.putIfAbsent(g.fileSha256(), i);
      }
      if (g.sha256() != null && !g.sha256().isEmpty()) {
        bySha.putIfAbsent(g.sha256(), i);
      }
    }
    Map<Integer, JsonNode> assigned = new LinkedHashMap<>();
    int unmatched = 0;
    int duplicates = 0;
    int badPredictions = 0;
    for (JsonNode p : predictions) {
      if (p == null) {
        badPredictions++;
        continue;
      }
      JsonNode article = p.path("article");
      Integer index = null;
      String source = Json.text(article, "source");
      if (source != null && !source.isEmpty()) {
        index = byName.get(stripTxt(source));
      }
      String id = Json.text(article, "id");
      if (index == null && id != null && !id.isEmpty()) {
        index = bySha.get(id.toLowerCase(Locale.ROOT));
      }
      JsonNode text = article.get("text");
      if (index == null && text != null && text.isTextual()) {
        index = bySha.get(Article.idOf(text.asText()));
      }
      if (index == null) {
        unmatched++;
      } else if (assigned.containsKey(index)) {
        duplicates++;
      } else {
        assigned.put(index, p);
      }
    }

    Scorer scorer = new Scorer();
    for (int i = 0; i < gold.articles().size(); i++) {
      JsonNode p = assigned.get(i);
      scorer.score(gold.articles().get(i), p == null ? PredictedArticle.NONE : new PredictedArticle(p));
    }
    ObjectNode docs = mapper.createObjectNode()
        .put("gold", gold.articles().size())
        .put("with_prediction", assigned.size())
        .put("unmatched_predictions", unmatched)
        .put("duplicate_predictions", duplicates)
        .put("bad_gold_lines", gold.badLines())
        .put("bad_pred_lines", badPredictions)
        .put("gold_files_not_found", gold.filesNotFound());
    String name = gold.path().getFileName().toString();
    return new ReportWriter(mapper).report(name, docs, scorer, keepAllStatus);
  }

  /** The base name without a {@code .txt} ending, as articles are matched by. */
  static String stripTxt(String name) {
    String base = name.substring(name.lastIndexOf('/') + 1);
    return base.toLowerCase(Locale.ROOT).endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
  }
}
