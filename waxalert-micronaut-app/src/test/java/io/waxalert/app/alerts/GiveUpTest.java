package io.waxalert.app.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A delivery that keeps failing is given up, recorded undeliverable and shown so in the history. */
@MicronautTest(transactional = false)
class GiveUpTest extends ServiceTest {

  private final WireMockServer hooks = new WireMockServer(WireMockConfiguration.options().dynamicPort());

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    // every alert is "too old" at its first failed attempt
    p.put("waxalert.delivery.give-up-after", "1ms");
    return p;
  }

  @AfterAll
  void stopHooks() {
    hooks.stop();
  }

  @Test
  void aWebhookThatKeepsFailingIsGivenUpNeverMarkedSentAndTheMailStillGoesOut() {
    hooks.start();
    hooks.stubFor(post(urlPathEqualTo("/down")).willReturn(aResponse().withStatus(503)));
    String bearer = signIn("giveup");
    api().put("/api/me", bearer, "{\"webhook_url\":\"" + hooks.baseUrl() + "/down\"}");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "6.00", 1);
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\",\"max_price\":\"9.00\"}");

    JsonNode first = api().post("/api/wanted-list/check-all", bearer, null).json();
    JsonNode again = api().post("/api/wanted-list/check-all", bearer, null).json();

    JsonNode alert = api().get("/api/notifications", bearer).json().path("notifications").get(0);
    JsonNode webhook = null;
    for (JsonNode d : alert.path("deliveries")) {
      if (d.path("channel").asText().equals("webhook")) {
        webhook = d;
      }
    }
    assertThat(webhook).isNotNull();
    assertThat(webhook.path("state").asText()).isEqualTo("undeliverable");
    assertThat(webhook.path("sent_at").isNull()).isTrue();
    assertThat(webhook.path("last_error").asText()).contains("gave up after 1 attempt", "HTTP 503");
    assertThat(alert.path("email_sent_at").asText()).isNotBlank();
    assertThat(first.path("notified").asInt()).as("by mail").isEqualTo(1);
    assertThat(again.path("notified").asInt()).isZero();
    assertThat(hooks.getAllServeEvents()).as("no retry after giving up").hasSize(1);
    assertThat(api().get("/prometheus", null).text()).containsPattern(
        "waxalert_deliveries_total\\{channel=\"webhook\",outcome=\"undeliverable\",?} [1-9]");
  }
}
