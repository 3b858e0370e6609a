package org.basira.nlp;

import java.util.Properties;

/**
 * How CoreNLP is configured for Basira: the one place that names annotators and their options.
 *
 * <p>Tuned for speed where it costs no information the later stages use: fine-grained NER (a
 * large regex pass) is off, while SUTime stays on because event dates need normalised times.
 * Two line breaks end a sentence, so a headline without a full stop stays out of the next sentence.
 *
 * @param maxSentenceTokens sentences longer than this are not POS-tagged or parsed; such "sentences"
 *     are tables or lists that cost seconds and hold no attributions worth having
 */
public record CoreNlpSettings(String annotators, boolean fineGrainedNer, int maxSentenceTokens) {

  /** The pipeline every Basira command uses. */
  public static final CoreNlpSettings BASIRA = new CoreNlpSettings(
      "tokenize,ssplit,pos,lemma,ner,depparse", false, 150);

  /**
   * Plain CoreNLP with its default NER settings, the yardstick that benchmarks compare Basira with.
   */
  public static final CoreNlpSettings PLAIN = new CoreNlpSettings(
      "tokenize,ssplit,pos,lemma,ner,depparse", true, Integer.MAX_VALUE);

  public Properties toProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("tokenize.language", "en");
    if (this.equals(PLAIN)) {
      return p;
    }
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
    p.setProperty("depparse.maxlen", Integer.toString(maxSentenceTokens));
    p.setProperty("ner.maxlen", Integer.toString(maxSentenceTokens * 2));
    return p;
  }
}
