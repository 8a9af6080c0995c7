package io.waxalert.discogs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiscogsCountriesTest {

  @ParameterizedTest(name = "''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "Germany              | Germany",
      "germany              | Germany",
      "'  GERMANY '         | Germany",
      "DE                   | Germany",
      "de                   | Germany",
      "Deutschland          | Germany",
      "USA                  | United States",
      "united  states       | United States",
      "US                   | United States",
      "UK                   | United Kingdom",
      "GB                   | United Kingdom",
      "The Netherlands      | Netherlands",
      "Korea, Republic of   | South Korea",
      "Czechia              | Czech Republic",
      "Moldova              | 'Moldova, Republic of'",
  })
  void namesCodesAndCommonSpellingsGiveTheNameDiscogsWrites(String given, String discogs) {
    assertThat(DiscogsCountries.find(given)).contains(discogs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Atlantis", "XX", "Europe"})
  void whatIsNoCountryIsNotFound(String given) {
    assertThat(DiscogsCountries.find(given)).isEmpty();
  }

  @ParameterizedTest(name = "''{0}'' → {1}")
  @CsvSource(delimiter = '|', value = {
      "Berlin, Germany             | Germany",
      "Brooklyn, NY, USA           | United States",
      "London (UK)                 | United Kingdom",
      "Utrecht / The Netherlands   | Netherlands",
      "Japan                       | Japan",
      "'Tokyo, Japan '             | Japan",
  })
  void aProfileLocationEndingInACountryGivesIt(String location, String country) {
    assertThat(DiscogsCountries.fromLocation(location)).contains(country);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Berlin", "Portland, OR", "somewhere over the rainbow", "  "})
  void aLocationWithoutAKnownCountryGivesNone(String location) {
    assertThat(DiscogsCountries.fromLocation(location)).isEmpty();
  }

  @Test
  void theNamesAreSortedAndEachIsFoundAsItself() {
    assertThat(DiscogsCountries.names()).isSorted().contains("Germany", "United States", "Japan").hasSizeGreaterThan(90);
    assertThat(DiscogsCountries.names()).allSatisfy(name -> assertThat(DiscogsCountries.find(name)).contains(name));
  }
}
