package org.basira.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.basira.model.Actor;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.Event;
import org.basira.model.ScenarioRef;
import org.basira.model.Sentence;

/**
 * An article as it passes through the stages: the article, the CoreNLP annotation once the
 * linguistic stage has run, and the layers the stages add. It belongs to one thread for the
 * duration of one analysis.
 */
public final class AnnotatedArticle {

  private final Article article;
  private Annotation annotation;
  private Tokens tokens;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Actor> actors = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<ScenarioRef> scenarioRefs = new ArrayList<>();

  public AnnotatedArticle(Article article) {
    this.article = Objects.requireNonNull(article, "article");
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  /** The CoreNLP annotation; present once the linguistic stage has run. */
  public Annotation annotation() {
    if (annotation == null) {
      throw new IllegalStateException("the linguistic stage has not run on this article yet");
    }
    return annotation;
  }

  void setAnnotation(Annotation annotation) {
    this.annotation = annotation;
    this.tokens = null;
  }

  /** The tokens as a plain view; built on first use. */
  public Tokens tokens() {
    if (tokens == null) {
      tokens = new Tokens(text(), annotation());
    }
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Actor> actors() {
    return actors;
  }

  public List<Attribution> attributions() {
    return attributions;
  }

  public List<Event> events() {
    return events;
  }

  public List<ScenarioRef> scenarioRefs() {
    return scenarioRefs;
  }

  /** The contract object for what the stages found. */
  public Analysis toAnalysis() {
    return new Analysis(article, actors, attributions, events, scenarioRefs, sentences);
  }
}
