package io.waxalert.app.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.TestSmtp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The webhook channel: a JSON POST per alert, retried on its own until the receiver takes it. */
@MicronautTest(transactional = false)
class WebhookDeliveryTest extends ServiceTest {

  private final WireMockServer hooks = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @AfterAll
  void stopHooks() {
    hooks.stop();
  }

  @Test
  void anAlertIsPostedAsJsonRetriedAfterAFailureAndTheMailIsNotSentTwice() throws Exception {
    hooks.start();
    String username = uniqueName("hooked");
    String bearer = signInAs(username, "tok-" + username);
    String path = "/hook/" + username;
    assertThat(api().put("/api/me", bearer, "{\"webhook_url\":\"" + hooks.baseUrl() + path + "\"}").status())
        .isEqualTo(200);
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "6.00", 1);
    String entryId = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\",\"max_price\":\"9.00\"}")
        .json().path("id").asText();
    hooks.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));

    JsonNode first = api().post("/api/wanted-list/check-all", bearer, null).json();
    hooks.stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(204)));
    Thread.sleep(20); // past the (test) backoff
    JsonNode second = api().post("/api/wanted-list/check-all", bearer, null).json();
    JsonNode third = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(first.path("notified").asInt()).as("mail went out").isEqualTo(1);
    assertThat(second.path("notified").asInt()).as("the webhook's retry").isEqualTo(1);
    assertThat(third.path("notified").asInt()).isZero();
    assertThat(TestSmtp.to(username + "@example.com")).hasSize(1);
    var posts = hooks.findAll(postRequestedFor(urlPathEqualTo(path))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(matchingJsonPath("$.alert.entry_id", equalTo(entryId))));
    assertThat(posts).hasSize(2);
    JsonNode body = new ObjectMapper().readTree(posts.get(1).getBodyAsString());
    assertThat(body.path("event").asText()).isEqualTo("waxalert.alert");
    assertThat(body.path("content").asText()).contains("Never Gonna Give You Up", "6.00 EUR");
    assertThat(body.path("alert").path("listing_price").asText()).isEqualTo("6.00");
    assertThat(body.path("alert").path("listing_currency").asText()).isEqualTo("EUR");
    assertThat(body.path("alert").path("listing_url").asText()).endsWith("/sell/release/" + id);
    assertThat(body.path("alert").path("entry_url").asText()).endsWith("/entries/" + entryId);
    assertThat(body.path("attribution").asText()).startsWith("Data provided by Discogs.");
  }
}
