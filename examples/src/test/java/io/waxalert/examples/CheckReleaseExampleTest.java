package io.waxalert.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@WireMockTest
class CheckReleaseExampleTest {

  private static String fixture(String name) throws IOException {
    try (InputStream in = CheckReleaseExampleTest.class.getResourceAsStream("/discogs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void withoutATokenExplainsWhatToSet() {
    String printed = CheckReleaseExample.run(Map.of());

    assertThat(printed).contains("Set DISCOGS_TOKEN").contains("settings/developers").contains("exec.args");
  }

  @Test
  void checksTheReleaseWithTheTokenAndPrintsMarketAndMatch(WireMockRuntimeInfo wm) throws IOException {
    stubFor(get(urlPathEqualTo("/releases/777")).willReturn(okJson(fixture("release-777.json"))));
    stubFor(get(urlPathEqualTo("/marketplace/stats/777")).willReturn(okJson(fixture("stats-777-eur.json"))));

    String printed = CheckReleaseExample.run(
        Map.of("DISCOGS_TOKEN", "example-token", "DISCOGS_API_URL", wm.getHttpBaseUrl(),
            "DISCOGS_WEB_URL", "https://www.discogs.com"),
        "https://www.discogs.com/release/777-The-Example-Quartet-Harbour-Lights", "20.00", "EUR");

    assertThat(printed)
        .contains("The Example Quartet – Harbour Lights (1983)")
        .contains("MATCH: 18.25 EUR — https://www.discogs.com/sell/release/777")
        .contains("lowest price 18.25 EUR is at most 20.00 EUR")
        .contains("market: lowest 18.25 EUR, 12 for sale; status price_matched")
        .contains("Data provided by Discogs.");
    verify(getRequestedFor(urlPathEqualTo("/marketplace/stats/777"))
        .withQueryParam("curr_abbr", equalTo("EUR"))
        .withHeader("Authorization", equalTo("Discogs token=example-token")));
  }

  @Test
  void aReleaseDiscogsDoesNotKnowIsSaidPlainly(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/releases/778")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": \"Release not found.\"}")));

    String printed = CheckReleaseExample.run(
        Map.of("DISCOGS_TOKEN", "example-token", "DISCOGS_API_URL", wm.getHttpBaseUrl()), "778");

    assertThat(printed).contains("Discogs answered 404").contains("Release not found.");
  }
}
