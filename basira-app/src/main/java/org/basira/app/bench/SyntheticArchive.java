package org.basira.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.basira.model.Actor;
import org.basira.model.ActorType;
import org.basira.model.Analysis;
import org.basira.model.Article;
import org.basira.model.Attribution;
import org.basira.model.AttributionKind;
import org.basira.model.Event;
import org.basira.model.EventDate;
import org.basira.model.EventPlace;
import org.basira.model.EventStatus;
import org.basira.model.Mention;
import org.basira.model.PartialDate;
import org.basira.model.PloverCategory;
import org.basira.model.ScenarioRef;
import org.basira.model.Sentence;
import org.basira.model.Speaker;
import org.basira.model.Stance;
import org.basira.model.TextSpan;

/**
 * Analyses made up without reading anything, for measuring the store at an archive's size: each
 * article tells its share of events ("S attacked T in P.") and attributions ("X said that …") in
 * sentences whose offsets, mentions and spans are those of its own text, so every page and query
 * reads it as a real analysis. Actors are drawn with a long tail, as in news: a few states and
 * groups are in many articles, most people in few. The same seed gives the same analyses.
 */
final class SyntheticArchive {

  private static final List<String> STATES = List.of("Iraq", "Iran", "Syria", "Turkey", "Saudi Arabia", "Yemen",
      "the United States", "Russia", "Ukraine", "France", "Mali", "Niger", "Somalia", "Kenya", "Ethiopia", "Sudan",
      "Rwanda", "Israel", "Lebanon", "Jordan");
  private static final List<String> GROUP_WORDS = List.of("Northern", "Southern", "Eastern", "Western", "Free",
      "Popular", "Revolutionary", "Islamic", "National", "United", "Patriotic", "Liberation", "Martyrs", "Desert",
      "Mountain", "River", "Border", "Tribal", "Youth", "Defence");
  private static final List<String> GROUP_KINDS = List.of("Brigade", "Front", "Movement", "Battalion", "Army",
      "Forces", "Council", "Guard", "Militia", "Coalition", "Alliance", "Legion", "Units", "Committee", "Corps");
  private static final List<String> FIRST = List.of("Ahmed", "Amal", "Yusuf", "Oksana", "Ibrahim", "Leila", "Omar",
      "Daniel", "Sara", "Hassan", "Maryam", "Karim", "Nadia", "Samir", "Fatima", "Ali", "Olena", "Moussa", "Aisha",
      "Tariq", "Hana", "Bilal", "Rania", "Jamal", "Iryna", "Abdi", "Zainab", "Khalid", "Salma", "Yaroslav", "Idris",
      "Noor", "Mahmoud", "Dina", "Faisal", "Layla", "Hamza", "Mona", "Adel", "Sana");
  private static final List<String> LAST = List.of("Haddad", "Karimi", "Melnyk", "Maiga", "Nasser", "Farah",
      "Okafor", "Jaber", "Rahimi", "Saleh", "Hussein", "Abbas", "Kovalenko", "Traore", "Mansour", "Darwish",
      "Aziz", "Bakr", "Shevchenko", "Diallo", "Hamdan", "Yousef", "Khalil", "Obeidi", "Issa", "Toure", "Mahdi",
      "Qasim", "Bondarenko", "Warsame", "Sultani", "Jabbar", "Amiri", "Keita", "Fadel", "Hakim", "Zubaidi",
      "Rashid", "Tkachenko", "Nour");
  private static final List<String> PLACES = List.of("Mosul", "Kirkuk", "Basra", "Baghdad", "Fallujah", "Tikrit",
      "Erbil", "Sinjar", "Aden", "Taiz", "Hodeidah", "Marib", "Idlib", "Aleppo", "Raqqa", "Deir ez-Zor", "Homs",
      "Gao", "Timbuktu", "Mopti", "Kidal", "Kharkiv", "Kherson", "Bakhmut", "Mariupol", "Goma", "Bunia",
      "Mogadishu", "Kismayo", "Baidoa", "El Fasher", "Khartoum", "Tripoli", "Benghazi", "Sirte", "Kabul");
  private static final List<String> ROLES = List.of("a spokesman for the interior ministry", "the provincial governor",
      "a senior commander", "the foreign minister", "an analyst", "a member of parliament", "a tribal leader",
      "a police officer");
  private static final Map<PloverCategory, String> VERBS = verbs();

