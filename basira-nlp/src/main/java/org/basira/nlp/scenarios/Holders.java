package org.basira.nlp.scenarios;

import java.util.List;
import org.basira.model.Attribution;

/**
 * Whose view a reference states: the speaker of the attribution whose content holds it, or of the
 * attribution whose reporting clause it sits in, after the speaker ("Khalaf sheds light on another
 * scenario, saying that ..."); otherwise the article's own voice.
 */
final class Holders {

  /** The holder of a reference: an actor id or null, and the attribution's index or null. */
  record Holder(String actor, Integer attribution) {
    static final Holder ARTICLE = new Holder(null, null);
  }

  Holder of(List<Attribution> attributions, int sentence, int start, int end) {
    for (int a = 0; a < attributions.size(); a++) {
      Attribution attribution = attributions.get(a);
      if (attribution.content().start() <= start && end <= attribution.content().end()) {
        return new Holder(attribution.speaker().actor(), a);
      }
    }
    for (int a = 0; a < attributions.size(); a++) {
      Attribution attribution = attributions.get(a);
      int speakerEnd = attribution.speaker().end();
      if (attribution.sentence() == sentence && speakerEnd > 0 && speakerEnd <= start
          && end <= attribution.content().start()) {
        return new Holder(attribution.speaker().actor(), a);
      }
    }
    return Holder.ARTICLE;
  }
}
