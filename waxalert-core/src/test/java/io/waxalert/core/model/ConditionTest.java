package io.waxalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      M                    | MINT
      Mint (M)             | MINT
      NM                   | NEAR_MINT
      M-                   | NEAR_MINT
      Near Mint (NM or M-) | NEAR_MINT
      VG+                  | VERY_GOOD_PLUS
      Very Good Plus (VG+) | VERY_GOOD_PLUS
      vg+                  | VERY_GOOD_PLUS
      VG                   | VERY_GOOD
      Very Good (VG)       | VERY_GOOD
      G+                   | GOOD_PLUS
      Good Plus (G+)       | GOOD_PLUS
      G                    | GOOD
      Good (G)             | GOOD
      F                    | FAIR
      Fair (F)             | FAIR
      P                    | POOR
      Poor (P)             | POOR
      """)
  void parsesAbbreviationsAndDiscogsStrings(String text, MediaCondition expected) {
    assertThat(MediaCondition.parse(text)).isEqualTo(expected);
    assertThat(SleeveCondition.parse(text)).isEqualTo(SleeveCondition.of(expected));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      near mint            | NEAR_MINT
      Near Mint (NM)       | NEAR_MINT
      NM or M-             | NEAR_MINT
      '  m-  '             | NEAR_MINT
      mint                 | MINT
      mint (m)             | MINT
      very good plus       | VERY_GOOD_PLUS
      VG plus              | VERY_GOOD_PLUS
      vg +                 | VERY_GOOD_PLUS
      'VG+ '               | VERY_GOOD_PLUS
      Very  Good   Plus    | VERY_GOOD_PLUS
      very good            | VERY_GOOD
      Very Good (VG)       | VERY_GOOD
      good plus            | GOOD_PLUS
      G plus               | GOOD_PLUS
      g +                  | GOOD_PLUS
      good                 | GOOD
      fair                 | FAIR
      Poor                 | POOR
      """)
  void parsesGradesAsPeopleWriteThem(String text, MediaCondition expected) {
    assertThat(MediaCondition.parse(text)).isEqualTo(expected);
    assertThat(SleeveCondition.parse(text)).isEqualTo(SleeveCondition.of(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"excellent", "EX", "VG++", "very", "plus", "Mint Minus", "", "Generic Sleeve"})
  void nonsenseGradesStillFailWithTheSameClearMessage(String text) {
    assertThatThrownBy(() -> MediaCondition.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown media condition '" + text + "', expected one of M, NM, VG+, VG, G+, G, F, P"
            + " or the Discogs name such as 'Very Good Plus (VG+)'");
    assertThatThrownBy(() -> SleeveCondition.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown sleeve condition '" + text + "'")
        .hasMessageContaining("Generic, Not Graded, No Cover");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      generic      | GENERIC
      NOT GRADED   | NOT_GRADED
      not  graded  | NOT_GRADED
      no cover     | NO_COVER
      """)
  void sleeveOnlyValuesIgnoreCaseAndBlanks(String text, SleeveCondition expected) {
    assertThat(SleeveCondition.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(MediaCondition.class)
  void roundTripsThroughBothNames(MediaCondition condition) {
    assertThat(MediaCondition.parse(condition.abbreviation())).isEqualTo(condition);
    assertThat(MediaCondition.parse(condition.discogsName())).isEqualTo(condition);
  }

  @Test
  void scaleRunsFromMintToPoor() {
    assertThat(MediaCondition.NEAR_MINT.isAtLeast(MediaCondition.VERY_GOOD_PLUS)).isTrue();
    assertThat(MediaCondition.VERY_GOOD_PLUS.isAtLeast(MediaCondition.VERY_GOOD_PLUS)).isTrue();
    assertThat(MediaCondition.VERY_GOOD.isAtLeast(MediaCondition.VERY_GOOD_PLUS)).isFalse();
    assertThat(MediaCondition.POOR.isAtLeast(MediaCondition.FAIR)).isFalse();
  }

  @Test
  void sleeveScaleAddsTheUngradedSleeves() {
    assertThat(SleeveCondition.parse("Generic")).isEqualTo(SleeveCondition.GENERIC);
    assertThat(SleeveCondition.parse("not graded")).isEqualTo(SleeveCondition.NOT_GRADED);
    assertThat(SleeveCondition.parse("No Cover")).isEqualTo(SleeveCondition.NO_COVER);
    assertThatThrownBy(() -> MediaCondition.parse("Generic"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected one of M, NM, VG+");
  }

  @ParameterizedTest
  @CsvSource({
      "VERY_GOOD_PLUS, VERY_GOOD, MEETS",
      "VERY_GOOD, VERY_GOOD, MEETS",
      "GOOD_PLUS, VERY_GOOD, FAILS",
      // A generic or missing sleeve is no graded original sleeve: it fails any minimum.
      "GENERIC, POOR, FAILS",
      "NO_COVER, POOR, FAILS",
      // The seller did not say: neither pass nor fail.
      "NOT_GRADED, MINT, NOT_GRADED",
  })
  void ungradedSleevesAgainstAMinimumSleeveRule(SleeveCondition sleeve, MediaCondition minimum,
      SleeveCondition.Verdict expected) {
    assertThat(sleeve.meets(minimum)).isEqualTo(expected);
  }

  @Test
  void unknownGradeNamesWhatWasExpected() {
    assertThatThrownBy(() -> SleeveCondition.parse("Excellent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Excellent'")
        .hasMessageContaining("Generic, Not Graded, No Cover");
  }
}
