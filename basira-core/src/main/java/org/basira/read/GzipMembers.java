package org.basira.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Gzip data of one or more members one after another, as {@code .warc.gz} files are written (one
 * member a record, so that a record can be found without decompressing those before it). Unlike
 * {@link java.util.zip.GZIPInputStream}, which ends without a word at bytes that do not start a
 * member and decides whether another member follows by {@code available()}, this says when the data
 * is cut off or damaged, so an archive is never silently read only in part.
 */
final class GzipMembers extends InputStream {

  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final PushbackInputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private int filled;
  private boolean inMember;
  private boolean ended;

  /** {@code in} starts with a gzip member. */
  GzipMembers(InputStream in) {
    this.in = new PushbackInputStream(in, buffer.length);
  }

  /** Whether the bytes start as gzip data does. */
  static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!ended) {
      if (!inMember && !startMember()) {
        ended = true;
        break;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw corrupt();
      }
      if (n > 0) {
        crc.update(b, off, n);
        return n;
      }
      if (inflater.finished()) {
        endMember();
      } else if (inflater.needsDictionary()) {
        throw corrupt();
      } else if (inflater.needsInput()) {
        filled = in.read(buffer, 0, buffer.length);
        if (filled <= 0) {
          throw cutOff();
        }
        inflater.setInput(buffer, 0, filled);
      }
    }
    return -1;
  }

  /** Reads a member's header; false at the end of the data, where another member could start. */
  private boolean startMember() throws IOException {
    int id1 = in.read();
    if (id1 == -1) {
      return false;
    }
    int id2 = in.read();
    if (id2 == -1) {
      throw cutOff();
    }
    if (id1 != 0x1f || id2 != 0x8b) {
      throw new WarcRecords.Damaged(false, "is not gzip data where the next compressed record should start, so the archive is "
          + "damaged here; Basira read the records before it");
    }
    if (next() != 8) {
      throw new WarcRecords.Damaged(false, "is compressed with a gzip method other than deflate, which Basira cannot read");
    }
    int flags = next();
    skip(6); // Modification time, extra flags, operating system.
    if ((flags & FEXTRA) != 0) {
      skip(next() | next() << 8);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated();
    }
    if ((flags & FHCRC) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    inMember = true;
    return true;
  }

  /** Gives back the bytes the inflater did not use, and checks the member's trailer. */
  private void endMember() throws IOException {
    int unused = inflater.getRemaining();
    if (unused > 0) {
      in.unread(buffer, filled - unused, unused);
    }
    long storedCrc = next() | next() << 8 | next() << 16 | (long) next() << 24;
    long storedSize = next() | next() << 8 | next() << 16 | (long) next() << 24;
    if (storedCrc != crc.getValue() || storedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
      throw new WarcRecords.Damaged(false, "fails its gzip checksum, so the compressed archive is damaged here; "
          + "Basira read the records before it");
    }
    inMember = false;
  }

  private int next() throws IOException {
    int b = in.read();
    if (b == -1) {
      throw cutOff();
    }
    return b;
  }

  private void skip(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      next();
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (next() != 0) {
      // Skipped.
    }
  }

  private static WarcRecords.Damaged cutOff() {
    return new WarcRecords.Damaged(false, "is cut off in the middle of its compressed data; "
        + "the file was probably not fully downloaded");
  }

  private static WarcRecords.Damaged corrupt() {
    return new WarcRecords.Damaged(false, "holds corrupt compressed data, so the archive is damaged here; "
        + "Basira read the records before it");
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}
