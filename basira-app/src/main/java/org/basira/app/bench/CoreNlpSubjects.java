package org.basira.app.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.Duration;
import java.util.Map;
import org.basira.app.Casebooks;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.Gazetteer;
import org.basira.model.Article;
import org.basira.names.NameMatcher;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.CoreNlpSettings;
import org.basira.nlp.Pipeline;

/** The real pipelines for {@code basira bench}: Basira's, and plain CoreNLP beside it. */
public final class CoreNlpSubjects implements BenchSubjects {

  private final Casebooks casebooks;

  /** The real pipelines, Basira's with the scenarios of the shipped casebook of {@code casebooks}. */
  public CoreNlpSubjects(Casebooks casebooks) {
    this.casebooks = casebooks;
  }

  /** Basira's pipeline as {@code extract} runs it by default: the built-in gazetteer and the shipped casebook. */
  @Override
  public Subject loadBasira() {
    startFresh();
    Casebook shipped = casebooks.shipped();
    Pipeline pipeline = Pipeline.standard(Gazetteer.builtIn(new NameMatcher()).with(shipped.addedActors()),
        shipped.scenarios());
    return new Subject() {
      @Override
      public Work process(Article article) {
        // The analysis keeps sentences but not tokens; bench takes the token count from plain.
        return new Work(pipeline.analyze(article).sentences().size(), Work.UNCOUNTED);
      }

      @Override
      public Map<String, Duration> timeByStage() {
        return pipeline.timeByStage();
      }
    };
  }

  @Override
  public Subject loadPlain() {
    startFresh();
    StanfordCoreNLP coreNlp = new StanfordCoreNLP(CoreNlpSettings.PLAIN.toProperties());
    return article -> {
      Annotation annotation = new Annotation(article.text());
      coreNlp.annotate(annotation);
      return new Work(annotation.get(CoreAnnotations.SentencesAnnotation.class).size(),
          annotation.get(CoreAnnotations.TokensAnnotation.class).size());
    };
  }

  /**
   * CoreNLP caches annotators process-wide by their settings. Clearing the cache makes each
   * pipeline load every model itself, so load times are fair, and lets the first pipeline's models
   * be collected once bench has done with it.
   */
  private static void startFresh() {
    CoreNlpLogging.quiet();
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
