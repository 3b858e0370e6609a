package org.basira.app.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.basira.casebook.Casebook;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.scenarios.ScenarioBoard;
import org.basira.store.ActorSummary;
import org.basira.store.StoredCasebook;
import org.basira.store.TimelineEntry;
import org.basira.store.TimelineQuery;
import org.basira.store.Workspace;

/**
 * The evidence base a server shows: one open workspace, the casebook that weighs it, and the
 * gazetteer that describes its actors. The workspace's database takes one statement at a time, so
 * requests take turns.
 */
public final class Library implements AutoCloseable {

  private final Workspace workspace;
  private final Function<Optional<StoredCasebook>, Casebook> casebookOf;
  private final Gazetteer gazetteer;

  /**
   * @param casebookOf the casebook to weigh the workspace by, given the one it keeps (if any)
   */
  public Library(Workspace workspace, Function<Optional<StoredCasebook>, Casebook> casebookOf, Gazetteer gazetteer) {
    this.workspace = workspace;
    this.casebookOf = casebookOf;
    this.gazetteer = gazetteer;
  }

  /** Runs {@code query} on the workspace, alone. */
  public synchronized <T> T read(Function<Workspace, T> query) {
    return query.apply(workspace);
  }

  /** The casebook the workspace is weighed by: the one it keeps, else the shipped one. */
  public synchronized Casebook casebook() {
    return casebookOf.apply(workspace.casebook());
  }

  /** The scenario board now, with every rating analysts have made. */
  public synchronized ScenarioBoard board() {
    return workspace.board(casebook());
  }

  /** The actor an id or any of its names denotes, across spellings; empty when none does. */
  public synchronized Optional<ActorSummary> actorCalled(String idOrName) {
    List<String> ids = workspace.actorsCalled(idOrName);
    return ids.isEmpty() ? Optional.empty() : workspace.actor(ids.get(0));
  }

  /** Events as {@link Workspace#timeline} gives them, at {@code place} or within it (anywhere, if null or blank). */
  public synchronized List<TimelineEntry> timeline(TimelineQuery query, String place) {
    return workspace.timeline(place == null || place.isBlank() ? query : query.at(place.strip()));
  }

  /** What the gazetteer says of an actor id: its names in both scripts and its affiliations. */
  public Optional<GazetteerEntry> entry(String actorId) {
    return gazetteer.entry(actorId);
  }

  public Path folder() {
    return workspace.folder();
  }

  @Override
  public synchronized void close() {
    workspace.close();
  }
}
