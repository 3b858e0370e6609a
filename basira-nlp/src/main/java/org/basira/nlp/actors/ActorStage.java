package org.basira.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.basira.gazetteer.AliasKind;
import org.basira.gazetteer.AliasMatch;
import org.basira.gazetteer.Gazetteer;
import org.basira.gazetteer.GazetteerEntry;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Mention;
import org.basira.nlp.AnnotatedArticle;
import org.basira.nlp.Layer;
import org.basira.nlp.Stage;
import org.basira.nlp.Tokens;

/**
 * The actor layer: every person, state, armed group, institution, place and outlet an article
 * names, with its type, canonical name, the role the text gives it, and every mention.
 *
 * <p>Like a Lucene analysis chain, small steps each do one thing: {@link AliasSpans} (gazetteer
 * aliases), {@link NamedSpans} (CoreNLP names, repaired), {@link Descriptors} (group nouns such as
 * "Iraqi security forces"), overlap resolution, {@link ArticleLinker} (which actor each span
 * names) and {@link Descriptions} (appositions and titles).
 */
public final class ActorStage implements Stage {

  private final Gazetteer gazetteer;
  private final ActorLexicon lexicon;
  private final AliasSpans aliases;
  private final NamedSpans names;
  private final Descriptors descriptors;
  private final Descriptions descriptions;

  public ActorStage(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.lexicon = ActorLexicon.load();
    this.aliases = new AliasSpans(gazetteer);
    this.names = new NamedSpans(lexicon);
    this.descriptors = new Descriptors(lexicon, gazetteer);
    this.descriptions = new Descriptions(lexicon);
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> needs() {
    return Set.of(Layer.LINGUISTIC);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ACTORS);
  }

  @Override
  public void process(AnnotatedArticle article) {
    Tokens tokens = article.tokens();
    if (tokens.size() == 0) {
      return;
    }
    List<Candidate> aliasSpans = aliases.find(tokens);
    List<Candidate> nameSpans = names.find(tokens);
    List<Candidate> named = new ArrayList<>(aliasSpans);
    named.addAll(nameSpans);
    List<Candidate> described = descriptors.find(tokens, named);
    List<Candidate> chosen = resolveOverlaps(aliasSpans, nameSpans, described);

    ArticleLinker linker = new ArticleLinker(gazetteer, lexicon, tokens, focusState(aliasSpans), placeKeys(nameSpans, tokens));
    Map<String, Draft> drafts = new LinkedHashMap<>();
    List<Map.Entry<Candidate, ActorRef>> links = new ArrayList<>();
    for (Candidate candidate : chosen) {
      ActorRef ref = linker.link(candidate);
      if (ref != null) {
        links.add(Map.entry(candidate, ref));
      }
    }
    for (Map.Entry<Candidate, ActorRef> link : links) {
      ActorRef ref = linker.resolveCollective(link.getValue());
      Candidate candidate = link.getKey();
      Draft draft = drafts.computeIfAbsent(ref.id(), id -> new Draft(ref));
      draft.offer(ref);
      draft.mentions.put(candidate.start(), new Mention(candidate.start(), candidate.end(),
          tokens.text().substring(candidate.start(), candidate.end())));
      if (draft.description == null && ref.type() == ActorType.PERSON) {
        String description = descriptions.apposition(tokens, candidate.last());
        draft.description = description != null ? description : descriptions.title(tokens, candidate.first());
      }
    }
    for (Draft draft : drafts.values()) {
      article.actors().add(draft.toActor());
    }
  }

  /**
   * One span per stretch of text: longer spans win; a description swallows the names inside it
   * ("Iraqi" in "Iraqi forces"); a CoreNLP name longer than a person alias inside it keeps the
   * alias's person ("Mustafa Al-Kazemi" around "Al-Kazemi").
   */
  private List<Candidate> resolveOverlaps(List<Candidate> aliasSpans, List<Candidate> nameSpans,
      List<Candidate> described) {
    List<Candidate> all = new ArrayList<>(described);
    all.addAll(aliasSpans);
    for (Candidate name : nameSpans) {
      if (name.ner().equals("MISC")) {
        continue; // nationalities and the like: a tag hint at most, never a span that hides an alias
      }
      Candidate merged = name;
      for (Candidate alias : aliasSpans) {
        if (alias.start() == name.start() && alias.end() == name.end()) {
          merged = null; // the alias stands for it, with the tag as a hint below
          break;
        }
        if (name.contains(alias) && name.ner().equals("PERSON") && alias.targets().stream()
            .anyMatch(t -> t.kind() == AliasKind.NAME && isPerson(t.actor()))) {
          merged = new Candidate(name.start(), name.end(), name.first(), name.last(), Candidate.Origin.ALIAS,
              "PERSON", alias.targets(), null);
        }
      }
      if (merged != null) {
        all.add(merged);
      }
    }
    Map<Long, String> nerBySpan = new HashMap<>();
    nameSpans.forEach(n -> nerBySpan.put(key(n), n.ner()));
    all.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparing(c -> c.origin().ordinal() == 2 ? 0 : c.origin() == Candidate.Origin.ALIAS ? 1 : 2)
        .thenComparingInt(Candidate::start));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate candidate : all) {
      if (chosen.stream().noneMatch(candidate::overlaps)) {
        String ner = nerBySpan.get(key(candidate));
        chosen.add(ner != null && candidate.origin() == Candidate.Origin.ALIAS ? candidate.withNer(ner) : candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    return chosen;
  }

  private boolean isPerson(String actor) {
    return gazetteer.entry(actor).map(e -> e.type() == ActorType.PERSON).orElse(false);
  }

  private static long key(Candidate c) {
    return ((long) c.start() << 32) | c.end();
  }

  /** Names the article uses for places: CoreNLP's locations. */
  private Set<String> placeKeys(List<Candidate> nameSpans, Tokens tokens) {
    Set<String> keys = new HashSet<>();
    for (Candidate name : nameSpans) {
      if (name.ner().equals("LOCATION")) {
        keys.add(gazetteer.names().normalizer().key(tokens.text().substring(name.start(), name.end())).folded());
      }
    }
    return keys;
  }

  /** The state the article is about: the one its aliases, demonyms and capitals name most. */
  private String focusState(List<Candidate> aliasSpans) {
    Map<String, Integer> counts = new HashMap<>();
    for (Candidate candidate : aliasSpans) {
      for (AliasMatch.Target target : candidate.targets()) {
        GazetteerEntry entry = gazetteer.entry(target.actor()).orElse(null);
        if (entry != null && entry.type() == ActorType.STATE && target.kind() != AliasKind.PEOPLE) {
          counts.merge(entry.id(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** An actor as its mentions accumulate. */
  private static final class Draft {
    final String id;
    String name;
    final ActorType type;
    String description;
    final Map<Integer, Mention> mentions = new java.util.TreeMap<>();

    Draft(ActorRef ref) {
      this.id = ref.id();
      this.name = ref.name();
      this.type = ref.type();
    }

    void offer(ActorRef ref) {
      if (type == ActorType.PERSON && ref.name().length() > name.length()) {
        name = ref.name(); // "Joe Biden" once the headline's "Biden" is introduced in full
      }
    }

    Actor toActor() {
      return new Actor(id, name, type, description, List.copyOf(mentions.values()));
    }
  }
}
