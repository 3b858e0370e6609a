package org.basira.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.basira.json.AnalysisJson;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.model.Sentence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing one analysis as a contract JSON line, as {@code basira extract} does for every article.
 * The analysis is shaped like today's output of a 5,000-word article: the text and its sentences;
 * the actor, event and attribution layers are empty until their stages land.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContractJsonBenchmark {

  @Param({"true", "false"})
  public boolean withText;

  private final AnalysisJson json = new AnalysisJson();
  private Analysis analysis;

  @Setup
  public void analysis() {
    String text = BenchText.ofWords(5_000);
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if ((text.charAt(i) == '.' || text.charAt(i) == '\u201D') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
        sentences.add(new Sentence(start, i + 1));
        start = i + 2;
      }
    }
    Article article = Article.of(text, "Rockets near the airport", "bench", null, PartialDate.parse("2021-10"), "en");
    analysis = new Analysis(article, List.of(), List.of(), List.of(), List.of(), sentences);
  }

  @Benchmark
  public String toLine() {
    return json.toLine(analysis, withText);
  }
}
