package org.basira.nlp.attributions;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotations of a text, in every style: straight and curly double quotes, «guillemets»,
 * „low-high“ quotes, and single quotes told apart from apostrophes ("Taliban's", "Safa'").
 *
 * <p>A quotation may run over paragraphs the typographic way: a paragraph left open and the next
 * one opening again continue one quotation. A quotation still open when its paragraph ends, and not
 * continued, stops there. A closing mark with nothing open is a stray and is ignored. Quotations
 * inside quotations are not reported.
 */
final class Quotes {

  private Quotes() {
  }

  private enum Family { DOUBLE, SINGLE }

  private enum Role { OPEN, CLOSE, EITHER, APOSTROPHE }

  /** The outermost quotations of {@code text}, in text order. */
  static List<Quote> find(String text) {
    BitSet doubled = new BitSet();
    String marks = withDoubledMarks(text, doubled);
    List<Quote> all = new ArrayList<>();
    for (Quote q : pair(marks, Family.DOUBLE)) {
      all.add(widened(q, doubled));
    }
    all.addAll(pair(marks, Family.SINGLE));
    all.sort(Comparator.comparingInt(Quote::start).thenComparing(Comparator.comparingInt(Quote::end).reversed()));
    List<Quote> outer = new ArrayList<>();
    for (Quote quote : all) {
      if (outer.isEmpty() || quote.start() >= outer.get(outer.size() - 1).end()) {
        outer.add(quote);
      } else if (quote.end() > outer.get(outer.size() - 1).end()) {
        // crossing quotations: a mark was misread; keep the earlier, longer-running one
        continue;
      }
    }
    return outer;
  }

  private static List<Quote> pair(String text, Family family) {
    Paragraphs paragraphs = new Paragraphs(text);
    List<Quote> quotes = new ArrayList<>();
    int open = -1;
    char opener = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && open >= 0 && paragraphs.endsParagraph(i)) {
        int next = nextParagraphStart(text, i);
        if (next < text.length() && familyOf(text.charAt(next)) == family && opens(text.charAt(next))
            && role(text, next, family) == Role.OPEN) {
          i = next; // the quotation goes on in the next paragraph, which opens it again
          continue;
        }
        quotes.add(unclosed(text, open, i));
        open = -1;
        continue;
      }
      if (familyOf(c) != family) {
        continue;
      }
      Role role = role(text, i, family);
      if (role == Role.APOSTROPHE) {
        continue;
      }
      if (open >= 0 && role != Role.OPEN && closes(opener, c)) {
        quotes.add(new Quote(open, i + 1, open + 1, i));
        open = -1;
      } else if (role != Role.CLOSE && opens(c) && (open < 0 || family == Family.DOUBLE && role == Role.OPEN)) {
        open = i; // with one already open, two openers in a row: the first was a stray
        opener = c;
      }
    }
    if (open >= 0) {
      quotes.add(unclosed(text, open, text.length()));
    }
    quotes.removeIf(q -> q.contentEnd() <= q.contentStart());
    return quotes;
  }

  /**
   * The text with each doubled mark of newswire typesetting, two apostrophes or two backticks
   * (''like this'', ``or this''), read as one straight double quote: the first character becomes
   * the quote and the second stands in for the character after the mark, so that the mark is read
   * in its true surroundings and no offset moves. {@code doubled} gets the start of each.
   */
  private static String withDoubledMarks(String text, BitSet doubled) {
    if (text.indexOf("''") < 0 && text.indexOf("``") < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i + 1 < chars.length; i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '`') && text.charAt(i + 1) == c && (i + 2 >= chars.length || text.charAt(i + 2) != c)) {
        doubled.set(i);
        chars[i] = '"';
        char after = i + 2 < chars.length ? text.charAt(i + 2) : ' ';
        chars[i + 1] = after == '\n' || familyOf(after) != null ? ' ' : after;
        i++;
      }
    }
    return new String(chars);
  }

  /** A quotation found with doubled marks read as one: its content and end past their second character. */
  private static Quote widened(Quote q, BitSet doubled) {
    boolean opensDoubled = doubled.get(q.start());
    boolean closesDoubled = q.end() - 1 > q.start() && doubled.get(q.end() - 1);
    if (!opensDoubled && !closesDoubled) {
      return q;
    }
    int contentStart = opensDoubled ? q.contentStart() + 1 : q.contentStart();
    int end = closesDoubled ? q.end() + 1 : q.end();
    return new Quote(q.start(), end, contentStart, Math.max(contentStart, q.contentEnd()));
  }

  /** An open quotation cut at the end of its paragraph ({@code lineBreak}), trailing space left out. */
  private static Quote unclosed(String text, int open, int lineBreak) {
    int end = lineBreak;
    while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Quote(open, end, open + 1, end);
  }

  private static int nextParagraphStart(String text, int lineBreak) {
    int i = lineBreak;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Family familyOf(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> Family.DOUBLE;
      case '\'', '\u2018', '\u2019', '\u2039', '\u203A' -> Family.SINGLE;
      default -> null;
    };
  }

  private static boolean opens(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u2018' || c == '\u2039';
  }

  private static boolean closes(char opener, char c) {
    return switch (opener) {
      case '"' -> c == '"' || c == '\u201D' || c == '\u201C';
      case '\u201C' -> c == '\u201D' || c == '"';
      case '\u201E' -> c == '\u201C' || c == '\u201D' || c == '"';
      case '\u00AB' -> c == '\u00BB';
      case '\'' -> c == '\'' || c == '\u2019';
      case '\u2018' -> c == '\u2019' || c == '\'';
      case '\u2039' -> c == '\u203A';
      default -> false;
    };
  }

  /**
   * What a mark can be where it stands. A mark after space and before a word opens; one after a
   * word and before space or punctuation closes. A single mark between two letters is an apostrophe
   * ("don't"); one after a letter closes, so with nothing open it is an apostrophe too ("Safa'").
   */
  private static Role role(String text, int i, Family family) {
    char c = text.charAt(i);
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    boolean spaceBefore = Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0
        || familyOf(before) != null && familyOf(before) != family;
    boolean spaceAfter = Character.isWhitespace(after) || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(after) >= 0
        || familyOf(after) != null && familyOf(after) != family;
    if (family == Family.SINGLE && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      return Role.APOSTROPHE;
    }
    if (c == '\u201D' || c == '\u00BB' || c == '\u203A') {
      return Role.CLOSE;
    }
    if (c == '\u201C' || c == '\u00AB' || c == '\u2039' || c == '\u201E' || c == '\u2018') {
      return spaceBefore || !spaceAfter ? Role.OPEN : Role.CLOSE;
    }
    if (spaceBefore && !spaceAfter) {
      return Role.OPEN;
    }
    if (!spaceBefore && spaceAfter) {
      return Role.CLOSE;
    }
    return Role.EITHER;
  }
}
