package org.basira.nlp.attributions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the attribution stage reads speech by, from the team's data file
 * {@code org/basira/nlp/attributions/speech.yaml}: reporting verbs, multiword cues, source phrases
 * ("according to"), anaphoric cues, the nouns that can speak, and the words that make a quotation a
 * title rather than speech. Beside the team's speaker nouns, the one-word job titles of CoreNLP's
 * KBP gazetteer ({@link #ROLES}, about 1,300: "pollster", "magnate", "columnist") can speak too:
 * a hand list cannot name every role that news quotes.
 */
record SpeechLexicon(Set<String> verbs, Set<String> speakerRestricted, Set<String> dataNouns, Set<String> smallClauseVerbs,
    List<Phrase> phrases, List<List<String>> sourcePhrases, Set<String> nonSources, List<List<String>> anaphoricCues,
    Set<String> speakerNouns, Set<String> documentNouns, Set<String> speakerPronouns, Set<String> titleCues,
    Set<String> roles) {

  /** CoreNLP's gazetteer of entity names by class, in its models jar; its TITLE rows are job titles. */
  static final String ROLES = "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  /**
   * A multiword cue as lemmas: {@code optional[i]} marks a word that may be left out and
   * {@link #ANYONE} a slot for whoever is told ("tell X that").
   */
  record Phrase(List<String> words, List<Boolean> optional) {

    static final String ANYONE = "X";

    static Phrase parse(String text) {
      List<String> words = new ArrayList<>();
      List<Boolean> optional = new ArrayList<>();
      boolean inBrackets = false;
      for (String raw : text.trim().split("\\s+")) {
        inBrackets |= raw.startsWith("(");
        String word = raw.replace("(", "").replace(")", "");
        words.add(word.equals(ANYONE) ? ANYONE : word.toLowerCase(Locale.ROOT));
        optional.add(inBrackets || word.equals(ANYONE));
        if (raw.endsWith(")")) {
          inBrackets = false;
        }
      }
      return new Phrase(List.copyOf(words), List.copyOf(optional));
    }

    @Override
    public String toString() {
      return String.join(" ", words);
    }
  }

  static SpeechLexicon load() {
    try (InputStream in = SpeechLexicon.class.getResourceAsStream("speech.yaml")) {
      if (in == null) {
        throw new IllegalStateException("the speech lexicon is missing from the jar; rebuild Basira");
      }
      JsonNode root = new YAMLMapper().readTree(in);
      List<Phrase> phrases = new ArrayList<>();
      strings(root, "phrases").forEach(p -> phrases.add(Phrase.parse(p)));
      return new SpeechLexicon(words(root, "verbs"), words(root, "speaker-restricted"), words(root, "data-nouns"),
          words(root, "small-clause-verbs"), List.copyOf(phrases), wordLists(root, "source-phrases"),
          words(root, "non-sources"), wordLists(root, "anaphoric-cues"), words(root, "speaker-nouns"),
          words(root, "document-nouns"), words(root, "speaker-pronouns"), words(root, "title-cues"), jobTitles());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the speech lexicon", e);
    }
  }

  /** The one-word job titles of CoreNLP's gazetteer, lower-cased ("pollster", "columnist"). */
  private static Set<String> jobTitles() {
    try (InputStream in = SpeechLexicon.class.getResourceAsStream(ROLES)) {
      if (in == null) {
        throw new IllegalStateException("CoreNLP's English models (" + ROLES + ") are missing from the classpath; "
            + "rebuild Basira");
      }
      Set<String> roles = new HashSet<>();
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int tab = line.indexOf('\t');
        if (tab > 0 && line.startsWith("TITLE\t", tab + 1) && line.chars().limit(tab).allMatch(Character::isLetter)) {
          roles.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(roles);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's job titles from " + ROLES, e);
    }
  }

  /** The slot of a source phrase that a possessor fills: "in her view". */
  static final String POSSESSOR = "poss";

  /** Every cue the lexicon holds: verbs, multiword phrases and source phrases. */
  int size() {
    return verbs.size() + phrases.size() + sourcePhrases.size();
  }

  boolean isDocument(String word) {
    return documentNouns.contains(word.toLowerCase(Locale.ROOT));
  }

  private static List<String> strings(JsonNode parent, String key) {
    JsonNode list = parent.path(key);
    if (!list.isArray()) {
      throw new IllegalStateException("the speech lexicon lacks the list '" + key + "'");
    }
    List<String> strings = new ArrayList<>();
    list.forEach(item -> strings.add(item.asText()));
    return strings;
  }

  private static Set<String> words(JsonNode parent, String key) {
    Set<String> words = new HashSet<>();
    strings(parent, key).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(words);
  }

  private static List<List<String>> wordLists(JsonNode parent, String key) {
    return strings(parent, key).stream()
        .map(p -> List.of(p.toLowerCase(Locale.ROOT).trim().split("\\s+")))
        .toList();
  }
}
