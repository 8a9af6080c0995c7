package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class AuthTest extends ServiceTest {

  @Inject
  UserStore users;

  @Test
  void goodTokenCreatesTheUserFromTheirProfileAndSetsTheSessionCookie() {
    String username = uniqueName("alice");
    FakeDiscogs.user(username, "good-" + username, "GBP");

    Api.Response response = api().post("/api/auth/token", null, "{\"token\":\"good-" + username + "\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("username").asText()).isEqualTo(username);
    assertThat(response.json().path("email").asText()).isEqualTo(username + "@example.com");
    assertThat(response.json().path("access_token").asText()).isNotBlank();
    assertThat(response.cookies()).singleElement().satisfies(cookie -> assertThat(cookie)
        .startsWith("JWT=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    assertThat(users.findByUsername(username)).hasValueSatisfying(account ->
        assertThat(account.currency().name()).isEqualTo("GBP"));
  }

  @Test
  void tokenIsStoredEncryptedAndNeverReturned() {
    String username = uniqueName("carol");
    String token = "secret-token-" + username;
    FakeDiscogs.user(username, token, "EUR");

    Api.Response response = api().post("/api/auth/token", null, "{\"token\":\"" + token + "\"}");
    String bearer = response.json().path("access_token").asText();

    var account = users.findByUsername(username).orElseThrow();
    byte[] stored = users.findCredentials(account.id()).orElseThrow();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(token);
    assertThat(response.text()).doesNotContain(token);
    assertThat(api().get("/api/me", bearer).text()).doesNotContain(token);
  }

  @Test
  void unsupportedProfileCurrencyFallsBackToUsd() {
    String username = uniqueName("dave");
    FakeDiscogs.user(username, "tok-" + username, "XYZ");

    api().post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}");

    assertThat(users.findByUsername(username).orElseThrow().currency().name()).isEqualTo("USD");
  }

  @Test
  void refusedTokenAnswers401AndCreatesNothing() {
    FakeDiscogs.refusedToken("bad-token");

    Api.Response response = api().post("/api/auth/token", null, "{\"token\":\"bad-token\"}");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.json().path("message").asText()).isNotBlank();
    assertThat(response.cookies()).isEmpty();
  }

  @Test
  void missingTokenAnswers400NamingTheField() {
    Api.Response response = api().post("/api/auth/token", null, "{}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).isEqualTo("token");
  }

  @Test
  void sessionCookieAuthenticatesLikeTheBearerToken() {
    String username = uniqueName("erin");
    FakeDiscogs.user(username, "tok-" + username, "EUR");
    Api.Response signIn = api().post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}");
    String cookie = signIn.cookies().get(0).split(";")[0];

    Api.Response me = api().send("GET", "/api/me", null, null, null, "Cookie", cookie);

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().path("username").asText()).isEqualTo(username);
  }

  @Test
  void logoutClearsTheCookie() {
    String bearer = signIn("frank");

    Api.Response response = api().post("/api/auth/logout", bearer, null);

    assertThat(response.status()).isEqualTo(204);
    assertThat(response.cookies()).singleElement().satisfies(c -> assertThat(c).contains("Max-Age=0"));
  }

  @Test
  void logoutEndsTheSessionAlsoForItsBearerTokenButNotForOtherSessions() {
    String username = uniqueName("hank");
    FakeDiscogs.user(username, "tok-" + username, "EUR");
    String signedOut = api().post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}")
        .json().path("access_token").asText();
    String otherDevice = api().post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}")
        .json().path("access_token").asText();
    assertThat(api().get("/api/me", signedOut).status()).isEqualTo(200);

    api().post("/api/auth/logout", signedOut, null);

    assertThat(api().get("/api/me", signedOut).status()).isEqualTo(401);
    assertThat(api().get("/api/me", otherDevice).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @CsvSource({
      "GET, /api/me", "PUT, /api/me", "GET, /api/wanted-list", "POST, /api/wanted-list/add",
      "GET, /api/wanted-list/00000000-0000-0000-0000-000000000001",
      "DELETE, /api/wanted-list/00000000-0000-0000-0000-000000000001",
      "POST, /api/wanted-list/check-all", "POST, /api/wanted-list/import",
      "GET, /api/wanted-list/export", "GET, /api/notifications", "GET, /api/releases/search?q=x",
      "GET, /api/releases/249504", "GET, /api/releases/249504/marketplace",
      "GET, /api/releases/249504/price-history"})
  void everyApiRouteButSignInNeedsASession(String method, String path) {
    Api.Response response = api().send(method, path, null,
        method.equals("GET") || method.equals("DELETE") ? null : "{}",
        method.equals("GET") || method.equals("DELETE") ? null : "application/json");

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void unknownRouteAnswers404WithAJsonMessage() {
    String bearer = signIn("ivy");

    Api.Response response = api().get("/api/no-such-route", bearer);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("message").asText()).isNotBlank();
  }

  @Test
  void aSlowDiscogsDoesNotStallOtherRequests() throws Exception {
    FakeDiscogs.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
            com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Discogs token=slow"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)
            .withFixedDelay(3000).withBody("{\"message\": \"slow and refused\"}")));
    java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      for (int i = 0; i < 8; i++) {
        callers.submit(() -> api().post("/api/auth/token", null, "{\"token\":\"slow\"}"));
      }
      Thread.sleep(500);

      long started = System.nanoTime();
      Api.Response health = api().get("/health", null);
      long millis = (System.nanoTime() - started) / 1_000_000;

      assertThat(health.status()).isEqualTo(200);
      // blocking work runs on the I/O pool: eight sign-ins waiting 3 s on Discogs hold no event loop
      assertThat(millis).isLessThan(2000);
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void invalidBearerTokenAnswers401() {
    assertThat(api().get("/api/me", "not-a-jwt").status()).isEqualTo(401);
  }

  @Test
  void crossSiteFormPostIsRefused() {
    String bearer = signIn("gina");

    Api.Response form = api().send("POST", "/api/wanted-list/check-all", bearer, "a=b",
        "application/x-www-form-urlencoded");
    Api.Response foreign = api().send("POST", "/api/wanted-list/check-all", bearer, "{}",
        "application/json", "Origin", "https://evil.example");

    assertThat(form.status()).as(form.toString()).isEqualTo(415);
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.json().path("message").asText()).contains("another origin");
    Api.Response otherPort = api().send("POST", "/api/wanted-list/check-all", bearer, "{}",
        "application/json", "Origin", "http://localhost:1");
    assertThat(otherPort.status()).as("same host, another port: another origin").isEqualTo(403);
  }

  @Test
  void signInWithDiscogsIs404WithAClearMessageWhenNoConsumerKeyIsConfigured() {
    Api.Response response = api().get("/auth/discogs/login", null);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("message").asText()).contains("consumer-key");
  }
}
