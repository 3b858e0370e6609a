package org.basira.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made cases with figures worked out by hand. */
class EvaluationTest {

  /** Nine tokens in the first content, so that overlaps just under and over a threshold are easy to build. */
  private static final String TEXT = "Rana Saleh said the brigade would leave Ramadi before the summer ends. "
      + "\"We stay,\" Colonel Adil Nouri told reporters. Iraq accused Turkey of shelling Duhok.";

  private static final String GOLD = """
      {"doc":"story","file":"story.txt","published":"2022-05",
       "actors":[{"id":"rana","type":"PERSON","forms":["Rana Saleh","Saleh"]},
                 {"id":"nouri","type":"PERSON","forms":["Colonel Adil Nouri","Nouri"]},
                 {"id":"iraq","type":"STATE","forms":["Iraq"]},{"id":"turkey","type":"STATE","forms":["Turkey"]}],
       "attributions":[
         {"speaker":"rana","cue":"said","content":"the brigade would leave Ramadi before the summer ends","kind":"indirect"},
         {"speaker":"nouri","cue":"told reporters","content":"\\"We stay,\\"","kind":"direct"}],
       "events":[{"category":["ACCUSE"],"source":["iraq"],"target":["turkey"],"date":null,"place":null,
                  "text":"Iraq accused Turkey of shelling Duhok"}],
       "scenario_refs":[{"scenario":"afghan","holder":"rana","stance":"supports","text":"leave Ramadi"}]}
      """;

  @TempDir
  Path dir;

  private final Evaluation evaluation = new Evaluation();
  private Evaluation.Gold gold;

  @BeforeEach
  void writeGold() throws Exception {
    Files.writeString(dir.resolve("story.txt"), TEXT);
    Files.writeString(dir.resolve("gold.jsonl"), GOLD.replace("\n", " ").strip() + "\n");
    gold = evaluation.readGold(dir.resolve("gold.jsonl"), null);
  }

  private Report score(String... predictionLines) throws Exception {
    Path file = dir.resolve("pred.jsonl");
    Files.write(file, List.of(predictionLines));
    List<JsonNode> predictions = evaluation.readLines(file);
    return evaluation.score(gold, predictions, false);
  }

  private static final String ACTORS = """
      "actors":[{"id":"p1","name":"Rana Saleh","mentions":[{"text":"Saleh"}]},
                {"id":"p2","name":"Adil Nouri","mentions":[{"text":"Colonel Adil Nouri"},{"text":"Nouri"}]},
                {"id":"p3","name":"Iraq","mentions":[]},{"id":"p4","name":"Turkey","mentions":[]}]""";

  private static String prediction(String attributions, String events, String refs) {
    return ("{\"article\":{\"source\":\"story.txt\"}," + ACTORS + ",\"attributions\":[" + attributions
        + "],\"events\":[" + events + "],\"scenario_refs\":[" + refs + "]}").replace("\n", " ");
  }

  private static String attribution(String speakerActor, String content) {
    return "{\"speaker\":{\"actor\":" + (speakerActor == null ? "null" : "\"" + speakerActor + "\"")
        + ",\"text\":\"x\"},\"content\":{\"text\":\"" + content.replace("\"", "\\\"") + "\"},\"kind\":\"indirect\"}";
  }

  private static final String PERFECT = prediction(
      attribution("p1", "the brigade would leave Ramadi before the summer ends") + ","
          + attribution("p2", "\"We stay,\""),
      "{\"category\":\"ACCUSE\",\"source\":[\"p3\"],\"target\":[\"p4\"],\"status\":\"reported\"}",
      "{\"scenario\":\"afghan\",\"holder\":\"p1\",\"stance\":\"supports\"}");

