package org.basira.model;

/** What kind of actor something is, as the contract names the kinds. */
public enum ActorType {
  PERSON, STATE, ARMED_GROUP, ORGANIZATION, PLACE, MEDIA, OTHER
}
