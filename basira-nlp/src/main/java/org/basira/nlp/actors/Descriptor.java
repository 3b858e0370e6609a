package org.basira.nlp.actors;

import java.util.List;
import org.basira.gazetteer.AliasMatch;

/**
 * A group noun and what qualifies it: "Iranian-backed Shiite militias" is an armed-group head
 * with a sect (Shia) and a sponsor (Iran).
 *
 * @param owners gazetteer actors named in its modifiers ("Iraqi" in "Iraqi forces")
 * @param ownerNames names in its modifiers that are no gazetteer alias ("Biden" in "Biden administration")
 * @param sects communities among its modifiers ("Shiite")
 * @param sponsors actors it is tied to ("-backed", "pro-", "linked to")
 * @param definite whether "the" stands before it
 * @param bare whether nothing but "the" and evaluative adjectives qualify it ("the government")
 */
record Descriptor(ActorLexicon.HeadClass head, String headWords, List<AliasMatch.Target> owners,
    List<String> ownerNames, List<String> sects, List<String> sponsors, boolean definite, boolean bare) {
}
