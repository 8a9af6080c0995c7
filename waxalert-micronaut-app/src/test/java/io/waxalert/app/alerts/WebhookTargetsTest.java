package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

  private final WebhookTargets publicOnly = new WebhookTargets(false);

  @ParameterizedTest
  @ValueSource(strings = {
      "http://127.0.0.1:8080/admin", "http://localhost/x", "http://api.localhost/x", "http://[::1]/x",
      "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://172.16.0.1/",
      "http://192.168.1.1/", "http://100.64.0.1/", "http://0.0.0.0/", "http://[fd00::1]/",
      "http://[fe80::1]/", "http://224.0.0.1/", "http://2130706433/", "http://0x7f000001/",
      "ftp://hooks.example.org/x", "file:///etc/passwd"})
  void nonPublicTargetsAreRefusedBeforeAnyLookup(String url) {
    assertThat(publicOnly.refusalWithoutLookup(URI.create(url))).as(url).isPresent();
    assertThatThrownBy(() -> publicOnly.requireAllowed(URI.create(url))).isInstanceOf(IOException.class)
        .hasMessageContaining("refused");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://discord.com/api/webhooks/1/x", "https://ntfy.sh/waxalert", "http://93.184.216.34/hook",
      "https://[2606:4700::1111]/hook"})
  void publicTargetsPassTheInputCheck(String url) {
    assertThat(publicOnly.refusalWithoutLookup(URI.create(url))).as(url).isEmpty();
  }

  @Test
  void aNameIsCheckedByEveryAddressItResolvesToWhenConnecting() throws IOException {
    WebhookTargets targets = new WebhookTargets(false, host -> switch (host) {
      case "rebound.example.org" -> new InetAddress[] {
          InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
      case "hooks.example.org" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
      default -> throw new UnknownHostException(host);
    });
    URI rebound = URI.create("https://rebound.example.org/hook");

    assertThat(targets.refusalWithoutLookup(rebound)).isEmpty();
    assertThatThrownBy(() -> targets.resolvePublic(rebound.getHost())).isInstanceOf(UnknownHostException.class)
        .hasMessageContaining("non-public address");
    assertThatThrownBy(() -> targets.resolvePublic("nowhere.example.org"))
        .isInstanceOf(UnknownHostException.class);
    assertThat(targets.resolvePublic("hooks.example.org")).containsExactly(InetAddress.getByName("93.184.216.34"));
  }

  @Test
  void privateAddressesPassWhenAllowed() throws IOException {
    WebhookTargets intranet = new WebhookTargets(true);

    assertThat(intranet.refusalWithoutLookup(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
    intranet.requireAllowed(URI.create("http://localhost:8080/hook"));
    assertThat(intranet.resolvePublic("localhost")).isNotEmpty();
    assertThat(intranet.refusalWithoutLookup(URI.create("ftp://127.0.0.1/"))).isPresent();
  }
}
