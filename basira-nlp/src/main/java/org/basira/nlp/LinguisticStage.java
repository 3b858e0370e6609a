package org.basira.nlp;

import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.basira.model.Sentence;

/**
 * Linguistic annotation by Stanford CoreNLP: tokens, sentences, POS, lemmas, NER and normalised
 * dates, dependency parse. The models load once, when this stage is built, and the stage is then
 * shared by every thread (CoreNLP's annotate is thread-safe).
 */
public final class LinguisticStage implements Stage {

  private final StanfordCoreNLP coreNlp;

  public LinguisticStage(CoreNlpSettings settings) {
    this.coreNlp = new StanfordCoreNLP(settings.toProperties());
  }

  @Override
  public String name() {
    return "linguistic";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.LINGUISTIC);
  }

  @Override
  public void process(AnnotatedArticle article) {
    Annotation annotation = new Annotation(analysable(article.text()));
    if (article.article().published() != null) {
      // SUTime resolves "last September" against the document date.
      annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate(article));
    }
    coreNlp.annotate(annotation);
    article.setAnnotation(annotation);
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      article.sentences().add(new Sentence(
          sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
  }

  /**
   * The text CoreNLP sees: the article's text with a byte-order mark blanked, same length, so
   * every CoreNLP offset is an offset into the article.
   */
  static String analysable(String text) {
    return text.replace('\uFEFF', ' ');
  }

  private static String documentDate(AnnotatedArticle article) {
    var published = article.article().published();
    return String.format("%04d-%02d-%02d", published.year(), published.month(),
        published.hasDay() ? published.day() : 15);
  }
}
