package org.basira.store;

/**
 * Which claims to list.
 *
 * @param speaker an actor's id or any name it is written with, or null for every speaker
 * @param containing words the claim's content must contain, or null
 */
public record ClaimQuery(String speaker, String containing, int limit) {
}
