package org.basira.nlp.actors;

import org.basira.model.ActorType;

/** The actor a mention is linked to. */
record ActorRef(String id, String name, ActorType type) {
}
