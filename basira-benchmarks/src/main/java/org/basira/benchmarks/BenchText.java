package org.basira.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Text for the benchmarks, written for them in the style of the samples: straight and curly quotes,
 * a transliterated name, a date. Repeated to the size a benchmark needs; the repo's own articles
 * are not read, so the figures do not depend on what lies beside the checkout.
 */
final class BenchText {

  /** One paragraph of about 120 words, ending in a blank line. */
  static final String PARAGRAPH = "Rockets struck the outskirts of the airport on Tuesday evening, the third "
      + "attack this month, and the provincial council met the next morning to ask for more patrols. "
      + "\u201CWe cannot keep counting the damage and calling it calm,\u201D said Hamid al-Sa\u2019adi, a council "
      + "member, after the meeting. A spokesman for the security forces said the launch site had been found "
      + "near a date farm and that two men were being questioned. Analysts in Baghdad read the attacks as "
      + "pressure before the talks on 5 October 2021; others called them the work of a small cell acting on "
      + "its own. \"Nobody has claimed it, and nobody needs to,\" one diplomat said. The ministry promised "
      + "a report within a week.\n\n";

  private BenchText() {
  }

  /** At least the given number of words, in whole paragraphs. */
  static String ofWords(int words) {
    int perParagraph = PARAGRAPH.split("\\s+").length;
    return PARAGRAPH.repeat((words + perParagraph - 1) / perParagraph);
  }

  /** At least the given number of UTF-8 bytes, in whole paragraphs. */
  static String ofBytes(int bytes) {
    int perParagraph = PARAGRAPH.getBytes(StandardCharsets.UTF_8).length;
    return PARAGRAPH.repeat((bytes + perParagraph - 1) / perParagraph);
  }
}
