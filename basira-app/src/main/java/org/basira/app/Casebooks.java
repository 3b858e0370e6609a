package org.basira.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.basira.casebook.Casebook;
import org.basira.casebook.CasebookException;
import org.basira.casebook.CasebookFiles;
import org.basira.gazetteer.Gazetteer;
import org.basira.store.StoredCasebook;
import org.basira.store.Workspace;

/**
 * Where commands get their casebook: the file the user names, none, or the one shipped with Basira
 * ({@code casebooks/iraq-2021.yaml}, bundled in the jar), which is the default.
 */
public final class Casebooks {

  /** The --casebook value that asks for no casebook, hence no scenario references. */
  static final String NONE = "none";
  static final String SHIPPED_FILE = "iraq-2021.yaml";

  private final CasebookFiles files = new CasebookFiles();
  private final Supplier<Casebook> shipped = new Once<>(this::readShipped);

  /** The shipped casebook. */
  public Casebook shipped() {
    return shipped.get();
  }

  /**
   * The casebook an option names: a file, {@value #NONE} for none, or null for the shipped one. A
   * casebook that cannot be used is a user error naming the file, the place and the fix.
   */
  public Optional<Casebook> named(String option) {
    if (option == null) {
      return Optional.of(shipped());
    }
    if (option.equals(NONE)) {
      return Optional.empty();
    }
    try {
      return Optional.of(files.read(Path.of(option)));
    } catch (CasebookException e) {
      throw new UserError(e.getMessage() + ".", ExitCodes.USAGE);
    }
  }

  /**
   * The casebook for work on a workspace: the one the option names, else the one the workspace's
   * last ingest kept, else the shipped one. A workspace thus keeps weighing its evidence by the
   * casebook it was built with.
   */
  public Optional<Casebook> forWorkspace(String option, Path folder) {
    if (option != null) {
      return named(option);
    }
    Optional<StoredCasebook> kept = Optional.empty();
    if (Files.isRegularFile(folder.resolve(Workspace.DATABASE))) {
      try (Workspace store = Workspace.openForReading(folder)) {
        kept = store.casebook();
      }
    }
    return Optional.of(keptOrShipped(kept, folder));
  }

  /** The casebook a workspace in {@code folder} keeps, else the shipped one. */
  Casebook keptOrShipped(Optional<StoredCasebook> kept, Path folder) {
    return kept.map(c -> kept(c, folder)).orElseGet(this::shipped);
  }

  /** The casebook a workspace keeps, read again as the file it was. */
  private Casebook kept(StoredCasebook stored, Path folder) {
    try {
      return files.parse(stored.yaml().getBytes(StandardCharsets.UTF_8), stored.source() + " (as kept in " + folder + ")");
    } catch (CasebookException e) {
      throw new UserError(e.getMessage() + "; name a casebook with --casebook.", ExitCodes.USAGE);
    }
  }

  /** Refuses a casebook that names actor ids neither the gazetteer nor the casebook itself holds. */
  static void checkActors(Casebook casebook, Gazetteer gazetteer) {
    List<String> unknown = casebook.unknownActorIds(id -> gazetteer.entry(id).isPresent());
    if (!unknown.isEmpty()) {
      throw new UserError(casebook.source() + ": the actor ids " + String.join(", ", unknown) + " are neither in the "
          + "built-in gazetteer nor added by the casebook; add them under 'actors' with a name and a type, or fix "
          + "the ids (see docs/casebooks.md).", ExitCodes.USAGE);
    }
  }

  private Casebook readShipped() {
    try (InputStream in = Casebooks.class.getResourceAsStream("casebooks/" + SHIPPED_FILE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped casebook is missing from the jar; rebuild Basira");
      }
      return files.parse(in.readAllBytes(), "the shipped casebook casebooks/" + SHIPPED_FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
