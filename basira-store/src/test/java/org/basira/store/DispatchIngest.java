package org.basira.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.basira.model.Sentence;
import org.basira.model.Speaker;
import org.basira.model.TextSpan;

/**
 * An ingest of a batch of synthetic wire dispatches, run as its own process so that a test can
 * kill it at any moment. Like {@code basira ingest}, it skips dispatches the workspace already
 * holds, so running it again finishes the batch.
 *
 * <p>Arguments: the workspace folder, the batch size, and optionally a count after which it stops
 * and waits for a line on standard input, so that a test can act while it holds the workspace.
 * It prints {@code opened}, then {@code stored K} after the K-th dispatch this run stored, then
 * {@code done}; each line is flushed at once, so what the test reads is what has been stored.
 */
final class DispatchIngest {

  /** The batch the tests run: more than one index commit (every 200 articles) apart. */
  static final int BATCH = 260;

  /** A word every dispatch has, to count the dispatches the index finds. */
  static final String COMMON_WORD = "dispatch";

  private static final List<Party> PARTIES = List.of(
      new Party("grp.rebels", "Rebels", ActorType.ARMED_GROUP),
      new Party("iq.army", "Army", ActorType.STATE),
      new Party("org.un", "UN", ActorType.ORGANIZATION),
      new Party("iq.interior", "Interior Ministry", ActorType.ORGANIZATION),
      new Party("loc.kirkuk", "Kirkuk", ActorType.PLACE));

  private record Party(String id, String name, ActorType type) {
  }

  private DispatchIngest() {
  }

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int size = Integer.parseInt(args[1]);
    int pauseAfter = args.length > 2 ? Integer.parseInt(args[2]) : -1;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (Workspace workspace = Workspace.open(folder)) {
      say(out, "opened");
      int stored = 0;
      for (int n = 0; n < size; n++) {
        Analysis dispatch = dispatch(n);
        if (workspace.contains(dispatch.article().id())) {
          continue;
        }
        workspace.put(dispatch);
        say(out, "stored " + ++stored);
        if (stored == pauseAfter) {
          say(out, "paused");
          in.readLine();
        }
      }
      workspace.commit();
    }
    say(out, "done");
  }

  private static void say(PrintStream out, String line) {
    out.println(line);
    out.flush();
  }

  /**
   * Dispatch {@code n}: a few parties with one or more mentions each, zero to two events and zero
   * or one attribution, in counts that differ from one dispatch to the next, so that a row stored
   * under the wrong article would change the counts.
   */
  static Analysis dispatch(int n) {
    Draft draft = new Draft();
    draft.sentence("Dispatch " + n + " from the northern front.");
    List<Party> named = PARTIES.subList(0, 2 + n % 4);
    for (Party party : named) {
      draft.begin();
      draft.mention(party);
      draft.append(" moved near the river on day " + n + ".");
      draft.end();
    }
    List<Event> events = new ArrayList<>();
    for (int e = 0; e < n % 3; e++) {
      Party source = named.get(e);
      Party target = named.get((e + 1) % named.size());
      int sentence = draft.begin();
      draft.mention(source);
      draft.append(" ");
      TextSpan trigger = draft.append("attacked");
      draft.append(" ");
      draft.mention(target);
      draft.append(" at dawn.");
      draft.end();
      events.add(new Event(PloverCategory.ASSAULT, List.of(source.id()), List.of(target.id()),
          new EventDate(PartialDate.parse("2024-03"), "in March"), new EventPlace(null, "near the river"), trigger,
          sentence, EventStatus.REPORTED));
    }
    List<Attribution> attributions = new ArrayList<>();
    if (n % 2 == 1) {
      Party speaker = named.get(1);
      int sentence = draft.begin();
      TextSpan said = draft.mention(speaker);
      draft.append(" ");
      TextSpan cue = draft.append("said");
      draft.append(" ");
      TextSpan content = draft.append("the talks would resume");
      draft.append(".");
      draft.end();
      attributions.add(new Attribution(new Speaker(speaker.id(), said.text(), said.start(), said.end()), cue, content,
          AttributionKind.INDIRECT, sentence));
    }
    String text = draft.text.toString();
    Article article = Article.of(text, "Dispatch " + n, "dispatch-" + n + ".txt", null, PartialDate.parse("2024-03"),
        "en");
    List<Actor> actors = named.stream()
        .map(p -> new Actor(p.id(), p.name(), p.type(), null, draft.mentions.get(p)))
        .toList();
    return new Analysis(article, actors, attributions, events, List.of(), draft.sentences);
  }

  /** A text being written, with where its sentences and mentions fall. */
  private static final class Draft {
    final StringBuilder text = new StringBuilder();
    final List<Sentence> sentences = new ArrayList<>();
    final Map<Party, List<Mention>> mentions = new LinkedHashMap<>();
    private int sentenceStart;

    void sentence(String words) {
      begin();
      append(words);
      end();
    }

    /** Starts a sentence and gives its index. */
    int begin() {
      if (text.length() > 0) {
        text.append(' ');
      }
      sentenceStart = text.length();
      return sentences.size();
    }

    void end() {
      sentences.add(new Sentence(sentenceStart, text.length()));
    }

    TextSpan append(String words) {
      int start = text.length();
      text.append(words);
      return new TextSpan(words, start, text.length());
    }

    TextSpan mention(Party party) {
      TextSpan span = append(party.name());
      mentions.computeIfAbsent(party, p -> new ArrayList<>()).add(new Mention(span.start(), span.end(), span.text()));
      return span;
    }
  }
}
