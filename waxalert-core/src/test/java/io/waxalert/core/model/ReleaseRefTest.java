package io.waxalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseRefTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      249504                                                                           | RELEASE | 249504
      '  249504 '                                                                      | RELEASE | 249504
      [r249504]                                                                        | RELEASE | 249504
      [R249504]                                                                        | RELEASE | 249504
      [m96559]                                                                         | MASTER  | 96559
      https://www.discogs.com/release/249504                                           | RELEASE | 249504
      https://www.discogs.com/release/249504-Rick-Astley-Never-Gonna-Give-You-Up       | RELEASE | 249504
      http://discogs.com/release/249504-Rick-Astley                                    | RELEASE | 249504
      www.discogs.com/release/249504                                                   | RELEASE | 249504
      discogs.com/release/249504                                                       | RELEASE | 249504
      https://www.discogs.com/de/release/249504-Rick-Astley-Never-Gonna-Give-You-Up    | RELEASE | 249504
      https://www.discogs.com/release/249504-Rick-Astley?ev=rr&x=1                     | RELEASE | 249504
      https://www.discogs.com/release/249504#images                                    | RELEASE | 249504
      https://www.discogs.com/master/96559-Rick-Astley-Never-Gonna-Give-You-Up         | MASTER  | 96559
      https://www.discogs.com/fr/master/96559                                          | MASTER  | 96559
      https://www.discogs.com/sell/release/249504                                      | RELEASE | 249504
      https://www.discogs.com/sell/release/249504?sort=price%2Casc&ev=rb               | RELEASE | 249504
      https://www.discogs.com/Rick-Astley-Never-Gonna-Give-You-Up/release/249504       | RELEASE | 249504
      https://www.discogs.com/Rick-Astley-Never-Gonna-Give-You-Up/master/96559         | MASTER  | 96559
      https://api.discogs.com/releases/249504                                          | RELEASE | 249504
      https://www.discogs.com/master/view/96559                                        | MASTER  | 96559
      http://www.discogs.com/release/view/249504                                       | RELEASE | 249504
      """)
  void parsesEveryFormCollectorsPaste(String text, ReleaseRef.Kind kind, long id) {
    assertThat(ReleaseRef.parse(text)).isEqualTo(new ReleaseRef(kind, id));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "   ", "abc", "0", "-5", "[x123]", "12.5",
      "https://www.example.com/release/249504",
      "https://www.discogs.com/artist/72872-Rick-Astley",
      "https://www.discogs.com/release/",
      "https://www.discogs.com/release/Rick-Astley",
      "https://www.discogs.com/master/view/",
      "https://evil-discogs.com/release/249504",
  })
  void rejectsAnythingElseSayingWhatWasExpected(String text) {
    assertThatThrownBy(() -> ReleaseRef.parse(text))
        .isInstanceOf(ReleaseRefParseException.class)
        .hasMessageContaining("expected a Discogs release or master");
  }

  @ParameterizedTest
  @CsvSource({"RELEASE, 249504, [r249504]", "MASTER, 96559, [m96559]"})
  void printsDiscogsShortNotation(ReleaseRef.Kind kind, long id, String expected) {
    assertThat(new ReleaseRef(kind, id)).hasToString(expected);
    assertThat(ReleaseRef.parse(expected)).isEqualTo(new ReleaseRef(kind, id));
  }
}
