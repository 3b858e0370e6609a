package org.basira.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing to read: a file, standard input, or a stream from elsewhere (a Hadoop file system).
 * {@code name} is the default article source (the file name); {@code location}, when known, is
 * how messages refer to it (the path as given, a URI), else the name.
 */
public record Input(String name, String location, Opener opener) {

  /** Opens the input's bytes; a file input opens the file, standard input is opened once. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(opener, "opener");
  }

  public static Input of(Path file) {
    Path name = file.getFileName();
    return new Input(name == null ? file.toString() : name.toString(), file.toString(), () -> Files.newInputStream(file));
  }

  /** A stream opened elsewhere, named {@code name} and found at {@code location}. */
  public static Input at(String name, String location, Opener opener) {
    return new Input(name, location, opener);
  }

  /** Where messages say the input is: its path as given, or its name for streams. */
  public String displayName() {
    return location == null ? name : location;
  }

  public InputStream open() throws IOException {
    return opener.open();
  }
}
