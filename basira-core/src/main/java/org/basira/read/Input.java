package org.basira.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing to read: a file or standard input. {@code name} is how messages refer to it and the
 * default article source (the file name).
 */
public record Input(String name, Path path, Opener opener) {

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
    return new Input(name == null ? file.toString() : name.toString(), file, () -> Files.newInputStream(file));
  }

  /** Where messages say the input is: its path as given, or its name for streams. */
  public String displayName() {
    return path == null ? name : path.toString();
  }

  public InputStream open() throws IOException {
    return opener.open();
  }
}
