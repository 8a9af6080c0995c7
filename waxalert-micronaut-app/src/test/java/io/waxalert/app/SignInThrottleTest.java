package io.waxalert.app;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.ShiftedClock;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Anonymous callers cannot spend the shared Discogs budget with junk tokens (at most
 * {@code max-per-minute} Discogs requests per address), and good sign-ins are never turned away by
 * a throttle that junk set off. Every test runs on its own clock minute, so buckets start full.
 */
@MicronautTest
class SignInThrottleTest extends ServiceTest {

  private final ShiftedClock clock = new ShiftedClock();

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.sign-in.max-per-minute", "3");
    return p;
  }

  @BeforeEach
  void freshAllowance() {
    clock.advance(Duration.ofHours(1));
    FakeDiscogs.refusedToken("junk-token");
  }

  private Api.Response junk() {
    return api().post("/api/auth/token", null, "{\"token\":\"junk-token\"}");
  }

  @Test
  void anAddressGetsAFewRefusedSignInsAMinuteAndNoMoreReachDiscogs() {
    for (int i = 0; i < 5; i++) {
      signIn("good"); // good tokens give their attempt back
    }
    int before = junkChecks();

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(junk().status()).isEqualTo(401);
    }
    Api.Response throttled = junk();

    assertThat(throttled.status()).isEqualTo(429);
    // 3 a minute: the next attempt frees up 20 seconds after the last one
    assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(s).isIn("19", "20"));
    assertThat(throttled.json().path("message").asText()).contains("too many sign-in attempts");
    assertThat(junkChecks() - before).isEqualTo(3);
  }

  @Test
  void aThrottledAddressGetsOneMoreTryPerShareOfTheMinuteAndNoMore() {
    for (int attempt = 1; attempt <= 3; attempt++) {
      junk();
    }
    int before = junkChecks();

    clock.advance(Duration.ofSeconds(20));
    Api.Response refill = junk();
    Api.Response again = junk();

    assertThat(refill.status()).isEqualTo(401);
    assertThat(again.status()).isEqualTo(429);
    assertThat(junkChecks() - before).isEqualTo(1);
  }

  @Test
  void aTokenThatSignedInBeforeIsNeverTurnedAwayByJunkFromTheSameAddress() {
    String username = uniqueName("regular");
    String token = "tok-" + username;
    signInAs(username, token);
    for (int attempt = 1; attempt <= 4; attempt++) {
      junk();
    }
    assertThat(junk().status()).isEqualTo(429);

    Api.Response good = api().post("/api/auth/token", null, "{\"token\":\"" + token + "\"}");

    assertThat(good.status()).as(good.toString()).isEqualTo(200);
    assertThat(good.json().path("username").asText()).isEqualTo(username);
    assertThat(junk().status()).as("junk stays throttled").isEqualTo(429);
  }

  @Test
  void aKnownTokenThatDiscogsNowRefusesIsRecognisedNoMore() {
    String username = uniqueName("revoked");
    String token = "tok-" + username;
    signInAs(username, token);
    FakeDiscogs.refusedToken(token);
    for (int attempt = 1; attempt <= 3; attempt++) {
      junk();
    }

    Api.Response refused = api().post("/api/auth/token", null, "{\"token\":\"" + token + "\"}");
    Api.Response again = api().post("/api/auth/token", null, "{\"token\":\"" + token + "\"}");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(again.status()).isEqualTo(429);
  }

  private static int junkChecks() {
    return FakeDiscogs.server().findAll(getRequestedFor(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=junk-token"))).size();
  }
}
