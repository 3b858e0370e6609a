package org.basira.nlp;

/**
 * Mends two mistakes the neural dependency parser makes often in news prose and that cost the
 * event stage its arguments. Each repair rewrites heads and relations in place and only where the
 * words leave no doubt.
 *
 * <ul>
 *   <li>A gerund right after a preposition read as an adjective of the noun after it: "succeeded
 *       in creating several militias" parsed as {@code amod(militias, creating)} becomes
 *       {@code advcl(succeeded, creating)}, {@code obj(creating, militias)}.
 *   <li>An infinitive hung on a bare "to": "led the coalition to invade Iraq" parsed as
 *       {@code dep(led, to)}, {@code dep(to, invade)} becomes {@code xcomp(led, invade)},
 *       {@code mark(invade, to)}.
 * </ul>
 */
final class ParseRepairs {

  private ParseRepairs() {
  }

  static void apply(String[] tags, int[] sentenceOf, int[] heads, String[] relations) {
    for (int t = 1; t < tags.length; t++) {
      if (sentenceOf[t - 1] != sentenceOf[t] || heads[t] < 0) {
        continue;
      }
      gerundAfterPreposition(t, tags, heads, relations);
      infinitiveOnBareTo(t, tags, heads, relations);
    }
  }

  private static void gerundAfterPreposition(int t, String[] tags, int[] heads, String[] relations) {
    int noun = heads[t];
    int preposition = t - 1;
    if (!tags[t].equals("VBG") || !relations[t].equals("amod") || noun <= t || !tags[noun].startsWith("NN")
        || !tags[preposition].equals("IN") || !relations[preposition].equals("case") || heads[preposition] != noun
        || heads[noun] < 0 || !(relations[noun].startsWith("obl") || relations[noun].startsWith("nmod"))) {
      return; // a noun that is a clause's predicate ("will be for providing advice") keeps the clause
    }
    heads[t] = heads[noun];
    relations[t] = relations[noun].startsWith("obl") ? "advcl" : "acl";
    heads[noun] = t;
    relations[noun] = "obj";
    heads[preposition] = t;
    relations[preposition] = "mark";
  }

  private static void infinitiveOnBareTo(int t, String[] tags, int[] heads, String[] relations) {
    int to = heads[t];
    if (!tags[t].equals("VB") || !relations[t].equals("dep") || to != t - 1 || heads[to] < 0
        || !relations[to].equals("dep") || !tags[heads[to]].startsWith("VB")) {
      return;
    }
    heads[t] = heads[to];
    relations[t] = "xcomp";
    heads[to] = t;
    relations[to] = "mark";
  }
}
