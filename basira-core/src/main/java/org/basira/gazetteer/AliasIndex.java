package org.basira.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.basira.names.NameWords;
import org.basira.names.NameWords.Word;

/**
 * Every alias of every gazetteer actor in a word trie, so one pass over an article's words finds
 * all of them at once: tolerant of case, hyphens, apostrophes, accents and the Arabic article.
 * Two guards keep common words out: an alias written with a capital needs a capital in the text
 * ("Chad", not "chad"), and a short all-capital abbreviation needs capitals ("US", not "us").
 */
public final class AliasIndex {

  private record Target(String actor, AliasKind kind, boolean capitalised, boolean allCapitals, boolean article) {
  }

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    final List<Target> targets = new ArrayList<>(1);
  }

  private final Node root = new Node();
  private final NameWords words;

  AliasIndex(NameWords words) {
    this.words = words;
  }

  /**
   * Adds an alias. A name that starts with the article keeps needing it unless it is a person's:
   * "Kadhimi" is Al-Kadhimi, but "Monitor" is not Al-Monitor.
   */
  void add(String alias, String actor, AliasKind kind, boolean person) {
    List<Word> aliasWords = words.split(alias);
    if (aliasWords.isEmpty()) {
      return;
    }
    Node node = root;
    for (Word word : aliasWords) {
      node = node.children.computeIfAbsent(word.key(), k -> new Node());
    }
    String letters = alias.replaceAll("[^\\p{L}]", "");
    boolean abbreviation = letters.length() <= 5 && letters.length() >= 2 && letters.equals(letters.toUpperCase())
        && !letters.equals(letters.toLowerCase());
    Target target = new Target(actor, kind, aliasWords.get(0).capitalised(), abbreviation,
        aliasWords.get(0).article() && !person);
    if (!node.targets.contains(target)) {
      node.targets.add(target);
    }
  }

  /**
   * Every alias in {@code text}, with the actors it may name: at each word, each alias starting
   * there, so "Iraqi military" and "Iraqi" both come back and the caller chooses.
   */
  public List<AliasMatch> find(List<Word> text) {
    List<AliasMatch> matches = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      Node node = root;
      for (int j = i; j < text.size(); j++) {
        node = node.children.get(text.get(j).key());
        if (node == null) {
          break;
        }
        if (!node.targets.isEmpty()) {
          List<AliasMatch.Target> fitting = fitting(node.targets, text.subList(i, j + 1));
          if (!fitting.isEmpty()) {
            matches.add(new AliasMatch(i, j, text.get(i).start(), text.get(j).end(), fitting));
          }
        }
      }
    }
    return matches;
  }

  private static List<AliasMatch.Target> fitting(List<Target> targets, List<Word> span) {
    boolean capitalised = span.get(0).capitalised();
    boolean allCapitals = span.stream().allMatch(Word::allCapitals);
    List<AliasMatch.Target> fitting = new ArrayList<>(targets.size());
    for (Target target : targets) {
      if (target.allCapitals() && !allCapitals || target.capitalised() && !capitalised
          || target.article() && !span.get(0).article()) {
        continue;
      }
      fitting.add(new AliasMatch.Target(target.actor(), target.kind()));
    }
    return fitting;
  }
}
