package org.basira.gazetteer;

import java.text.Normalizer;
import java.util.Locale;

/** Ids from names, for actors the gazetteer lacks and for derived places: "person.hamid-fartousi". */
public final class Slugs {

  private Slugs() {
  }

  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’ʿʾ]", "").replaceAll("[^\\p{L}\\p{N}]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
  }
}
