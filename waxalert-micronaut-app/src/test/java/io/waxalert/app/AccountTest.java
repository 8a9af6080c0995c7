package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountTest extends ServiceTest {

  @Test
  void meShowsTheAccountTakenFromTheDiscogsProfile() {
    String username = uniqueName("me");
    String bearer = signInAs(username, "tok-" + username);

    JsonNode me = api().get("/api/me", bearer).json();

    assertThat(me.path("username").asText()).isEqualTo(username);
    assertThat(me.path("email").asText()).isEqualTo(username + "@example.com");
    assertThat(me.path("currency").asText()).isEqualTo("EUR");
    assertThat(me.path("blocked_sellers")).isEmpty();
    assertThat(me.path("notify_mode").asText()).isEqualTo("instant");
    assertThat(me.has("webhook_url")).isTrue();
    assertThat(me.path("webhook_url").isNull()).isTrue();
  }

  @Test
  void putMeChangesOnlyTheGivenFields() {
    String bearer = signIn("changer");

    JsonNode me = api().put("/api/me", bearer, "{\"currency\":\"gbp\",\"notify_mode\":\"digest\","
        + "\"webhook_url\":\"https://hooks.example.com/x\",\"blocked_sellers\":[\"a\",\"b\"]}").json();
    JsonNode again = api().put("/api/me", bearer, "{\"email\":\"new@example.org\"}").json();

    assertThat(me.path("currency").asText()).isEqualTo("GBP");
    assertThat(me.path("notify_mode").asText()).isEqualTo("digest");
    // a new address waits for its confirmation link (EmailConfirmationTest)
    assertThat(again.path("email").asText()).endsWith("@example.com");
    assertThat(again.path("email_pending").asText()).isEqualTo("new@example.org");
    assertThat(again.path("webhook_url").asText()).isEqualTo("https://hooks.example.com/x");
    assertThat(again.path("blocked_sellers")).hasSize(2);
    assertThat(api().get("/api/me", bearer).json().path("currency").asText()).isEqualTo("GBP");
  }
}
