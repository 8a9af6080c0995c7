package io.waxalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

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
