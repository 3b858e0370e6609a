package org.basira.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparisons the contract's scoring rules are built from, as pure functions.
 */
public final class Matching {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private Matching() {
  }

  /** Tokens: lower-cased runs of letters or digits, {@code [\p{L}\p{N}]+}. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  /**
   * The key names are compared by: lower-cased, keeping only letters (categories L*) and decimal
   * digits (Nd). "The U.S.-led Coalition" and "the US-led coalition" share a key.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    lower.codePoints()
        .filter(cp -> Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)
        .forEach(key::appendCodePoint);
    return key.toString();
  }

  /** Whether any of the strings has a non-empty key among {@code keys}. */
  public static boolean matchesAny(Collection<String> strings, java.util.Set<String> keys) {
    for (String s : strings) {
      String k = key(s);
      if (!k.isEmpty() && keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token overlap: the share of the gold content's tokens found in the predicted content, counting
   * repeated tokens (multisets): {@code sum over t of min(gold(t), pred(t)) / |gold|}. A gold
   * content without tokens overlaps 1 only with an identical prediction.
   */
  public static double overlap(String gold, String predicted) {
    List<String> goldTokens = tokens(gold);
    if (goldTokens.isEmpty()) {
      String g = gold == null ? "" : gold.strip();
      return !g.isEmpty() && g.equals(predicted == null ? "" : predicted.strip()) ? 1.0 : 0.0;
    }
    Map<String, Integer> available = counts(tokens(predicted));
    int hit = 0;
    for (Map.Entry<String, Integer> e : counts(goldTokens).entrySet()) {
      hit += Math.min(e.getValue(), available.getOrDefault(e.getKey(), 0));
    }
    return (double) hit / goldTokens.size();
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
    return counts;
  }
}
