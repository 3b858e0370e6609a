package org.basira.nlp.attributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks paired in every style, on short texts the team wrote. */
class QuotesTest {

  private static List<String> quoted(String text) {
    return Quotes.find(text).stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
  }

  @Test
  void pairsStraightCurlyAndGuillemetQuotes() {
    assertThat(quoted("He said \"we stay\" and she said \u201Cwe go\u201D and they said \u00ABwe wait\u00BB."))
        .containsExactly("we stay", "we go", "we wait");
  }

  @Test
  void pairsTheDoubledMarksOfNewswireTypesetting() {
    String text = "''We will rebuild the bridge,'' the mayor said. He called it ``a promise'' and the port "
        + "''a ruin.''";
    List<Quote> quotes = Quotes.find(text);
    assertThat(quoted(text)).containsExactly("We will rebuild the bridge,", "a promise", "a ruin.");
    assertThat(text.substring(quotes.get(0).start(), quotes.get(0).end())).isEqualTo("''We will rebuild the bridge,''");
    assertThat(text.substring(quotes.get(2).start(), quotes.get(2).end())).isEqualTo("''a ruin.''");
  }

  @Test
  void pairsGermanStyleLowHighQuotes() {
    assertThat(quoted("Er sagte \u201Ewir bleiben\u201C heute.")).containsExactly("wir bleiben");
  }

  @Test
  void tellsSingleQuotesFromApostrophes() {
    String text = "'We didn't lose because they were stronger,' said Omar. The Taliban's men and the militias' "
        + "leaders were not 'defeated', she said.";
    assertThat(quoted(text)).containsExactly("We didn't lose because they were stronger,", "defeated");
  }

  @Test
  void keepsAQuoteInsideAQuoteInsideTheOuterOne() {
    String text = "\u2018They told us, \u201CThe army is coming, don\u2019t be afraid,\u201D and then it left,\u2019 "
        + "said Amina, who runs a women\u2019s shop.";
    assertThat(quoted(text)).containsExactly(
        "They told us, \u201CThe army is coming, don\u2019t be afraid,\u201D and then it left,");
  }

  @Test
  void continuesAQuoteIntoTheNextParagraphThatOpensAgain() {
    String text = "\"The first part goes on.\n\n\"The second part ends here,\" she said.";
    assertThat(quoted(text)).containsExactly("The first part goes on.\n\n\"The second part ends here,");
  }

  @Test
  void stopsAnUnclosedQuoteAtTheEndOfItsParagraph() {
    String text = "He said: \"this is never closed\n\nA new paragraph \"starts here\" again.";
    assertThat(quoted(text)).containsExactly("this is never closed", "starts here");
  }

  @Test
  void ignoresAStrayClosingMark() {
    String text = "It read \u201Cthe mission ends.\u201D and more, by the end of the year.\" Then nothing.";
    assertThat(quoted(text)).containsExactly("the mission ends.");
  }

  @Test
  void treatsSingleLineBreaksAsWrappedLinesWhenParagraphsAreSeparatedByBlankLines() {
    String text = "\"This quote is wrapped\nover two lines,\" he said.\n\nNext paragraph.";
    assertThat(quoted(text)).containsExactly("This quote is wrapped\nover two lines,");
  }
}
