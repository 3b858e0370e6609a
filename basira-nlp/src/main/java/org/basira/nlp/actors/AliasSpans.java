package org.basira.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import org.basira.gazetteer.AliasMatch;
import org.basira.gazetteer.Gazetteer;
import org.basira.names.NameWords;
import org.basira.nlp.Tokens;

/** Gazetteer aliases in the text, found sentence by sentence in one pass of the alias trie. */
final class AliasSpans {

  private final Gazetteer gazetteer;
  private final NameWords words;

  AliasSpans(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.words = new NameWords(gazetteer.names().normalizer());
  }

  List<Candidate> find(Tokens tokens) {
    List<Candidate> spans = new ArrayList<>();
    for (int s = 0; s < tokens.sentences(); s++) {
      if (tokens.sentenceStart(s) >= tokens.sentenceEnd(s)) {
        continue;
      }
      int from = tokens.start(tokens.sentenceStart(s));
      int to = tokens.end(tokens.sentenceEnd(s) - 1);
      List<NameWords.Word> sentenceWords = words.split(tokens.text(), from, to);
      for (AliasMatch match : gazetteer.aliases().find(sentenceWords)) {
        int first = tokens.tokenAt(match.start());
        int last = tokens.tokenAt(Math.max(match.start(), match.end() - 1));
        spans.add(new Candidate(match.start(), match.end(), first, last, Candidate.Origin.ALIAS, "O",
            match.targets(), null));
      }
    }
    return spans;
  }
}
