package org.basira.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic behind bench's figures, on values worked out by hand. */
class BenchFiguresTest {

  @Test
  void takesTheMiddlePassAsTheMedian() {
    assertThat(Throughput.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Throughput.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(Throughput.median(List.of(7.0))).isEqualTo(7.0);
  }

  @Test
  void ratesArticlesSentencesAndTokensAtTheMedianPass() {
    Throughput t = new Throughput(2, List.of(4.0, 2.0, 3.0), 6, 30, 600);

    assertThat(t.medianSeconds()).isEqualTo(3.0);
    assertThat(t.articlesPerSecond()).isEqualTo(2.0);
    assertThat(t.sentencesPerSecond()).isEqualTo(10.0);
    assertThat(t.tokensPerSecond()).isEqualTo(200.0);
    assertThat(t.sentencesPerSecondPerThread()).isEqualTo(5.0);
    assertThat(t.tokensPerSecondPerThread()).isEqualTo(100.0);
  }

  @Test
  void measuresScalingAgainstOneThread() {
    Throughput one = new Throughput(1, List.of(4.0), 8, 80, 800);
    Throughput two = new Throughput(2, List.of(2.5), 8, 80, 800);

    assertThat(one.scalingOver(one)).isEqualTo(1.0);
    assertThat(two.scalingOver(one)).isCloseTo(1.6, within(1e-12));
  }

  @Test
  void reportsTheRatioToPlainCoreNlp() {
    Throughput basira = new Throughput(1, List.of(2.0), 4, 40, 1000);
    Throughput plain = new Throughput(1, List.of(5.0), 4, 36, 1000);

    assertThat(Throughput.ratio(basira.articlesPerSecond(), plain.articlesPerSecond())).isEqualTo(2.5);
    assertThat(Throughput.ratio(basira.tokensPerSecond(), plain.tokensPerSecond())).isEqualTo(2.5);
    assertThat(Throughput.ratio(12.0, 16.0)).isEqualTo(0.75);
  }

  @Test
  void leavesAFigureOpenRatherThanDividingByNothing() {
    assertThat(Throughput.ratio(3.0, 0.0)).isNaN();
    assertThat(Throughput.ratio(-1, 5.0)).isNaN();
    assertThat(Throughput.ratio(Double.NaN, 5.0)).isNaN();
    assertThat(new Throughput(1, List.of(1.0), 1, 1, BenchSubjects.Work.UNCOUNTED).tokensPerSecond()).isNaN();
  }

  @Test
  void fillsInTheTokenCountOnceAPipelineHasCountedIt() {
    Throughput uncounted = new Throughput(1, List.of(2.0), 1, 10, BenchSubjects.Work.UNCOUNTED);

    assertThat(uncounted.withTokens(500).tokensPerSecond()).isEqualTo(250.0);
  }

  @Test
  void addsWorkAndKeepsTokensUncountedIfEitherSideIs() {
    BenchSubjects.Work counted = new BenchSubjects.Work(3, 40);

    assertThat(counted.plus(new BenchSubjects.Work(2, 10))).isEqualTo(new BenchSubjects.Work(5, 50));
    assertThat(counted.plus(new BenchSubjects.Work(2, BenchSubjects.Work.UNCOUNTED)).tokens())
        .isEqualTo(BenchSubjects.Work.UNCOUNTED);
  }

  @Test
  void sharesTheTimeOutByStageInStageOrder() {
    Map<String, Duration> times = new LinkedHashMap<>();
    times.put("linguistic", Duration.ofSeconds(3));
    times.put("actors", Duration.ofSeconds(1));

    assertThat(PipelineFigures.percentByStage(times)).containsExactly(Map.entry("linguistic", 75.0),
        Map.entry("actors", 25.0));
    assertThat(PipelineFigures.percentByStage(Map.of("linguistic", Duration.ZERO)))
        .containsExactly(Map.entry("linguistic", 0.0));
  }
}
