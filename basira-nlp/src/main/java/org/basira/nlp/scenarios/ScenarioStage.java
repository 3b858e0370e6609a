package org.basira.nlp.scenarios;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.basira.casebook.Scenario;
import org.basira.model.ScenarioRef;
import org.basira.model.Stance;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Layer;
import org.basira.nlp.Stage;
import org.basira.nlp.Tokens;

/**
 * The scenario layer: references to the casebook's scenarios, each with its holder and the
 * holder's stance. {@link References} finds them, {@link Holders} says whose view each is (it runs
 * after the attribution stage), and {@link Stances} reads the stance. A sentence that names one
 * scenario several times for one holder gives one reference, the first.
 */
public final class ScenarioStage implements Stage {

  private final References references;
  private final Stances stances;
  private final Holders holders = new Holders();

  public ScenarioStage(List<Scenario> scenarios) {
    ReferenceLexicon lexicon = ReferenceLexicon.load();
    this.references = new References(lexicon, new ScenarioTerms(scenarios));
    this.stances = new Stances(lexicon);
  }

  @Override
  public String name() {
    return "scenarios";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.LINGUISTIC, Layer.ATTRIBUTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SCENARIOS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    Tokens tokens = article.tokens();
    String named = null;
    List<ScenarioRef> found = new ArrayList<>();
    for (int s = 0; s < tokens.sentences(); s++) {
      if (tokens.sentenceStart(s) >= tokens.sentenceEnd(s)) {
        continue;
      }
      Words words = new Words(tokens, s);
      if (words.size() == 0) {
        continue;
      }
      References.Found inSentence = references.find(words, named);
      named = inSentence.named();
      Stances.Cues cues = stances.new Cues(words);
      Set<String> seen = new HashSet<>();
      for (Reference reference : inSentence.references()) {
        int start = tokens.start(reference.first());
        int end = tokens.end(reference.last());
        Holders.Holder holder = holders.of(article.attributions(), s, start, end);
        if (!seen.add(reference.scenario() + "\u001f" + Objects.toString(holder.actor(), "") + "\u001f"
            + Objects.toString(holder.attribution(), ""))) {
          continue;
        }
        Stance stance = cues.of(reference);
        found.add(new ScenarioRef(reference.scenario(), article.text().substring(start, end), start, end,
            holder.actor(), stance, holder.attribution()));
      }
    }
    article.scenarioRefs().addAll(found);
  }
}
