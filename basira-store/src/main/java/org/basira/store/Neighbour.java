package org.basira.store;

/**
 * An actor seen with another: in how many articles both are named, and how many reported events go
 * from the other to this one and back.
 *
 * @param articles articles that name both
 * @param actedOn reported events in which the other actor acts on this one
 * @param actedBy reported events in which this one acts on the other
 */
public record Neighbour(String id, String name, String type, long articles, long actedOn, long actedBy) {
}
