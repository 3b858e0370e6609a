package org.basira.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.util.LongAccumulator;
import org.basira.analysis.ArticleAnalysis;
import org.basira.casebook.Casebook;
import org.basira.casebook.CasebookFiles;
import org.basira.gazetteer.Gazetteer;
import org.basira.names.NameMatcher;
import org.basira.nlp.CoreNlpLogging;
import org.basira.nlp.Pipeline;

/**
 * The analysis each executor runs, built there on first use from what the driver sends. The job
 * broadcasts it: an executor deserialises a broadcast value once and all its tasks share that
 * object, so CoreNLP's models (seconds and about 2 GB to load) are loaded once per executor, not
 * per record or task. The pipeline is safe to call from the executor's concurrent tasks.
 */
final class ExecutorAnalysis implements Serializable {

  private static final long serialVersionUID = 1L;

  private final byte[] casebook;
  private final String casebookSource;
  private final int maxChars;
  private final LongAccumulator loads;
  private transient volatile ArticleAnalysis analysis;

  /**
   * @param casebook the casebook's YAML, or null to analyse without one
   * @param loads counts the pipelines loaded across the cluster, for the job's report
   */
  ExecutorAnalysis(byte[] casebook, String casebookSource, int maxChars, LongAccumulator loads) {
    this.casebook = casebook == null ? null : casebook.clone();
    this.casebookSource = casebookSource;
    this.maxChars = maxChars;
    this.loads = loads;
  }

  /** Parses the casebook; the driver calls this before the job starts, so a bad one fails at once. */
  Casebook casebook() {
    return casebook == null ? null : new CasebookFiles().parse(casebook, casebookSource);
  }

  ArticleAnalysis get() {
    ArticleAnalysis built = analysis;
    if (built == null) {
      synchronized (this) {
        built = analysis;
        if (built == null) {
          built = load();
          analysis = built;
        }
      }
    }
    return built;
  }

  private ArticleAnalysis load() {
    CoreNlpLogging.quiet();
    Casebook book = casebook();
    Gazetteer gazetteer = Gazetteer.builtIn(new NameMatcher());
    if (book != null) {
      gazetteer = gazetteer.with(book.addedActors());
    }
    Pipeline pipeline = Pipeline.standard(gazetteer, book == null ? List.of() : book.scenarios());
    loads.add(1);
    return new ArticleAnalysis(pipeline, maxChars);
  }
}