  @Test
  void perfectPredictionsScoreOneEverywhere() throws Exception {
    Report r = score(PERFECT);

    assertThat(r.figure("/attributions/theta_0.3/f1")).isEqualTo(1.0);
    assertThat(r.figure("/attributions/theta_0.8/f1")).isEqualTo(1.0);
    assertThat(r.figure("/attributions/theta_0.8/speaker_accuracy")).isEqualTo(1.0);
    assertThat(r.figure("/attributions/theta_0.8/e2e_f1")).isEqualTo(1.0);
    assertThat(r.figure("/events/f1")).isEqualTo(1.0);
    assertThat(r.figure("/events/category_only_f1")).isEqualTo(1.0);
    assertThat(r.figure("/scenario_refs/f1")).isEqualTo(1.0);
    assertThat(r.figure("/scenario_refs/stance_accuracy")).isEqualTo(1.0);
    assertThat(r.figure("/actor_resolution/f1")).isEqualTo(1.0);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void noPredictionScoresZeroAndLeavesUndefinedFiguresEmpty() throws Exception {
    Report r = score();

    assertThat(r.figure("/attributions/theta_0.3/f1")).isZero();
    assertThat(r.figure("/attributions/theta_0.3/speaker_accuracy")).isNull();
    assertThat(r.figure("/events/f1")).isZero();
    assertThat(r.figure("/scenario_refs/f1")).isZero();
    assertThat(r.figure("/actor_resolution/recall")).isZero();
    assertThat(r.json().at("/docs/with_prediction").asInt()).isZero();
    assertThat(r.findings()).extracting(Finding::kind).contains("missed", "split");
  }

  @Test
  void aContentOverlapJustUnderAThresholdDoesNotPairAndJustOverDoes() throws Exception {
    // Gold content has 9 tokens: 7 of 9 = 0.78 is under 0.8, 8 of 9 = 0.89 over it; 2 of 9 = 0.22 under 0.3, 3 of 9 over.
    Report seven = score(prediction(attribution("p1", "the brigade would leave Ramadi before the"), "", ""));
    Report eight = score(prediction(attribution("p1", "the brigade would leave Ramadi before the summer"), "", ""));
    Report two = score(prediction(attribution("p1", "the brigade"), "", ""));
    Report three = score(prediction(attribution("p1", "the brigade would"), "", ""));

    assertThat(seven.figure("/attributions/theta_0.8/pairs")).isZero();
    assertThat(seven.figure("/attributions/theta_0.3/pairs")).isEqualTo(1.0);
    assertThat(eight.figure("/attributions/theta_0.8/pairs")).isEqualTo(1.0);
    assertThat(eight.figure("/attributions/theta_0.8/precision")).isEqualTo(1.0);
    assertThat(eight.figure("/attributions/theta_0.8/recall")).isEqualTo(0.5);
    assertThat(eight.figure("/attributions/theta_0.8/f1")).isEqualTo(0.6667);
    assertThat(two.figure("/attributions/theta_0.3/pairs")).isZero();
    assertThat(three.figure("/attributions/theta_0.3/pairs")).isEqualTo(1.0);
  }

  @Test
  void countsRepeatedTokensOnlyAsOftenAsThePredictionHasThem() {
    assertThat(Matching.overlap("the man and the boy", "the man and boy")).isEqualTo(0.8);
    assertThat(Matching.overlap("the man and the boy", "The man, the boy, and THE dog")).isEqualTo(1.0);
  }

  @Test
  void aWrongSpeakerKeepsTheContentPairButNotTheEndToEndPair() throws Exception {
    Report r = score(prediction(
        attribution("p2", "the brigade would leave Ramadi before the summer ends") + ","
            + attribution("p2", "\"We stay,\""), "", ""));

    assertThat(r.figure("/attributions/theta_0.8/f1")).isEqualTo(1.0);
    assertThat(r.figure("/attributions/theta_0.8/speaker_accuracy")).isEqualTo(0.5);
    assertThat(r.figure("/attributions/theta_0.8/e2e_f1")).isEqualTo(0.5);
    assertThat(r.findings()).filteredOn(f -> f.kind().equals("wrong speaker")).singleElement()
        .satisfies(f -> assertThat(f.detail()).contains("gold speaker rana"));
  }

  @Test
  void aSpeakerMatchesThroughAnyMentionOfItsActor() throws Exception {
    String byPronoun = "{\"speaker\":{\"actor\":\"p1\",\"text\":\"she\"},\"content\":{\"text\":"
        + "\"the brigade would leave Ramadi before the summer ends\"}}";

    Report r = score(prediction(byPronoun, "", ""));

    assertThat(r.figure("/attributions/theta_0.8/speaker_accuracy")).isEqualTo(1.0);
  }

  @Test
  void aWrongCategoryFailsBothEventScoresAndWrongActorsOnlyTheFullOne() throws Exception {
    Report wrongCategory = score(prediction("",
        "{\"category\":\"THREATEN\",\"source\":[\"p3\"],\"target\":[\"p4\"]}", ""));
    Report wrongTarget = score(prediction("",
        "{\"category\":\"ACCUSE\",\"source\":[\"p3\"],\"target\":[\"p1\"]}", ""));

    assertThat(wrongCategory.figure("/events/f1")).isZero();
    assertThat(wrongCategory.figure("/events/category_only_f1")).isZero();
    assertThat(wrongTarget.figure("/events/f1")).isZero();
    assertThat(wrongTarget.figure("/events/category_only_f1")).isEqualTo(1.0);
  }

  @Test
  void leavesEventsThatDidNotHappenOutUnlessAskedToKeepThem() throws Exception {
    String future = prediction("", "{\"category\":\"ACCUSE\",\"source\":[\"p3\"],\"target\":[\"p4\"],\"status\":\"future\"}", "");

    Report r = score(future);

    assertThat(r.figure("/events/pred")).isZero();
    assertThat(r.figure("/events/all_status/f1")).isEqualTo(1.0);
  }

  @Test
  void aSplitActorLosesRecallAndAMergedOneLosesPrecision() throws Exception {
    String split = ("{\"article\":{\"source\":\"story\"},\"actors\":[{\"id\":\"a\",\"name\":\"Rana Saleh\"},"
        + "{\"id\":\"b\",\"name\":\"Saleh\"},{\"id\":\"c\",\"name\":\"Nouri\",\"mentions\":[\"Colonel Adil Nouri\"]}]}");
    String merged = ("{\"article\":{\"source\":\"story\"},\"actors\":[{\"id\":\"a\",\"name\":\"Rana Saleh\","
        + "\"mentions\":[\"Saleh\",\"Nouri\",\"Colonel Adil Nouri\"]}]}");

    Report s = score(split);
    Report m = score(merged);

    // Four forms in two gold actors: 6 pairs, 2 of them "same".
    assertThat(s.figure("/actor_resolution/precision")).isEqualTo(1.0);
    assertThat(s.figure("/actor_resolution/recall")).isEqualTo(0.5);
    assertThat(s.findings()).extracting(Finding::kind).contains("split");
    assertThat(m.figure("/actor_resolution/recall")).isEqualTo(1.0);
    assertThat(m.figure("/actor_resolution/precision")).isEqualTo(0.3333);
    assertThat(m.findings()).extracting(Finding::kind).contains("merged");
  }

  @Test
  void aScenarioPairsByScenarioAndHolderAndThenChecksTheStance() throws Exception {
    Report wrongStance = score(prediction("", "", "{\"scenario\":\"afghan\",\"holder\":\"p1\",\"stance\":\"rejects\"}"));
    Report ownVoice = score(prediction("", "", "{\"scenario\":\"afghan\",\"holder\":null,\"stance\":\"supports\"}"));

    assertThat(wrongStance.figure("/scenario_refs/f1")).isEqualTo(1.0);
    assertThat(wrongStance.figure("/scenario_refs/stance_accuracy")).isZero();
    assertThat(ownVoice.figure("/scenario_refs/f1")).isZero();
  }

  @Test
  void findsThePredictionOfAnArticleByTheHashOfItsTextWhenTheSourceDiffers() throws Exception {
    String byHash = PERFECT.replace("{\"source\":\"story.txt\"}",
        "{\"source\":\"renamed.html\",\"id\":\"" + org.basira.model.Article.idOf(TEXT) + "\"}");

    Report r = score(byHash, "{\"article\":{\"source\":\"other\"}}", "{broken");

    assertThat(r.figure("/attributions/theta_0.8/f1")).isEqualTo(1.0);
    assertThat(r.json().at("/docs/unmatched_predictions").asInt()).isEqualTo(1);
    assertThat(r.json().at("/docs/bad_pred_lines").asInt()).isEqualTo(1);
  }

  @Test
  void scoresOnlyTheLayersTheGoldHas() throws Exception {
    Files.writeString(dir.resolve("gold.jsonl"), "{\"doc\":\"story\",\"actors\":[]}\n");
    gold = evaluation.readGold(dir.resolve("gold.jsonl"), null);

    Report r = score(PERFECT);

    assertThat(r.json().get("attributions").isNull()).isTrue();
    assertThat(r.json().get("events").isNull()).isTrue();
    assertThat(r.summary()).isEqualTo("SCORE gold.jsonl docs 1/1");
  }

  @Test
  void aPlaceIsRightWhereThePredictionNamesItAndLocatesItWhereTheGoldDoes() throws Exception {
    Files.writeString(dir.resolve("gold.jsonl"), ("{\"doc\":\"story\",\"actors\":[],\"no_actor_resolution\":true,"
        + "\"places\":[{\"text\":\"Ramadi\",\"geonames_id\":91},{\"text\":\"the Anbar region\",\"country\":\"IQ\","
        + "\"precision\":\"region\",\"region\":\"Anbar\"},{\"text\":\"Tell Zahra\",\"unresolved\":true},"
        + "{\"text\":\"Hit\",\"geonames_id\":92}]}\n"));
    gold = evaluation.readGold(dir.resolve("gold.jsonl"), null);
    String ramadi = "{\"geonames_id\":91,\"name\":\"Ramadi\",\"country\":\"IQ\",\"region\":\"Anbar\",\"precision\":\"town\"}";
    String anbar = "{\"geonames_id\":null,\"name\":\"Anbar\",\"country\":\"IQ\",\"region\":\"Anbar\",\"precision\":\"region\"}";

    Report right = score("{\"article\":{\"source\":\"story.txt\"},\"actors\":["
        + "{\"id\":\"a\",\"name\":\"Ramadi\",\"type\":\"PLACE\",\"mentions\":[],\"location\":" + ramadi + "},"
        + "{\"id\":\"b\",\"name\":\"Anbar\",\"type\":\"PLACE\",\"mentions\":[{\"text\":\"the Anbar\"}],\"location\":" + anbar + "},"
        + "{\"id\":\"c\",\"name\":\"Tell Zahra\",\"type\":\"PLACE\",\"mentions\":[],\"location\":null}],"
        + "\"events\":[{\"category\":\"ASSAULT\",\"place\":{\"actor\":null,\"text\":\"Hit\",\"location\":null}}]}");
    Report guessed = score("{\"article\":{\"source\":\"story.txt\"},\"actors\":["
        + "{\"id\":\"c\",\"name\":\"Tell Zahra\",\"type\":\"PLACE\",\"mentions\":[],\"location\":" + ramadi + "}]}");

    assertThat(right.figure("/places/accuracy")).as("three of four; Hit named but left unresolved").isEqualTo(0.75);
    assertThat(right.json().at("/places/named").asInt()).isEqualTo(4);
    assertThat(right.summary()).endsWith("places(n=4) accuracy 0.750");
    assertThat(right.findings()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("unplaced"));
    assertThat(guessed.figure("/places/accuracy")).isZero();
    assertThat(guessed.findings()).anySatisfy(f -> assertThat(f.kind()).isEqualTo("guessed"));
  }
}
