package org.basira.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.gazetteer.GazetteerException;
import org.basira.store.Workspace;

/**
 * How the commands that store analyses (ingest, follow) analyse for one workspace: the user's
 * actors and the workspace's casebook, checked against the gazetteer before anything is read.
 *
 * @param batch the analysis, on the user's threads
 * @param casebook the casebook the workspace keeps, or null for none
 * @param gazetteer the built-in actors with the user's and the casebook's
 */
record WorkspaceAnalysis(Batch batch, Casebook casebook, Gazetteer gazetteer) {

  static WorkspaceAnalysis of(AnalysisOptions options, Path folder, Analyzers analyzers, Casebooks casebooks,
      Supplier<Gazetteer> builtIn) {
    List<GazetteerEntry> actors = options.actors();
    Casebook casebook = casebooks.forWorkspace(options.casebook, folder).orElse(null);
    // The gazetteer's actors are joined across articles by id alone, never by a look-alike name.
    Gazetteer curated;
    try {
      List<GazetteerEntry> added = new ArrayList<>(actors);
      if (casebook != null) {
        added.addAll(casebook.addedActors());
      }
      curated = added.isEmpty() ? builtIn.get() : builtIn.get().with(added);
    } catch (GazetteerException e) {
      throw new UserError(e.getMessage(), ExitCodes.USAGE);
    }
    // The analyzer checks the casebook against the gazetteer: only a casebook that works is kept.
    Batch batch = new Batch(analyzers.with(actors, casebook), options.threads, options.maxChars);
    return new WorkspaceAnalysis(batch, casebook, curated);
  }

  /** The workspace opened for writing, keeping this casebook. */
  Workspace open(Path folder) {
    Workspace store = Workspace.open(folder, id -> gazetteer.entry(id).isPresent());
    if (casebook != null) {
      store.keepCasebook(casebook);
    }
    return store;
  }
}
