package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a consumer key configured, the sign-in page offers "Sign in with Discogs". */
@MicronautTest(transactional = false)
class OAuthSignInPageTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("micronaut.server.port", "-1");
    p.put("waxalert.discogs.consumer-key", "web-consumer-key");
    p.put("waxalert.discogs.consumer-secret", "web-consumer-secret");
    return p;
  }

  @Test
  void theSignInPageLinksToDiscogsSignIn() {
    Api.Response page = api().get("/sign-in", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("href=\"/auth/discogs/login\"", "Sign in with Discogs", "id=\"token-form\"");
  }
}
