package org.basira.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The scores of one evaluation: {@code json} has the reference scorer's report shape (layers
 * {@code attributions}, {@code events}, {@code scenario_refs}, {@code actor_resolution}, null when
 * the gold has nothing to score there), {@code summary} its one-line summary, and
 * {@code findings} the missed, spurious and partly right items behind the figures.
 */
public record Report(ObjectNode json, String summary, List<Finding> findings) {

  /** A figure by JSON pointer, such as {@code /attributions/theta_0.3/f1}; null when undefined. */
  public Double figure(String pointer) {
    var node = json.at(pointer);
    return node.isNumber() ? node.asDouble() : null;
  }
}
