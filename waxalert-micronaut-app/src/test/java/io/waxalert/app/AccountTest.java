package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    // the profile's location "Berlin" names no country
    assertThat(me.has("country")).isTrue();
    assertThat(me.path("country").isNull()).isTrue();
  }

  @Test
  void theFirstSignInTakesTheCountryAProfileLocationEndsIn() {
    String username = uniqueName("hamburg");
    FakeDiscogs.user(username, "tok-" + username, "EUR", "Hamburg, Germany");

    String bearer = api().post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}").json()
        .path("access_token").asText();

    assertThat(api().get("/api/me", bearer).json().path("country").asText()).isEqualTo("Germany");
  }

  @ParameterizedTest(name = "''{0}'' is stored as {1}")
  @CsvSource({"germany, Germany", "'  United States ', United States", "DE, Germany", "usa, United States"})
  void theCountryIsStoredAsDiscogsNamesIt(String given, String stored) {
    String bearer = signIn("country");

    JsonNode me = api().put("/api/me", bearer, "{\"country\":\"" + given + "\"}").json();

    assertThat(me.path("country").asText()).isEqualTo(stored);
    assertThat(api().get("/api/me", bearer).json().path("country").asText()).isEqualTo(stored);
  }

  @Test
  void anUnknownCountryIsRefusedNamingTheFieldAndNullClearsIt() {
    String bearer = signIn("nowhere");
    api().put("/api/me", bearer, "{\"country\":\"Netherlands\"}");

    Api.Response refused = api().put("/api/me", bearer, "{\"country\":\"Atlantis\"}");
    Api.Response empty = api().put("/api/me", bearer, "{\"country\":\"  \"}");
    String kept = api().get("/api/me", bearer).json().path("country").asText();
    Api.Response cleared = api().put("/api/me", bearer, "{\"country\":null}");

    assertThat(empty.status()).as("an empty country is a slip, not a clearing").isEqualTo(400);
    assertThat(empty.json().path("field").asText()).isEqualTo("country");
    assertThat(kept).isEqualTo("Netherlands");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("field").asText()).isEqualTo("country");
    assertThat(refused.json().path("message").asText()).contains("Germany");
    assertThat(cleared.json().path("country").isNull()).isTrue();
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
