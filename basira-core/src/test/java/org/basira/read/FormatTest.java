package org.basira.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class FormatTest {

  @Test
  void theExtensionSelectsTheFormatIncludingTwoPartOnes() {
    assertThat(Format.ofFileName("story.txt")).contains(Format.TEXT);
    assertThat(Format.ofFileName("Page.HTM")).contains(Format.HTML);
    assertThat(Format.ofFileName("feed.ndjson")).contains(Format.JSONL);
    assertThat(Format.ofFileName("crawl.warc")).contains(Format.WARC);
    assertThat(Format.ofFileName("crawl.warc.gz")).contains(Format.WARC);
    assertThat(Format.ofFileName("CRAWL-00001.WARC.GZ")).contains(Format.WARC);
    assertThat(Format.ofFileName("notes.txt.gz")).isEmpty();
    assertThat(Format.ofFileName("archive.gz")).isEmpty();
    assertThat(Format.ofFileName("warc")).isEmpty();
    assertThat(Format.ofFileName("README")).isEmpty();
  }

  @Test
  void theKnownExtensionsNameTheWebArchivesAndPdf() {
    assertThat(Format.knownExtensions()).startsWith(".txt, ").endsWith(".jsonl, .ndjson, .warc, .warc.gz, .pdf");
  }

  @Test
  void sniffingRecognisesAPdfByItsHead() {
    assertThat(Format.sniff("%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(Format.PDF);
    assertThat(Format.sniff("%PD".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Format.TEXT);
  }

  @Test
  void sniffingRecognisesAWebArchivePlainOrCompressed() throws Exception {
    byte[] warc = "WARC/1.0\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(warc);
    }

    assertThat(Format.sniff(warc)).isEqualTo(Format.WARC);
    assertThat(Format.sniff(gz.toByteArray())).isEqualTo(Format.WARC);
    assertThat(Format.sniff("WARC is a file format.".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Format.TEXT);
    assertThat(Format.sniff("{\"text\":\"x\"}".getBytes(StandardCharsets.US_ASCII))).isEqualTo(Format.JSONL);
  }
}
