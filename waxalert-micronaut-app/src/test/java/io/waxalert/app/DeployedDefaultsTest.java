package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a service reached over https with default settings does: Secure cookies, public webhooks only. */
@MicronautTest
class DeployedDefaultsTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.app-url", "https://waxalert.example");
    p.put("waxalert.webhooks.allow-private-addresses", "false");
    return p;
  }

  @Test
  void sessionCookieIsSecureOverHttps() {
    String username = uniqueName("sec");
    FakeDiscogs.user(username, "tok-" + username, "EUR");

    Api.Response signIn = api().post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}");
    Api.Response signOut = api().post("/api/auth/logout", signIn.json().path("access_token").asText(), null);

    assertThat(signIn.cookies()).singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));
    assertThat(signOut.cookies()).singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("Secure"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/admin", "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.5/hook", "http://localhost/hook"})
  void webhookOnTheServicesOwnNetworkIsRefused(String url) {
    String bearer = signIn("hook");

    Api.Response response = api().put("/api/me", bearer, "{\"webhook_url\":\"" + url + "\"}");

    assertThat(response.status()).as(url).isEqualTo(400);
    assertThat(response.json().path("field").asText()).isEqualTo("webhook_url");
    assertThat(api().get("/api/me", bearer).json().path("webhook_url").isNull()).isTrue();
  }

  @Test
  void publicWebhookIsAccepted() {
    String bearer = signIn("hook");

    Api.Response response = api().put("/api/me", bearer, "{\"webhook_url\":\"https://ntfy.sh/waxalert-test\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().path("webhook_url").asText()).isEqualTo("https://ntfy.sh/waxalert-test");
  }
}
