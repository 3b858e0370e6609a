package org.basira.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.basira.read.Format;
import org.basira.read.Input;
import org.basira.read.ReadOptions;
import org.basira.read.ReadResult;
import org.basira.read.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDFs made here with PDFBox, as a think tank's report or a broken download would be. */
class PdfReaderTest {

  @TempDir
  Path dir;

  private final PdfReader reader = new PdfReader();

  /** Pages of paragraphs of lines, each page with a running header and a page number at its foot. */
  private static final List<List<List<String>>> REPORT = List.of(
      List.of(
          List.of("The truce along the river held for a second week, but", "commanders on both sides reported skirmishes"),
          List.of("Local councils asked the intelli-", "gence services to share what they knew of the", "Iran-",
              "backed brigades.")),
      List.of(
          List.of("Aid convoys reached the northern villages on Tuesday,", "the first in a month.")),
      List.of(
          List.of("The report ends with three scenarios for the coming year.")));

  private static byte[] pdf(List<List<List<String>>> pages, String title, Calendar created,
      StandardProtectionPolicy protection) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      int number = 1;
      for (List<List<String>> paragraphs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(72, 800);
          cs.showText("Northern Front Quarterly - Briefing 7");
          cs.setFont(font, 11);
          cs.newLineAtOffset(0, -40);
          for (List<String> paragraph : paragraphs) {
            for (String line : paragraph) {
              cs.showText(line);
              cs.newLineAtOffset(0, -14);
            }
            cs.newLineAtOffset(0, -26);
          }
          cs.endText();
          cs.beginText();
          cs.setFont(font, 9);
          cs.newLineAtOffset(290, 40);
          cs.showText("Page " + number++);
          cs.endText();
        }
      }
      if (title != null) {
        doc.getDocumentInformation().setTitle(title);
      }
      if (created != null) {
        doc.getDocumentInformation().setCreationDate(created);
      }
      if (protection != null) {
        doc.protect(protection);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private ReadResult read(String name, byte[] bytes) {
    try (Stream<ReadResult> results = reader.read(Input.at(name, name, () -> new ByteArrayInputStream(bytes)))) {
      return results.findFirst().orElseThrow();
    }
  }

  @Test
  void aReportReadsAsParagraphsWithoutItsRunningHeaderAndPageNumbers() throws Exception {
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.clear();
    created.set(2024, Calendar.NOVEMBER, 18, 12, 0);

    ReadResult result = read("briefing-7.pdf", pdf(REPORT, "Briefing 7: The River Truce", created, null));

    assertThat(result).isInstanceOf(ReadResult.Success.class);
    var article = ((ReadResult.Success) result).article();
    assertThat(article.title()).isEqualTo("Briefing 7: The River Truce");
    assertThat(article.published()).hasToString("2024-11-18");
    assertThat(article.source()).isEqualTo("briefing-7.pdf");
    String text = article.text();
    assertThat(text).doesNotContain("Northern Front Quarterly").doesNotContain("Page 2");
    assertThat(text).contains("but commanders on both sides").contains("the intelligence services")
        .contains("the Iran-backed brigades");
    assertThat(text.split("\n\n")).as(text).hasSize(4);
    assertThat(text).startsWith("The truce along the river").endsWith("three scenarios for the coming year.");
  }

  @Test
  void aPasswordProtectedPdfIsOneFailureThatSaysWhatToDo() throws Exception {
    byte[] locked = pdf(REPORT, null, null, new StandardProtectionPolicy("owner", "reader", new AccessPermission()));

    ReadResult result = read("locked.pdf", locked);

    assertThat(result).isInstanceOf(ReadResult.Failure.class);
    assertThat(((ReadResult.Failure) result).problem()).contains("password").contains("unprotected copy");
  }

  @Test
  void aPdfThatForbidsCopyingItsTextIsNotRead() throws Exception {
    AccessPermission noCopying = new AccessPermission();
    noCopying.setCanExtractContent(false);
    byte[] closed = pdf(REPORT, null, null, new StandardProtectionPolicy("owner", "", noCopying));

    ReadResult result = read("closed.pdf", closed);

    assertThat(((ReadResult.Failure) result).problem()).contains("forbids copying");
  }

  @Test
  void aScanWithoutATextLayerAndABrokenFileAreFailuresWithTheirReason() throws Exception {
    byte[] scan;
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.addRect(100, 100, 300, 400);
        cs.fill();
      }
      doc.save(out);
      scan = out.toByteArray();
    }

    assertThat(((ReadResult.Failure) read("scan.pdf", scan)).problem()).contains("no text layer").contains("OCR");
    assertThat(((ReadResult.Failure) read("cut.pdf", "%PDF-1.7\n1 0 obj <<".getBytes(StandardCharsets.US_ASCII)))
        .problem()).contains("not a readable PDF");
  }

  @Test
  void aFolderOfPdfsGoesOnPastABadOneAndAPdfWithoutExtensionIsKnownByItsHead() throws Exception {
    Files.write(dir.resolve("a-good.pdf"), pdf(REPORT, null, null, null));
    Files.writeString(dir.resolve("b-bad.pdf"), "%PDF-1.4 not really");
    Files.write(dir.resolve("c-report"), pdf(REPORT, null, null, null));
    Readers readers = Readers.standard().with(Format.PDF, reader);

    List<ReadResult> results;
    try (Stream<ReadResult> read = readers.read(List.of(dir.toString(), dir.resolve("c-report").toString()),
        ReadOptions.DEFAULTS)) {
      results = read.toList();
    }

    assertThat(results).extracting(r -> r.getClass().getSimpleName()).containsExactly("Success", "Failure", "Success");
    assertThat(Readers.standard().read(List.of(dir.resolve("a-good.pdf").toString()), ReadOptions.DEFAULTS).toList())
        .singleElement().satisfies(r -> assertThat(((ReadResult.Failure) r).problem()).contains("does not read"));
  }
}
