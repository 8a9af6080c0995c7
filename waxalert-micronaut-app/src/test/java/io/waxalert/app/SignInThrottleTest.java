package io.waxalert.app;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anonymous callers cannot spend the shared Discogs budget with junk tokens; good ones always pass. */
@MicronautTest
class SignInThrottleTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.sign-in.max-per-minute", "3");
    return p;
  }

  @Test
  void anAddressGetsAFewRefusedSignInsAMinuteAndNoMoreReachDiscogs() {
    FakeDiscogs.refusedToken("junk-token");
    for (int i = 0; i < 5; i++) {
      signIn("good"); // good tokens do not count
    }
    int before = identityCalls();

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThat(api().post("/api/auth/token", null, "{\"token\":\"junk-token\"}").status()).isEqualTo(401);
    }
    Api.Response throttled = api().post("/api/auth/token", null, "{\"token\":\"junk-token\"}");

    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(throttled.json().path("message").asText()).contains("too many sign-in attempts");
    assertThat(identityCalls() - before).isEqualTo(3);
  }

  private static int identityCalls() {
    return FakeDiscogs.server().findAll(getRequestedFor(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=junk-token"))).size();
  }
}
