package org.basira.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.basira.model.Article;
import org.basira.model.PartialDate;
import org.basira.read.ArticleReader;
import org.basira.read.Input;
import org.basira.read.Languages;
import org.basira.read.Messages;
import org.basira.read.ReadResult;

/**
 * A PDF report as one article, read with Apache PDFBox: its text in the order the PDF draws it,
 * wrapped lines joined into paragraphs, words hyphenated at a line's end made whole again, running
 * headers and footers and page numbers left out, and its title and creation date from its metadata.
 * The article's text is that extracted text, so offsets index what Basira stores. An encrypted,
 * image-only or broken PDF is one failure with a reason; the batch goes on.
 */
public final class PdfReader implements ArticleReader {

  /** A line that is only a page number: "12", "Page 3", "Page 3 of 10", "- 4 -", "3/10". */
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "(?i)\\s*(?:page\\s+)?[-–—]?\\s*\\d{1,4}\\s*[-–—]?\\s*(?:(?:of|/)\\s*\\d{1,4})?\\s*");
  /** How many lines at the top and bottom of a page may be running headers or footers. */
  private static final int EDGE_LINES = 2;
  /** The share of pages a line must recur on, at an edge, to be a running header or footer. */
  private static final double RUNNING_SHARE = 0.6;
  /** Fewer letters than this in the whole document: a scan without a text layer. */
  private static final int LEAST_LETTERS = 20;

  @Override
  public Stream<ReadResult> read(Input input) {
    return Stream.of(readOne(input));
  }

  private ReadResult readOne(Input input) {
    byte[] bytes;
    try (InputStream in = input.open()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return new ReadResult.Failure(input.displayName(), Messages.cannotRead(e));
    }
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
        return new ReadResult.Failure(input.displayName(),
            "is an encrypted PDF that forbids copying its text; ask its publisher for an open copy");
      }
      List<List<String>> pages = pages(pdf);
      String text = text(withoutRunningLines(pages));
      if (text.codePoints().filter(Character::isLetter).count() < LEAST_LETTERS) {
        return new ReadResult.Failure(input.displayName(), "is a PDF with no text layer (a scan?); run OCR on it "
            + "first, for example with ocrmypdf, and read the result");
      }
      PDDocumentInformation info = pdf.getDocumentInformation();
      String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
      Article article = Article.of(text, title, input.name(), null, published(info.getCreationDate()),
          Languages.guess(text));
      return new ReadResult.Success(input.displayName(), article);
    } catch (InvalidPasswordException e) {
      return new ReadResult.Failure(input.displayName(), "is a password-protected PDF; open it with its password "
          + "and save an unprotected copy to read it");
    } catch (IOException | RuntimeException e) {
      return new ReadResult.Failure(input.displayName(), "is not a readable PDF (" + e.getMessage()
          + "); check the file is whole, or export it again");
    }
  }

  /** Each page's lines, as PDFBox lays them out, a blank line between paragraphs. */
  private static List<List<String>> pages(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setLineSeparator("\n");
    stripper.setParagraphEnd("\n");
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      List<String> lines = new ArrayList<>();
      for (String line : stripper.getText(pdf).split("\n", -1)) {
        lines.add(line.strip());
      }
      pages.add(lines);
    }
    return pages;
  }

  /**
   * The pages without page numbers and without the lines that recur at the top or bottom of most
   * pages (a report's title or its publisher's name), compared with their digits masked so that
   * "Page 3" and "Page 4" are one line.
   */
  static List<List<String>> withoutRunningLines(List<List<String>> pages) {
    Map<String, Integer> atEdges = new HashMap<>();
    for (List<String> page : pages) {
      Set<String> seen = new HashSet<>();
      for (int i : edges(page)) {
        seen.add(mask(page.get(i)));
      }
      seen.forEach(line -> atEdges.merge(line, 1, Integer::sum));
    }
    Set<String> running = new HashSet<>();
    if (pages.size() >= 3) {
      atEdges.forEach((line, n) -> {
        if (n >= Math.max(2, RUNNING_SHARE * pages.size())) {
          running.add(line);
        }
      });
    }
    List<List<String>> kept = new ArrayList<>();
    for (List<String> page : pages) {
      Set<Integer> edges = new HashSet<>(edges(page));
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < page.size(); i++) {
        String line = page.get(i);
        boolean runningLine = edges.contains(i) && running.contains(mask(line));
        if (!runningLine && !(line.length() > 0 && PAGE_NUMBER.matcher(line).matches())) {
          lines.add(line);
        }
      }
      kept.add(lines);
    }
    return kept;
  }

  /** The indexes of the first and last non-blank lines of a page. */
  private static List<Integer> edges(List<String> page) {
    List<Integer> filled = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) {
        filled.add(i);
      }
    }
    List<Integer> edges = new ArrayList<>();
    for (int i = 0; i < filled.size(); i++) {
      if (i < EDGE_LINES || i >= filled.size() - EDGE_LINES) {
        edges.add(filled.get(i));
      }
    }
    return edges;
  }

  private static String mask(String line) {
    return line.replaceAll("\\d+", "#").toLowerCase(Locale.ROOT).strip();
  }

  /**
   * The text: lines joined into paragraphs, a blank line between paragraphs; a word broken with a
   * hyphen at a line's end is joined again ("intelli-" "gence"), but a hyphen after a capitalised
   * part stays, since it is most often a compound's ("Iran-" "backed").
   */
  static String text(List<List<String>> pages) {
    StringBuilder text = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    for (List<String> page : pages) {
      for (String line : page) {
        if (line.isBlank()) {
          flush(text, paragraph);
          continue;
        }
        if (paragraph.length() == 0) {
          paragraph.append(line);
        } else if (brokenWord(paragraph, line)) {
          paragraph.setLength(paragraph.length() - 1);
          paragraph.append(line);
        } else if (paragraph.charAt(paragraph.length() - 1) == '-') {
          paragraph.append(line);
        } else {
          paragraph.append(' ').append(line);
        }
      }
    }
    flush(text, paragraph);
    return text.toString();
  }

  private static boolean brokenWord(StringBuilder paragraph, String next) {
    int end = paragraph.length() - 1;
    if (end < 2 || paragraph.charAt(end) != '-' || !Character.isLowerCase(paragraph.charAt(end - 1))
        || !Character.isLowerCase(next.codePointAt(0))) {
      return false;
    }
    int start = end - 1;
    while (start > 0 && Character.isLetter(paragraph.charAt(start - 1))) {
      start--;
    }
    return !Character.isUpperCase(paragraph.charAt(start));
  }

  private static void flush(StringBuilder text, StringBuilder paragraph) {
    if (paragraph.length() > 0) {
      text.append(text.length() == 0 ? "" : "\n\n").append(paragraph);
      paragraph.setLength(0);
    }
  }

  private static PartialDate published(Calendar created) {
    if (created == null) {
      return null;
    }
    return PartialDate.parse(String.format(Locale.ROOT, "%04d-%02d-%02d", created.get(Calendar.YEAR),
        created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH)));
  }
}
