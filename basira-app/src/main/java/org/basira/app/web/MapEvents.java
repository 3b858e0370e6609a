package org.basira.app.web;

import java.io.StringWriter;
import org.basira.store.Workspace;

/** The workspace's located events as GeoJSON, for the map page; the map filters them in the browser. */
final class MapEvents {

  private MapEvents() {
  }

  static String of(Workspace workspace) {
    StringWriter out = new StringWriter();
    workspace.exportEventMap(out);
    return out.toString();
  }
}
