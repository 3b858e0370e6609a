package org.basira.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding. Text is taken byte for byte so offsets index the file; a file that is not
 * UTF-8 is refused with the byte offset of the first bad byte rather than silently repaired.
 */
final class TextDecoding {

  private TextDecoding() {
  }

  /** The decoded text, or throws {@link NotText} with a sentence saying what is wrong. */
  static String decode(byte[] bytes) throws NotText {
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new NotText("looks like a binary file (a NUL byte at byte " + nul
          + "), not text; give Basira text, Markdown, HTML or JSON Lines");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new NotText(String.format(
          "is not valid UTF-8 (byte 0x%02X at byte offset %d); convert it to UTF-8, for example with iconv -f windows-1256 -t utf-8",
          bytes[in.position()] & 0xff, in.position()));
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new NotText("is not valid UTF-8 (it ends inside a character); convert it to UTF-8");
    }
    out.flip();
    return out.toString();
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Bytes that are not UTF-8 text. */
  static final class NotText extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final String problem;

    NotText(String problem) {
      this.problem = problem;
    }

    @Override
    public String getMessage() {
      return problem;
    }
  }
}
