package org.basira.store;

/**
 * One actor across the workspace's articles.
 *
 * @param names every name and mention text it has been written with, most used first
 */
public record ActorSummary(String id, String name, String type, long articles, long mentions, java.util.List<String> names) {

  public ActorSummary {
    names = java.util.List.copyOf(names);
  }
}
