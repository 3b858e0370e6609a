package org.basira.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameMatcherTest {

  private final NameMatcher matcher = new NameMatcher();

  @ParameterizedTest(name = "{0} and {1} are the same name")
  @CsvSource(delimiter = '|', textBlock = """
      Kadhimi            | Kazemi
      Al-Kadhimi         | al Kadhimi
      Al-Kadhimi         | Kadhimi
      Mustafa al-Kadhimi | Mustafa Al-Kazemi
      Qaradaghi          | Qara Daghi
      Shahu al-Qara Daghi | Shahu Al-Qaradaghi
      Jaafar             | Jafar
      Muqtada            | Moqtada
      Muqtada al-Sadr    | Moqtada Sadr
      Mohammed           | Muhammad
      Mohamed            | Muhammad
      Safaa              | Safa'
      Safaa Khalaf       | Safa' Khalaf
      Kadhimi            | الكاظمي
      Mustafa al-Kadhimi | مصطفى الكاظمي
      Muqtada al-Sadr    | مقتدى الصدر
      Salah al-Din       | Salah ad-Din
      Nouri al-Maliki    | Nuri al-Maliki
      Hussein            | Husain
      Abu Ragheef        | Abu Raghif
      Hadi al-Amiri      | Hadi al-Ameri
      Zubaidi            | Zubaydi
      Hamdani            | Hamadani
      Fartousi           | Fartusi
      """)
  void variantsOfOneNameMatch(String a, String b) {
    NameComparison comparison = matcher.compare(a, b);
    assertThat(comparison.verdict()).as(comparison.reason()).isEqualTo(Verdict.SAME);
    assertThat(matcher.compare(b, a).verdict()).isEqualTo(Verdict.SAME);
  }

  @ParameterizedTest(name = "{0} and {1} are different names")
  @CsvSource(delimiter = '|', textBlock = """
      Hakim              | Hakimi
      Ammar al-Hakim     | Ammar al-Hakimi
      Ali al-Sistani     | Hussein al-Sistani
      Masoud Barzani     | Nechirvan Barzani
      Sajjad Allawi      | Ayad Allawi
      Mahmoud Abbas      | Mohammed Abbas
      Kadhimi            | Khazali
      Sadr               | Sudani
      Biden              | Bidan Mahmoud
      """)
  void differentNamesDoNotMatch(String a, String b) {
    assertThat(matcher.compare(a, b).verdict()).isNotEqualTo(Verdict.SAME);
    assertThat(matcher.compare(b, a).verdict()).isNotEqualTo(Verdict.SAME);
  }

  @Test
  void amiriAndAmeriMatchOnlyWithAGivenNameToSupportThem() {
    assertThat(matcher.compare("Amiri", "Ameri").verdict()).isEqualTo(Verdict.POSSIBLE);
    assertThat(matcher.compare("Hadi al-Amiri", "Hadi al-Ameri").verdict()).isEqualTo(Verdict.SAME);
    assertThat(matcher.compare("Hadi al-Amiri", "Ali al-Ameri").verdict()).isEqualTo(Verdict.DIFFERENT);
  }

  @Test
  void scoresRankExactAboveSkeletonAbovePossible() {
    double exact = matcher.compare("Jaafar", "Jafar").score();
    double skeleton = matcher.compare("Kadhimi", "Kazemi").score();
    double possible = matcher.compare("Amiri", "Ameri").score();
    double different = matcher.compare("Hakim", "Hakimi").score();
    assertThat(exact).isGreaterThan(skeleton);
    assertThat(skeleton).isGreaterThan(possible);
    assertThat(possible).isGreaterThan(different);
  }

  @Test
  void aSurnameOrAGivenNameIsAShortFormOfTheFullName() {
    assertThat(matcher.shortFormOf("Khalaf", "Safaa Khalaf")).isEqualTo(NameMatcher.ShortForm.FAMILY_NAME);
    assertThat(matcher.shortFormOf("Al-Qaradaghi", "Shahu al-Qara Daghi")).isEqualTo(NameMatcher.ShortForm.FAMILY_NAME);
    assertThat(matcher.shortFormOf("Abu Ragheef", "Fadel Abu Ragheef")).isEqualTo(NameMatcher.ShortForm.FAMILY_NAME);
    assertThat(matcher.shortFormOf("Mustafa", "Jaafar Sheikh Mustafa")).isEqualTo(NameMatcher.ShortForm.FAMILY_NAME);
    assertThat(matcher.shortFormOf("Jafar", "Jaafar Sheikh Mustafa")).isEqualTo(NameMatcher.ShortForm.GIVEN_NAME);
    assertThat(matcher.shortFormOf("Kazemi", "Mustafa al-Kadhimi")).isEqualTo(NameMatcher.ShortForm.FAMILY_NAME);
    assertThat(matcher.shortFormOf("Hakimi", "Ammar al-Hakim")).isEqualTo(NameMatcher.ShortForm.NONE);
    assertThat(matcher.shortFormOf("Khalaf", "Khalaf")).isEqualTo(NameMatcher.ShortForm.NONE);
  }

  @Test
  void namesWithoutLettersNeverMatch() {
    assertThat(matcher.compare("", "Kadhimi").verdict()).isEqualTo(Verdict.DIFFERENT);
    assertThat(matcher.compare("--", "'").verdict()).isEqualTo(Verdict.DIFFERENT);
  }
}