  private final Random random;
  private final List<String> scenarios;
  private final List<Named> states = new ArrayList<>();
  private final List<Named> groups = new ArrayList<>();
  private final List<Named> people = new ArrayList<>();
  private final List<Named> places = new ArrayList<>();

  /** An actor of the archive: its id, its name and its type. */
  private record Named(String id, String name, ActorType type) {
  }

  /**
   * @param scenarios the casebook's scenario ids that articles refer to (none: no references)
   */
  SyntheticArchive(long seed, List<String> scenarios) {
    this.random = new Random(seed);
    this.scenarios = List.copyOf(scenarios);
    for (String state : STATES) {
      states.add(new Named("synthetic.state." + slug(state), state, ActorType.STATE));
    }
    for (String word : GROUP_WORDS) {
      for (String kind : GROUP_KINDS) {
        String name = word + " " + kind;
        groups.add(new Named("synthetic.group." + slug(name), name, ActorType.ARMED_GROUP));
      }
    }
    for (String first : FIRST) {
      for (String last : LAST) {
        String name = first + " " + last;
        people.add(new Named("synthetic.person." + slug(name), name, ActorType.PERSON));
      }
    }
    for (String place : PLACES) {
      places.add(new Named("synthetic.place." + slug(place), place, ActorType.PLACE));
    }
  }

