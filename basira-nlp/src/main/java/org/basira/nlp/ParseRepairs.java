package org.basira.nlp;

/**
 * Mends mistakes the neural dependency parser makes often in news prose and that cost the event
 * stage its arguments. Each repair rewrites heads and relations in place and only where the words
 * leave no doubt.
 *
 * <ul>
 *   <li>A gerund right after a preposition read as an adjective of the noun after it: "managed
 *       in arming two brigades" parsed as {@code amod(brigades, arming)} becomes
 *       {@code advcl(managed, arming)}, {@code obj(arming, brigades)}.
 *   <li>An infinitive hung on a bare "to": "sent the militia to seize Goma" parsed as
 *       {@code dep(sent, to)}, {@code dep(to, seize)} becomes {@code xcomp(sent, seize)},
 *       {@code mark(seize, to)}; so does one hung on a word after it ("sent the militia to seize
 *       Goma in May, while Kinshasa was unable ..." parsed as {@code dep(unable, seize)}), which goes
 *       to the nearest verb before it.
 *   <li>A phrase hung on a time: "gave guarantees in recent days to the leaders of Somaliland"
 *       parsed as {@code nmod(days, leaders)} becomes {@code obl(gave, leaders)}; a time says when
 *       the verb happened and takes no "to" phrase of its own.
 * </ul>
 */
final class ParseRepairs {

  private ParseRepairs() {
  }

  static void apply(String[] words, String[] tags, String[] ner, int[] sentenceOf, int[] heads, String[] relations) {
    for (int t = 1; t < tags.length; t++) {
      if (sentenceOf[t - 1] != sentenceOf[t] || heads[t] < 0) {
        continue;
      }
      gerundAfterPreposition(t, tags, heads, relations);
      infinitiveOnBareTo(t, tags, heads, relations);
      infinitiveHungAhead(t, words, tags, sentenceOf, heads, relations);
    }
    for (int t = 0; t < tags.length; t++) {
      if (heads[t] >= 0) {
        phraseOnTime(t, words, tags, ner, sentenceOf, heads, relations);
      }
    }
  }

  private static void gerundAfterPreposition(int t, String[] tags, int[] heads, String[] relations) {
    int noun = heads[t];
    int preposition = t - 1;
    if (!tags[t].equals("VBG") || !relations[t].equals("amod") || noun <= t || !tags[noun].startsWith("NN")
        || !tags[preposition].equals("IN") || !relations[preposition].equals("case") || heads[preposition] != noun
        || heads[noun] < 0 || !(relations[noun].startsWith("obl") || relations[noun].startsWith("nmod"))) {
      return; // a noun that is a clause's predicate ("will be for training the police") keeps the clause
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

  private static void infinitiveHungAhead(int t, String[] words, String[] tags, int[] sentenceOf, int[] heads,
      String[] relations) {
    int to = t - 1;
    if (!tags[t].equals("VB") || !relations[t].equals("dep") || heads[t] <= t || !words[to].equalsIgnoreCase("to")) {
      return;
    }
    for (int v = to - 1; v >= 0 && sentenceOf[v] == sentenceOf[t]; v--) {
      if (tags[v].startsWith("VB") && !relations[v].startsWith("aux") && !relations[v].equals("cop")) {
        heads[t] = v;
        relations[t] = "xcomp";
        heads[to] = t;
        relations[to] = "mark";
        return;
      }
    }
  }

  private static void phraseOnTime(int n, String[] words, String[] tags, String[] ner, int[] sentenceOf, int[] heads,
      String[] relations) {
    int time = heads[n];
    if (!relations[n].equals("nmod") || !isTime(ner[time]) || isTime(ner[n]) || heads[time] < 0
        || !relations[time].startsWith("obl") || !tags[heads[time]].startsWith("VB")) {
      return;
    }
    String preposition = "";
    for (int c = n - 1; c >= 0 && sentenceOf[c] == sentenceOf[n] && preposition.isEmpty(); c--) {
      if (heads[c] == n && relations[c].equals("case")) {
        preposition = words[c].toLowerCase(java.util.Locale.ROOT);
      }
    }
    if (preposition.isEmpty() || preposition.equals("of")) {
      return; // "the weeks of fighting" belong together
    }
    heads[n] = heads[time];
    relations[n] = "obl";
  }

  private static boolean isTime(String ner) {
    return ner.equals("DATE") || ner.equals("DURATION") || ner.equals("TIME");
  }
}
