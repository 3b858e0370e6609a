package org.basira.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/**
 * CoreNLP logs each model it loads to stderr; on the command line that buries Basira's own
 * messages, so commands silence it unless asked to be verbose.
 */
public final class CoreNlpLogging {

  private CoreNlpLogging() {
  }

  /** Silences CoreNLP's log output for this process; CoreNLP keeps this setting globally. */
  public static void quiet() {
    RedwoodConfiguration.empty().apply();
  }
}
