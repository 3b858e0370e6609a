package org.basira.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.nlp.Tokens;

/**
 * Names from CoreNLP's NER, repaired where its tagger habitually cuts Arabic names short: it
 * drops a middle word ("Jaafar [Sheikh] Mustafa"), an article-joined family name ("Shahu
 * [al-Qara Daghi]"), or a given name with an apostrophe ("[Safa'] Khalaf").
 */
final class NamedSpans {

  private static final Set<String> TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> NAME_LINKS = Set.of("al", "el", "bin", "ibn", "abu", "abd", "bint", "ul", "ad", "as");

  private final ActorLexicon lexicon;

  NamedSpans(ActorLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(Tokens tokens) {
    List<Candidate> spans = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String tag = tokens.ner(i);
      if (!TAGS.contains(tag)) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      while (last + 1 < tokens.size() && tokens.ner(last + 1).equals(tag) && sameSentence(tokens, first, last + 1)
          && !isSpacedDash(tokens, last + 1)) {
        last++;
      }
      i = last + 1;
      if (tag.equals("PERSON")) {
        first = extendLeft(tokens, first);
        int extended = extendRight(tokens, last);
        if (extended > last) {
          last = extended;
          i = last + 1;
        }
        if (isPronoun(tokens, first, last)) {
          continue;
        }
      }
      spans.add(new Candidate(tokens.start(first), tokens.end(last), first, last, Candidate.Origin.NAME, tag,
          List.of(), null));
    }
    return spans;
  }

  /** Over capitalised name words, an article ("al-") or an apostrophe glued to a given name. */
  private int extendRight(Tokens tokens, int last) {
    int j = last;
    while (j + 1 < tokens.size() && sameSentence(tokens, last, j + 1)) {
      int next = j + 1;
      String word = tokens.word(next);
      String lower = word.toLowerCase(Locale.ROOT);
      if (tokens.tag(next).equals("HYPH") && next + 1 < tokens.size() && tokens.start(next + 1) == tokens.end(next)
          && tokens.isCapitalised(next + 1)) {
        j = next;
      } else if (NAME_LINKS.contains(lower) && next + 1 < tokens.size() && tokens.tag(next + 1).equals("HYPH")) {
        j = next;
      } else if (tokens.isProperNoun(next) && tokens.isCapitalised(next)
          && (!isTitle(lower) || next + 1 < tokens.size() && tokens.ner(next + 1).equals("PERSON"))
          && (tokens.ner(next).equals("O") || tokens.ner(next).equals("PERSON"))) {
        j = next; // a middle word the tagger dropped, even a title between two names: "Jaafar Sheikh Mustafa"
      } else {
        break;
      }
    }
    // A name never ends on a link word or hyphen.
    while (j > last && (tokens.tag(j).equals("HYPH") || NAME_LINKS.contains(tokens.word(j).toLowerCase(Locale.ROOT)))) {
      j--;
    }
    return j;
  }

  /** Over a capitalised given name that the tagger left out, with a glued apostrophe (Safa'). */
  private int extendLeft(Tokens tokens, int first) {
    int j = first;
    if (j >= 2 && isGluedApostrophe(tokens, j - 1) && tokens.isCapitalised(j - 2) && tokens.isProperNoun(j - 2)
        && !isTitle(tokens.word(j - 2).toLowerCase(Locale.ROOT)) && sameSentence(tokens, j - 2, first)) {
      j -= 2;
    }
    // A given name the tagger left out: "President [Recep] Tayyip Erdogan", stopping at the title.
    while (j >= 1 && sameSentence(tokens, j - 1, first) && tokens.ner(j - 1).equals("O") && tokens.isProperNoun(j - 1)
        && tokens.isCapitalised(j - 1) && !isTitle(tokens.word(j - 1).toLowerCase(Locale.ROOT))
        && j - 1 > tokens.sentenceStart(tokens.sentence(first)) && first - j < 2) {
      j--;
    }
    return j;
  }

  /** A dash with a space on either side separates names: "Biden -Al-Kadhimi". */
  private static boolean isSpacedDash(Tokens tokens, int i) {
    String tag = tokens.tag(i);
    boolean dash = tag.equals("HYPH") || tag.equals(":") || tokens.word(i).equals("--");
    return dash && (i == 0 || tokens.start(i) != tokens.end(i - 1)
        || i + 1 >= tokens.size() || tokens.start(i + 1) != tokens.end(i));
  }

  private static boolean isGluedApostrophe(Tokens tokens, int i) {
    String w = tokens.word(i);
    return (w.equals("'") || w.equals("’")) && i > 0 && tokens.end(i - 1) == tokens.start(i);
  }

  private boolean isTitle(String lower) {
    return lexicon.titles().contains(lower);
  }

  private static boolean isPronoun(Tokens tokens, int first, int last) {
    return first == last && (tokens.tag(first).startsWith("PRP") || tokens.tag(first).equals("WP"));
  }

  private static boolean sameSentence(Tokens tokens, int a, int b) {
    return tokens.sentence(a) == tokens.sentence(b);
  }
}
