package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * From a peer that is no trusted proxy, forwarded headers are ignored: a caller cannot pick the
 * address its sign-in attempts are counted under.
 */
@MicronautTest
class SignInSpoofedProxyHeadersTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.sign-in.max-per-minute", "3");
    p.put("waxalert.trusted-proxies", "10.0.0.1");
    return p;
  }

  @Test
  void spoofedForwardedHeadersPickNoOtherAddress() {
    FakeDiscogs.refusedToken("junk-token");
    for (int i = 0; i < 3; i++) {
      assertThat(SignInBehindProxyTest.junkFrom(api(), "X-Forwarded-For", "198.51.100." + i).status()).isEqualTo(401);
    }

    assertThat(SignInBehindProxyTest.junkFrom(api(), "X-Forwarded-For", "198.51.100.99").status()).isEqualTo(429);
    assertThat(SignInBehindProxyTest.junkFrom(api(), "Forwarded", "for=198.51.100.98").status()).isEqualTo(429);
    assertThat(SignInBehindProxyTest.junkFrom(api(), "X-Real-IP", "198.51.100.97").status()).isEqualTo(429);
  }
}
