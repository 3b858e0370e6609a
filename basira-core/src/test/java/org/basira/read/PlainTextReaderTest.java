package org.basira.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.basira.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

  @TempDir
  Path dir;

  private final PlainTextReader reader = new PlainTextReader();

  private List<ReadResult> read(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return reader.read(Input.of(file)).toList();
  }

  private Article article(String name, String text) throws Exception {
    ReadResult result = read(name, text.getBytes(StandardCharsets.UTF_8)).get(0);
    assertThat(result).isInstanceOf(ReadResult.Success.class);
    return ((ReadResult.Success) result).article();
  }

  @Test
  void takesTheTextByteForByteWithoutTrimmingOrNormalising() throws Exception {
    String text = "  \u201CWe will stay,\u201D he said.\r\n\r\nTabs\there, trailing space \n\n";

    Article article = article("a.txt", text);

    assertThat(article.text()).isEqualTo(text);
    assertThat(article.id()).isEqualTo(Article.idOf(text));
    assertThat(article.source()).isEqualTo("a.txt");
    assertThat(article.language()).isEqualTo("en");
  }

  @Test
  void keepsAByteOrderMarkSoThatOffsetsAndTheIdMatchTheFile() throws Exception {
    byte[] bytes = "\uFEFFBaghdad, 2021.".getBytes(StandardCharsets.UTF_8);

    ReadResult.Success result = (ReadResult.Success) read("bom.txt", bytes).get(0);

    assertThat(result.article().text()).startsWith("\uFEFF").hasSize(15);
    assertThat(result.article().id()).isEqualTo(sha256(bytes));
  }

  @Test
  void takesAHeadlineStandingAloneOnTheFirstLineAsTheTitle() throws Exception {
    assertThat(article("h.txt", "Militias Regroup in Diyala\n\nThe body starts here.").title())
        .isEqualTo("Militias Regroup in Diyala");
    assertThat(article("h.md", "# Militias *Regroup*\n\nBody.").title()).isEqualTo("Militias *Regroup*");
  }

  @Test
  void findsNoTitleWhenTheTextStartsWithItsBody() throws Exception {
    assertThat(article("b.txt", "\"We stay,\" he said.\n\nMore.").title()).isNull();
    assertThat(article("c.txt", "One paragraph only, ending in a full stop.").title()).isNull();
  }

  @Test
  void guessesArabicFromTheScript() throws Exception {
    assertThat(article("ar.txt", "قال الكاظمي إن العراق لن يكون ساحة لتصفية الحسابات").language()).isEqualTo("ar");
  }

  @Test
  void refusesAnEmptyFileSayingSo() throws Exception {
    assertThat(read("empty.txt", new byte[0])).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> {
          assertThat(f.input()).endsWith("empty.txt");
          assertThat(f.problem()).contains("is empty");
        });
    assertThat(read("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem()).contains("only white space"));
  }

  @Test
  void refusesABinaryFileSayingWhatItLooksLike() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    assertThat(read("image.txt", png)).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem()).contains("binary"));
  }

  @Test
  void refusesTextThatIsNotUtf8NamingTheOffendingByte() throws Exception {
    byte[] latin1 = "Caf\u00e9 in Mosul".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(read("latin1.txt", latin1)).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem())
            .contains("not valid UTF-8").contains("0xE9").contains("byte offset 3").contains("convert it"));
  }

  @Test
  void reportsAFileThatDisappearedAsAFailureNotAnException() {
    Path missing = dir.resolve("gone.txt");

    assertThat(reader.read(Input.of(missing)).toList()).singleElement()
        .isInstanceOfSatisfying(ReadResult.Failure.class, f -> assertThat(f.problem()).contains("does not exist"));
  }

  static String sha256(byte[] bytes) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
