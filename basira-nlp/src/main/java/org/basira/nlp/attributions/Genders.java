package org.basira.nlp.attributions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The usual gender of given names, so that "she" is not taken for the man named last. Read from
 * the name list that ships in the CoreNLP models jar (about 14,000 names, Arabic ones included); a
 * name listed under both genders, or not at all, has none.
 */
final class Genders {

  enum Gender { MALE, FEMALE, UNKNOWN }

  private static final String NAME_LIST = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

  private final Map<String, Gender> byName;

  private Genders(Map<String, Gender> byName) {
    this.byName = Map.copyOf(byName);
  }

  static Genders load() {
    Map<String, Gender> byName = new HashMap<>();
    try (InputStream in = Genders.class.getClassLoader().getResourceAsStream(NAME_LIST)) {
      if (in == null) {
        return new Genders(byName); // without the list, pronouns are resolved without gender
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] fields = line.split("\t");
        if (fields.length == 2) {
          Gender gender = fields[1].equals("MALE") ? Gender.MALE : fields[1].equals("FEMALE") ? Gender.FEMALE : Gender.UNKNOWN;
          byName.merge(fields[0], gender, (a, b) -> a == b ? a : Gender.UNKNOWN);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CoreNLP's name list " + NAME_LIST, e);
    }
    return new Genders(byName);
  }

  /** The gender of a person by the first word of their name ("Layla Haddad"), or UNKNOWN. */
  Gender ofPerson(String name) {
    String[] words = name.trim().split("[\\s-]+");
    if (words.length < 2) {
      return Gender.UNKNOWN; // a lone surname says nothing
    }
    return byName.getOrDefault(words[0].toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** The gender a pronoun requires: MALE for "he", FEMALE for "she", else UNKNOWN. */
  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his" -> Gender.MALE;
      case "she", "her", "hers" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  /** Whether a pronoun can stand for a person of this name. */
  boolean fits(String pronoun, String name) {
    Gender wanted = ofPronoun(pronoun);
    Gender has = ofPerson(name);
    return wanted == Gender.UNKNOWN || has == Gender.UNKNOWN || wanted == has;
  }
}
