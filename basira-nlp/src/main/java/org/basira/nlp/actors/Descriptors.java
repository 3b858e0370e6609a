package org.basira.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.basira.gazetteer.AliasKind;
import org.basira.gazetteer.AliasMatch;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.model.ActorType;
import org.basira.nlp.Tokens;
import org.basira.nlp.actors.ActorLexicon.HeadClass;

/**
 * Actors named by description rather than by name: a group noun from the lexicon with the words
 * that qualify it. "Malian army and security forces" is Mali's forces, "the Biden
 * administration" the US government, "ISIS fighters" ISIS, "militias loyal to Iran" an armed
 * group sponsored by Iran, and "the army", with nothing but "the", the forces of the state the
 * article is about.
 */
final class Descriptors {

  private static final int MAX_MODIFIERS = 6;
  private static final Set<String> DEFINITE = Set.of("the", "these", "those", "this", "that");

  private final ActorLexicon lexicon;
  private final Gazetteer gazetteer;
  private final int longestHead;
  private final Set<String> allHeads;

  Descriptors(ActorLexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
    this.longestHead = lexicon.longestHead();
    this.allHeads = lexicon.allHeads();
  }

  /**
   * Descriptions in the text; {@code names} are the alias and NER spans found already, which
   * supply owners and sponsors and which a description never cuts through.
   */
  List<Candidate> find(Tokens tokens, List<Candidate> names) {
    List<List<Candidate>> namesAt = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      namesAt.add(new ArrayList<>(1));
    }
    for (Candidate name : names) {
      if (name.ner().equals("MISC") && name.origin() == Candidate.Origin.NAME) {
        continue;
      }
      for (int t = name.first(); t <= name.last(); t++) {
        namesAt.get(t).add(name);
      }
    }
    List<Candidate> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.isNoun(i) || continuesCompound(tokens, i)) {
        continue;
      }
      Candidate described = describe(tokens, i, namesAt);
      if (described != null) {
        found.add(described);
      }
    }
    return found;
  }

  private Candidate describe(Tokens tokens, int headEnd, List<List<Candidate>> namesAt) {
    int headStart = -1;
    String headWords = null;
    for (int n = Math.min(longestHead, headEnd + 1); n >= 1; n--) {
      int from = headEnd - n + 1;
      if (tokens.sentence(from) != tokens.sentence(headEnd)) {
        continue;
      }
      String phrase = words(tokens, from, headEnd);
      if (allHeads.contains(phrase)) {
        headStart = from;
        headWords = phrase;
        break;
      }
    }
    if (headWords == null) {
      return null;
    }
    Candidate nameOverHead = longest(namesAt.get(headEnd), Integer.MAX_VALUE);
    if (nameOverHead != null && (nameOverHead.origin() == Candidate.Origin.ALIAS
        || nameOverHead.first() < headEnd && !nameOverHead.ner().equals("MISC"))) {
      return null; // part of a name: "Popular Mobilization Forces", "Quds Force"
    }
    if (tokens.isProperNoun(headEnd) && tokens.isCapitalised(headEnd) && tokens.ner(headEnd).equals("ORGANIZATION")) {
      return null;
    }

    // Modifiers to the left, and the names among them that end before the head.
    int headChar = tokens.start(headStart);
    Candidate[] nameAt = new Candidate[headStart];
    for (int m = Math.max(0, headStart - MAX_MODIFIERS - 1); m < headStart; m++) {
      nameAt[m] = longest(namesAt.get(m), headChar);
    }
    int modStart = headStart;
    int t = headStart - 1;
    while (t >= 0 && headStart - t <= MAX_MODIFIERS && tokens.sentence(t) == tokens.sentence(headEnd)
        && isModifier(tokens, t, headStart)) {
      modStart = t;
      t--;
    }
    // A name that the modifiers cut through is whole or not at all.
    while (modStart < headStart && nameAt[modStart] != null && nameAt[modStart].first() < modStart) {
      modStart++;
    }
    int before = modStart - 1;
    boolean definite = before >= 0 && DEFINITE.contains(tokens.word(before).toLowerCase(Locale.ROOT))
        && tokens.tag(before).equals("DT"); // not the "that" of "said that soldiers"
    int trimmed = modStart;
    while (trimmed < headStart && (lexicon.leadingAdjectives().contains(tokens.word(trimmed).toLowerCase(Locale.ROOT))
        || tokens.tag(trimmed).equals("HYPH") || tokens.tag(trimmed).equals("CC"))) {
      trimmed++;
    }

    List<AliasMatch.Target> owners = new ArrayList<>();
    List<String> ownerNames = new ArrayList<>();
    List<String> sects = new ArrayList<>();
    List<String> sponsors = new ArrayList<>();
    boolean armed = false;
    boolean qualified = false;
    for (int m = trimmed; m < headStart; m++) {
      String lower = tokens.word(m).toLowerCase(Locale.ROOT);
      if (lexicon.armedQualifiers().contains(lower)) {
        armed = true;
      }
      Candidate name = nameAt[m];
      if (name != null && name.first() == m) {
        qualified = true;
        boolean sponsor = isSponsorPrefix(tokens, m) || isSponsorSuffix(tokens, name.last());
        if (name.origin() == Candidate.Origin.ALIAS) {
          for (AliasMatch.Target target : name.targets()) {
            GazetteerEntry entry = gazetteer.entry(target.actor()).orElse(null);
            if (entry == null) {
              continue;
            }
            if (sponsor) {
              sponsors.add(target.actor());
            } else if (entry.type() == ActorType.OTHER && target.kind() == AliasKind.DEMONYM) {
              sects.add(target.actor());
            } else {
              owners.add(target);
            }
          }
        } else if (name.ner().equals("PERSON") || name.ner().equals("ORGANIZATION")) {
          ownerNames.add(tokens.text().substring(name.start(), name.end()));
        }
      } else if (tokens.isCapitalised(m) && tokens.isProperNoun(m) && name == null) {
        qualified = true;
      }
    }

    // An affiliation after the head: "militias loyal to Iran", "groups linked to Tehran".
    int end = tokens.end(headEnd);
    int after = headEnd + 1;
    for (int n = 3; n >= 1 && after < tokens.size(); n--) {
      int last = after + n - 1;
      if (last + 1 >= tokens.size() || tokens.sentence(last + 1) != tokens.sentence(headEnd)) {
        continue;
      }
      if (lexicon.sponsorPhrases().contains(words(tokens, after, last))) {
        Candidate object = longest(namesAt.get(last + 1), Integer.MAX_VALUE);
        if (object != null && object.first() == last + 1 && object.origin() == Candidate.Origin.ALIAS) {
          object.targets().forEach(target -> sponsors.add(target.actor()));
          end = object.end();
        }
        break;
      }
    }

    boolean bare = !qualified && owners.isEmpty() && ownerNames.isEmpty() && sects.isEmpty() && sponsors.isEmpty();
    HeadClass head = classify(headWords, owners, ownerNames, sects, sponsors, armed, bare, definite);
    boolean indefinite = before >= 0 && (tokens.word(before).equalsIgnoreCase("a") || tokens.word(before).equalsIgnoreCase("an"));
    if (head == null || indefinite && (head == HeadClass.GOVERNMENT || head == HeadClass.STATE)) {
      return null; // "an Iranian-style regime" is a kind of government, not Iran's
    }
    // "The army" refers only with its article; "the militias" are "militias" wherever they appear.
    int startToken = bare && definite && head != HeadClass.ARMED_GROUP ? before : trimmed;
    Descriptor descriptor = new Descriptor(head, headWords, owners, ownerNames, sects, sponsors, definite, bare);
    return new Candidate(tokens.start(startToken), end, startToken, tokens.tokenAt(end - 1),
        Candidate.Origin.DESCRIPTOR, "O", List.of(), descriptor);
  }

  private static Candidate longest(List<Candidate> names, int endingBy) {
    Candidate best = null;
    for (Candidate name : names) {
      if (name.end() <= endingBy && (best == null || name.length() > best.length())) {
        best = name;
      }
    }
    return best;
  }

  private HeadClass classify(String head, List<AliasMatch.Target> owners, List<String> ownerNames,
      List<String> sects, List<String> sponsors, boolean armed, boolean bare, boolean definite) {
    boolean stateOwner = owners.stream().anyMatch(o -> typeOf(o) == ActorType.STATE);
    boolean groupOwner = owners.stream().anyMatch(o -> typeOf(o) == ActorType.ARMED_GROUP
        || typeOf(o) == ActorType.ORGANIZATION);
    boolean personOwner = owners.stream().anyMatch(o -> typeOf(o) == ActorType.PERSON) || !ownerNames.isEmpty();
    boolean communityOwner = !sects.isEmpty();
    if (in(HeadClass.ARMED_GROUP, head) && !groupOwner
        && (!lexicon.qualifiedHeads().contains(head) || armed || !sects.isEmpty() || !sponsors.isEmpty() || stateOwner)) {
      return HeadClass.ARMED_GROUP;
    }
    if (stateOwner) {
      for (HeadClass c : List.of(HeadClass.FORCES, HeadClass.GOVERNMENT, HeadClass.PEOPLE, HeadClass.STATE)) {
        if (in(c, head)) {
          return c;
        }
      }
    }
    if (groupOwner && in(HeadClass.MEMBERS, head)) {
      return HeadClass.MEMBERS;
    }
    if (personOwner && in(HeadClass.GOVERNMENT, head) && owners.stream().noneMatch(o -> typeOf(o) == ActorType.STATE)) {
      return HeadClass.GOVERNMENT;
    }
    if (communityOwner && in(HeadClass.PEOPLE, head)) {
      return HeadClass.PEOPLE;
    }
    if (bare && definite) {
      if (in(HeadClass.FORCES, head) && !head.equals("force")) {
        return HeadClass.FORCES;
      }
      if (in(HeadClass.GOVERNMENT, head) && (head.equals("government") || head.equals("administration")
          || head.equals("authorities") || head.equals("regime"))) {
        return HeadClass.GOVERNMENT;
      }
      if (in(HeadClass.ANAPHOR, head)) {
        return HeadClass.ANAPHOR;
      }
    }
    return null;
  }

  private ActorType typeOf(AliasMatch.Target target) {
    return gazetteer.entry(target.actor()).map(GazetteerEntry::type).orElse(ActorType.OTHER);
  }

  private boolean in(HeadClass c, String head) {
    return lexicon.heads().get(c).contains(head);
  }

  private boolean isModifier(Tokens tokens, int t, int headStart) {
    String tag = tokens.tag(t);
    String lower = tokens.word(t).toLowerCase(Locale.ROOT);
    if (DEFINITE.contains(lower) || tag.equals("DT") || tag.equals("CD") || tag.startsWith("PRP")) {
      return false;
    }
    if (tag.equals("CC")) {
      // "security and military forces", but not "parties and militias".
      return t + 1 < headStart && tokens.isAdjective(t + 1) && t > 0
          && (tokens.isAdjective(t - 1) || tokens.tag(t - 1).equals("NN"));
    }
    if (tag.equals("HYPH")) {
      return t > 0 && tokens.end(t - 1) == tokens.start(t);
    }
    if (tag.equals("POS")) {
      return false;
    }
    return tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("VBN") || lexicon.sponsorPrefixes().contains(lower);
  }

  /** "pro-Iranian" as one token, "pro - Iranian" as three, or "pro Iranian". */
  private boolean isSponsorPrefix(Tokens tokens, int first) {
    String word = tokens.word(first).toLowerCase(Locale.ROOT);
    for (String prefix : lexicon.sponsorPrefixes()) {
      boolean glued = word.startsWith(prefix + "-");
      boolean hyphenated = first >= 2 && tokens.tag(first - 1).equals("HYPH")
          && tokens.word(first - 2).equalsIgnoreCase(prefix);
      boolean apart = first >= 1 && tokens.word(first - 1).equalsIgnoreCase(prefix);
      if (glued || hyphenated || apart) {
        return true;
      }
    }
    return false;
  }

  private boolean isSponsorSuffix(Tokens tokens, int last) {
    return last + 2 < tokens.size() && tokens.tag(last + 1).equals("HYPH")
        && lexicon.sponsorSuffixes().contains(tokens.word(last + 2).toLowerCase(Locale.ROOT));
  }

  /** Whether the noun at {@code i} is followed by another noun of the same compound ("militia scenario"). */
  private static boolean continuesCompound(Tokens tokens, int i) {
    int next = i + 1;
    return next < tokens.size() && tokens.sentence(next) == tokens.sentence(i) && tokens.isNoun(next)
        && !tokens.isProperNoun(next) && isLowerCase(tokens.word(next));
  }

  private static boolean isLowerCase(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
  }

  private static String words(Tokens tokens, int from, int to) {
    StringBuilder phrase = new StringBuilder();
    for (int i = from; i <= to; i++) {
      if (tokens.tag(i).equals("HYPH")) {
        continue;
      }
      if (phrase.length() > 0) {
        phrase.append(' ');
      }
      phrase.append(tokens.word(i).toLowerCase(Locale.ROOT));
    }
    return phrase.toString();
  }
}
