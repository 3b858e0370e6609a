package org.basira.nlp.actors;

import java.text.Normalizer;
import java.util.Locale;

/** Ids for actors the gazetteer lacks, from their names: "person.fadel-abu-ragheef". */
final class Slugs {

  private Slugs() {
  }

  static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’ʿʾ]", "").replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
  }
}
