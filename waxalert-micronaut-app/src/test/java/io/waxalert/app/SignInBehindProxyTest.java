package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in throttle behind a reverse proxy (simulated: the test connects from loopback, a trusted
 * proxy here, and sends the headers a proxy adds). Each forwarded client has its own allowance, so
 * one stranger's junk locks nobody else out, and what a client writes into the headers itself is
 * never read.
 */
@MicronautTest
class SignInBehindProxyTest extends ServiceTest {

  static Api.Response junkFrom(Api api, String... headers) {
    return api.send("POST", "/api/auth/token", null, "{\"token\":\"junk-token\"}", "application/json", headers);
  }

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.sign-in.max-per-minute", "3");
    p.put("waxalert.trusted-proxies", "127.0.0.0/8,::1");
    return p;
  }

  @BeforeEach
  void junkToken() {
    FakeDiscogs.refusedToken("junk-token");
  }

  @Test
  void eachForwardedClientHasItsOwnAllowance() {
    for (int i = 0; i < 3; i++) {
      assertThat(junkFrom(api(), "X-Forwarded-For", "203.0.113.7").status()).isEqualTo(401);
    }

    assertThat(junkFrom(api(), "X-Forwarded-For", "203.0.113.7").status()).isEqualTo(429);
    assertThat(junkFrom(api(), "X-Forwarded-For", "203.0.113.8").status())
        .as("another client behind the same proxy").isEqualTo(401);
    assertThat(junkFrom(api(), "Forwarded", "for=203.0.113.7;proto=https").status())
        .as("the same client named in the standard header").isEqualTo(429);
    assertThat(junkFrom(api(), "X-Forwarded-For", "198.51.100.1, 203.0.113.7").status())
        .as("a client that writes its own X-Forwarded-For gets the proxy's entry appended").isEqualTo(429);
    assertThat(junkFrom(api(), "X-Forwarded-For", "203.0.113.7, 127.0.0.1").status())
        .as("a chain of trusted proxies is read past").isEqualTo(429);
  }

  @Test
  void forwardedIpv6ClientsWithPortsAreCountedByAddress() {
    for (int i = 0; i < 3; i++) {
      junkFrom(api(), "Forwarded", "for=\"[2001:db8:cafe::17]:4711\"");
    }

    assertThat(junkFrom(api(), "Forwarded", "for=\"[2001:db8:cafe::17]:4712\"").status()).isEqualTo(429);
    assertThat(junkFrom(api(), "Forwarded", "for=\"[2001:db8:cafe::18]\"").status()).isEqualTo(401);
  }
}
