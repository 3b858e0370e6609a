package org.basira.scenarios;

import java.time.YearMonth;
import java.util.Objects;
import org.basira.model.ActorType;
import org.basira.model.Stance;

/**
 * One stored reference to a scenario, with what the board needs to weigh it: the article, the
 * attribution it sits in and who holds the view.
 *
 * @param published the article's month, or null when undated
 * @param attribution index of the attribution in its article, or null for the article's own voice
 * @param holder canonical actor id of the holder, or null
 * @param holderName how the holder is written, or null
 * @param holderType the holder's actor type, or null
 * @param holderDescription the holder's role as the article gives it ("an Iraqi researcher"), or null
 * @param claim the attribution's content, or null
 * @param sentence the sentence the reference sits in
 */
public record ScenarioView(String articleId, String articleTitle, YearMonth published, Integer attribution,
    String holder, String holderName, ActorType holderType, String holderDescription, String scenario, Stance stance,
    String text, String claim, String sentence) {

  public ScenarioView {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(text, "text");
  }
}
