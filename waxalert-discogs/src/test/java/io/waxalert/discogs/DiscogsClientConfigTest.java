package io.waxalert.discogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiscogsClientConfigTest {

  @Test
  void defaultsPointAtDiscogsWithARealUserAgent() {
    DiscogsClientConfig config = DiscogsClientConfig.defaults();

    assertThat(config.apiBaseUrl()).hasToString("https://api.discogs.com");
    assertThat(config.webBaseUrl()).hasToString("https://www.discogs.com");
    assertThat(config.userAgent()).matches("WaxAlert/\\S+ \\+https://github.com/waxalert/waxalert");
    assertThat(config.credentials().authenticated()).isFalse();
    assertThat(config.rateWindow()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.maxAttempts()).isEqualTo(2);
    assertThat(config.rateLimitedBackoff()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.maxRetryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(config.circuitFailureThreshold()).isEqualTo(5);
    assertThat(config.circuitOpenWait()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void explicitBudgetWinsOverTheCredentialDefault() {
    DiscogsClientConfig config = DiscogsClientConfig.builder().requestsPerWindow(30).headroom(0).build();

    assertThat(config.requestsPerWindow()).isEqualTo(30);
    assertThat(config.permitInterval()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void copyKeepsEverySettingAndTrailingSlashIsDropped() {
    DiscogsClientConfig original = DiscogsClientConfig.builder().apiBaseUrl("http://localhost:8080/")
        .userAgent("Test/1 +https://example.org").maxAttempts(3).build();

    DiscogsClientConfig copy = DiscogsClientConfig.from(original).build();

    assertThat(copy.apiBaseUrl()).hasToString("http://localhost:8080");
    assertThat(copy.userAgent()).isEqualTo("Test/1 +https://example.org");
    assertThat(copy.maxAttempts()).isEqualTo(3);
  }

  @Test
  void rejectsImpossibleSettings() {
    DiscogsClientConfig.Builder builder = DiscogsClientConfig.builder();

    assertThatThrownBy(() -> builder.requestsPerWindow(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.userAgent(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiBaseUrl("api.discogs.com")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.perPage(101)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.circuitFailureThreshold(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.circuitOpenWait(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.maxRetryAfter(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.headroom(0.9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateWindow(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DiscogsCredentials.personalToken("")).isInstanceOf(IllegalArgumentException.class);
  }
}
