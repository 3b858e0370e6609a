package org.basira.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ratings, weights and a row of the matrix. */
class RatingTest {

  @Test
  void scores_run_from_two_to_minus_two() {
    assertThat(Rating.CC.score()).isEqualTo(2);
    assertThat(Rating.C.score()).isEqualTo(1);
    assertThat(Rating.N.score()).isEqualTo(0);
    assertThat(Rating.I.score()).isEqualTo(-1);
    assertThat(Rating.II.score()).isEqualTo(-2);
  }

  @Test
  void inconsistency_counts_only_inconsistent_ratings() {
    assertThat(Rating.CC.inconsistency()).isZero();
    assertThat(Rating.C.inconsistency()).isZero();
    assertThat(Rating.N.inconsistency()).isZero();
    assertThat(Rating.I.inconsistency()).isEqualTo(-1);
    assertThat(Rating.II.inconsistency()).isEqualTo(-2);
  }

  @Test
  void labels_are_in_words() {
    assertThat(Rating.CC.label()).isEqualTo("very consistent");
    assertThat(Rating.C.label()).isEqualTo("consistent");
    assertThat(Rating.N.label()).isEqualTo("neutral");
    assertThat(Rating.I.label()).isEqualTo("inconsistent");
    assertThat(Rating.II.label()).isEqualTo("very inconsistent");
  }

  @Test
  void parse_ignores_case_and_surrounding_blanks() {
    assertThat(Rating.parse("cc")).isEqualTo(Rating.CC);
    assertThat(Rating.parse("C")).isEqualTo(Rating.C);
    assertThat(Rating.parse(" n ")).isEqualTo(Rating.N);
    assertThat(Rating.parse("i")).isEqualTo(Rating.I);
    assertThat(Rating.parse("Ii")).isEqualTo(Rating.II);
  }

  @Test
  void parse_rejects_anything_else_naming_the_five_accepted_values() {
    for (String bad : new String[] {"", "III", "consistent", "X"}) {
      assertThatThrownBy(() -> Rating.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + bad + "'")
          .hasMessageContaining("CC, C, N, I, II");
    }
    assertThatThrownBy(() -> Rating.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fromVotes_clamps_to_the_five_ratings() {
    assertThat(Rating.fromVotes(7)).isEqualTo(Rating.CC);
    assertThat(Rating.fromVotes(2)).isEqualTo(Rating.CC);
    assertThat(Rating.fromVotes(1)).isEqualTo(Rating.C);
    assertThat(Rating.fromVotes(0)).isEqualTo(Rating.N);
    assertThat(Rating.fromVotes(-1)).isEqualTo(Rating.I);
    assertThat(Rating.fromVotes(-2)).isEqualTo(Rating.II);
    assertThat(Rating.fromVotes(Integer.MIN_VALUE)).isEqualTo(Rating.II);
    assertThat(Rating.fromVotes(Integer.MAX_VALUE)).isEqualTo(Rating.CC);
  }

  @Test
  void weights_are_powers_of_root_two() {
    assertThat(Weight.LOW.value()).isCloseTo(0.7071067811865476, within(1e-9)); // 1/sqrt2
    assertThat(Weight.MEDIUM.value()).isCloseTo(1.0, within(1e-9));
    assertThat(Weight.HIGH.value()).isCloseTo(1.4142135623730951, within(1e-9)); // sqrt2
    assertThat(Weight.HIGH.label()).isEqualTo("high");
  }

  @Test
  void weight_parse_ignores_case_and_rejects_anything_else() {
    assertThat(Weight.parse("Low")).isEqualTo(Weight.LOW);
    assertThat(Weight.parse("MEDIUM")).isEqualTo(Weight.MEDIUM);
    assertThat(Weight.parse(" high")).isEqualTo(Weight.HIGH);
    assertThatThrownBy(() -> Weight.parse("huge"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'huge'")
        .hasMessageContaining("low, medium, high");
  }

  @Test
  void evidence_rates_a_missing_scenario_neutral_and_weighs_credibility_times_relevance() {
    RatedEvidence e = new RatedEvidence("e1", Weight.HIGH, Weight.LOW, Map.of("a", Rating.II));

    assertThat(e.rating("a")).isEqualTo(Rating.II);
    assertThat(e.rating("b")).isEqualTo(Rating.N);
    assertThat(e.weight()).isCloseTo(1.0, within(1e-9)); // sqrt2 * 1/sqrt2 = 1
  }

  @Test
  void evidence_keeps_its_own_copy_of_the_ratings() {
    Map<String, Rating> ratings = new HashMap<>(Map.of("a", Rating.C));
    RatedEvidence e = new RatedEvidence("e1", Weight.MEDIUM, Weight.MEDIUM, ratings);
    ratings.put("a", Rating.II);

    assertThat(e.rating("a")).isEqualTo(Rating.C);
    assertThatThrownBy(() -> e.ratings().put("b", Rating.N)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void evidence_rejects_nulls() {
    assertThatThrownBy(() -> new RatedEvidence(null, Weight.LOW, Weight.LOW, Map.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RatedEvidence("e", Weight.LOW, null, Map.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new RatedEvidence("e", Weight.LOW, Weight.LOW, null))
        .isInstanceOf(NullPointerException.class);
  }
}