  /** Article {@code number} of the archive, with the given numbers of events and attributions. */
  Analysis article(int number, int events, int attributions) {
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(10 * 365));
    PartialDate published = PartialDate.of(day);
    Text text = new Text();
    text.sentence("Report " + number + " from the " + day.getMonth().toString().toLowerCase(java.util.Locale.ROOT)
        + " archive.");
    List<Event> told = new ArrayList<>();
    for (int i = 0; i < events; i++) {
      told.add(event(text, day));
    }
    List<Attribution> said = new ArrayList<>();
    for (int i = 0; i < attributions; i++) {
      said.add(attribution(text));
    }
    List<ScenarioRef> refs = new ArrayList<>();
    if (!scenarios.isEmpty() && random.nextInt(3) == 0) {
      String scenario = scenarios.get(random.nextInt(scenarios.size()));
      int start = text.length();
      String phrase = "the " + scenario.replace('-', ' ') + " scenario";
      text.sentence("Observers weighed " + phrase + ".");
      int at = start + "Observers weighed ".length();
      Stance stance = Stance.values()[random.nextInt(Stance.values().length)];
      refs.add(new ScenarioRef(scenario, phrase, at, at + phrase.length(), null, stance, null));
    }
    Article article = Article.of(text.toString(), "Report " + number, "synthetic", null, published, "en");
    return new Analysis(article, text.actors(), said, told, refs, text.sentences);
  }

  private Event event(Text text, LocalDate day) {
    PloverCategory category = PloverCategory.values()[random.nextInt(PloverCategory.values().length)];
    Named source = pickActor();
    Named target = pickActor();
    Named place = places.get(skewed(places.size()));
    boolean dated = random.nextBoolean();
    LocalDate when = day.minusDays(random.nextInt(7));
    int start = text.length();
    text.mention(source, start);
    String verb = " " + VERBS.get(category) + " ";
    int trigger = start + source.name().length() + 1;
    text.append(source.name() + verb);
    text.mention(target, text.length());
    text.append(target.name() + " in ");
    text.mention(place, text.length());
    text.append(place.name());
    String dateText = dated ? "on " + when : null;
    text.append(dated ? " " + dateText + "." : ".");
    text.endSentence(start);
    return new Event(category, List.of(source.id()), List.of(target.id()),
        new EventDate(dated ? PartialDate.of(when) : null, dateText),
        new EventPlace(place.id(), place.name(), null),
        new TextSpan(VERBS.get(category), trigger, trigger + VERBS.get(category).length()),
        text.sentences.size() - 1, EventStatus.REPORTED);
  }

  private Attribution attribution(Text text) {
    Named speaker = people.get(skewed(people.size()));
    Named subject = pickActor();
    String role = ROLES.get(random.nextInt(ROLES.size()));
    int start = text.length();
    text.mention(speaker, start);
    String speakerText = speaker.name() + ", " + role + ",";
    text.append(speakerText + " said that ");
    int cue = start + speakerText.length() + 1;
    int content = text.length();
    text.mention(subject, content);
    String claim = subject.name() + " would not withdraw from " + places.get(skewed(places.size())).name();
    text.append(claim + ".");
    text.endSentence(start);
    return new Attribution(new Speaker(speaker.id(), speakerText.substring(0, speakerText.length() - 1), start,
        start + speakerText.length() - 1), new TextSpan("said", cue, cue + 4), new TextSpan(claim, content,
        content + claim.length()), AttributionKind.INDIRECT, text.sentences.size() - 1);
  }

  /** A state, group or person, in the proportions of news about conflict. */
  private Named pickActor() {
    int kind = random.nextInt(10);
    if (kind < 4) {
      return states.get(skewed(states.size()));
    }
    return kind < 8 ? groups.get(skewed(groups.size())) : people.get(skewed(people.size()));
  }

  /** An index in [0, n) where low indices are much likelier: the long tail of who is in the news. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u * u));
  }

  /** An article's text as it is written, with its sentences and the actors mentioned in it. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<String, Named> named = new LinkedHashMap<>();
    private final Map<String, List<Mention>> mentions = new LinkedHashMap<>();

    int length() {
      return text.length();
    }

    void append(String words) {
      text.append(words);
    }

    void sentence(String words) {
      int start = text.length();
      text.append(words);
      endSentence(start);
    }

    void endSentence(int start) {
      sentences.add(new Sentence(start, text.length()));
      text.append(' ');
    }

    void mention(Named actor, int start) {
      named.putIfAbsent(actor.id(), actor);
      mentions.computeIfAbsent(actor.id(), id -> new ArrayList<>())
          .add(new Mention(start, start + actor.name().length(), actor.name()));
    }

    List<Actor> actors() {
      List<Actor> actors = new ArrayList<>();
      named.forEach((id, actor) -> actors.add(new Actor(id, actor.name(), actor.type(), null, mentions.get(id),
          null)));
      return actors;
    }

    @Override
    public String toString() {
      return text.toString().strip();
    }
  }

  private static Map<PloverCategory, String> verbs() {
    Map<PloverCategory, String> verbs = new LinkedHashMap<>();
    verbs.put(PloverCategory.AGREE, "agreed with");
    verbs.put(PloverCategory.CONSULT, "met");
    verbs.put(PloverCategory.SUPPORT, "backed");
    verbs.put(PloverCategory.CONCEDE, "gave ground to");
    verbs.put(PloverCategory.COOPERATE, "worked with");
    verbs.put(PloverCategory.AID, "sent aid to");
    verbs.put(PloverCategory.RETREAT, "withdrew from");
    verbs.put(PloverCategory.REQUEST, "appealed to");
    verbs.put(PloverCategory.ACCUSE, "accused");
    verbs.put(PloverCategory.REJECT, "rejected");
    verbs.put(PloverCategory.THREATEN, "threatened");
    verbs.put(PloverCategory.SANCTION, "sanctioned");
    verbs.put(PloverCategory.PROTEST, "protested against");
    verbs.put(PloverCategory.MOBILIZE, "massed forces against");
    verbs.put(PloverCategory.COERCE, "detained members of");
    verbs.put(PloverCategory.ASSAULT, "attacked");
    return verbs;
  }

  private static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
