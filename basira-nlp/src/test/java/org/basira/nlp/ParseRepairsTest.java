package org.basira.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The parse repairs on hand-built parses of sentences the team wrote. */
class ParseRepairsTest {

  /** A one-sentence parse: words, tags, named-entity tags, heads (-1 for the root) and relations. */
  private record Parse(String[] words, String[] tags, String[] ner, int[] heads, String[] relations) {

    static Parse of(String words, String tags, String ner, int[] heads, String relations) {
      return new Parse(words.split(" "), tags.split(" "), ner.split(" "), heads, relations.split(" "));
    }

    Parse repaired() {
      int[] sentenceOf = new int[words.length];
      Parse copy = new Parse(words, tags, ner, heads.clone(), relations.clone());
      ParseRepairs.apply(copy.words, copy.tags, copy.ner, sentenceOf, copy.heads, copy.relations);
      return copy;
    }
  }

  @Test
  void anInfinitiveHungOnALaterWordGoesToTheVerbBeforeIt() {
    // "Rebels led the militias to seize Goma , Kinshasa was unable"
    Parse parse = Parse.of("Rebels led the militias to seize Goma , Kinshasa was unable",
        "NNS VBD DT NNS IN VB NNP , NNP VBD JJ",
        "O O O O O O LOCATION O LOCATION O O",
        new int[] {1, 10, 3, 1, 10, 10, 5, 10, 10, 10, -1},
        "nsubj advcl det obj mark dep obj punct nsubj cop root");
    Parse repaired = parse.repaired();
    assertThat(repaired.heads()[5]).isEqualTo(1);
    assertThat(repaired.relations()[5]).isEqualTo("xcomp");
    assertThat(repaired.heads()[4]).isEqualTo(5);
    assertThat(repaired.relations()[4]).isEqualTo("mark");
  }

  @Test
  void anInfinitiveHungOnALaterWordWithNoVerbBeforeItStaysAsParsed() {
    Parse parse = Parse.of("to seize Goma was hard", "TO VB NNP VBD JJ", "O O LOCATION O O",
        new int[] {1, 4, 1, 4, -1}, "mark dep obj cop root");
    assertThat(parse.repaired().heads()).containsExactly(1, 4, 1, 4, -1);
  }

  @Test
  void aPhraseHungOnATimeGoesToTheVerbTheTimeBelongsTo() {
    // "Ankara renewed guarantees in recent days to the leaders"
    Parse parse = Parse.of("Ankara renewed guarantees in recent days to the leaders",
        "NNP VBD NNS IN JJ NNS IN DT NNS",
        "LOCATION O O O DATE DATE O O O",
        new int[] {1, -1, 1, 5, 5, 1, 8, 8, 5},
        "nsubj root obj case amod obl case det nmod");
    Parse repaired = parse.repaired();
    assertThat(repaired.heads()[8]).isEqualTo(1);
    assertThat(repaired.relations()[8]).isEqualTo("obl");
  }

  @Test
  void anOfPhraseOrATimeOnATimeStaysWithIt() {
    Parse ofPhrase = Parse.of("fought for weeks of rain", "VBD IN NNS IN NN", "O O DURATION O O",
        new int[] {-1, 2, 0, 4, 2}, "root case obl case nmod");
    assertThat(ofPhrase.repaired().heads()).containsExactly(-1, 2, 0, 4, 2);
    Parse range = Parse.of("fought from January to March", "VBD IN NNP IN NNP", "O O DATE O DATE",
        new int[] {-1, 2, 0, 4, 2}, "root case obl case nmod");
    assertThat(range.repaired().heads()).containsExactly(-1, 2, 0, 4, 2);
    assertThat(Arrays.asList(range.repaired().relations())).containsExactly("root", "case", "obl", "case", "nmod");
  }
}
