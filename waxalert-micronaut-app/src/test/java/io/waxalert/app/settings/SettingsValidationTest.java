package io.waxalert.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.waxalert.app.config.Launcher;
import io.waxalert.app.support.ServiceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bad {@code waxalert.*} value stops the start with a message naming the property. */
class SettingsValidationTest {

  private static Map<String, Object> properties(String name, String value) throws Exception {
    Path dataDir = Files.createTempDirectory("waxalert-settings");
    Map<String, Object> p = new HashMap<>(ServiceTest.baseProperties(dataDir));
    p.put("datasources.default.url", "jdbc:h2:mem:settings-" + System.nanoTime()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    p.put(name, value);
    return p;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "waxalert.monitor.interval | abc | waxalert.monitor.interval",
      "waxalert.monitor.interval | -5m | waxalert.monitor.interval",
      "waxalert.monitor.tick | 0s | waxalert.monitor.tick",
      "waxalert.monitor.listing-source | sellpage | waxalert.monitor.listing-source",
      "waxalert.discogs.api-url | api.discogs.com | waxalert.discogs.api-url",
      "waxalert.discogs.requests-per-minute | 0 | waxalert.discogs.requests-per-minute",
      "waxalert.discogs.max-attempts | many | waxalert.discogs.max-attempts",
      "waxalert.delivery.give-up-after | -1d | waxalert.delivery.give-up-after",
      "waxalert.delivery.max-parallelism | 0 | waxalert.delivery.max-parallelism",
      "waxalert.delivery.max-backoff | 0s | waxalert.delivery.max-backoff",
      "waxalert.discogs.requests-per-minute | lots | waxalert.discogs.requests-per-minute",
      "waxalert.sign-in.max-per-minute | 0 | waxalert.sign-in.max-per-minute",
      "waxalert.telegram.api-url | ftp://api.telegram.org | waxalert.telegram.api-url",
      "waxalert.exchange-rates.url | ecb | waxalert.exchange-rates.url",
      "waxalert.app-url | localhost:8080 | waxalert.app-url",
      "waxalert.monitor.enabled | ture | waxalert.monitor.enabled",
      "waxalert.delivery.enabled | maybe | waxalert.delivery.enabled",
      "waxalert.webhooks.allow-private-addresses | sure | waxalert.webhooks.allow-private-addresses",
      "waxalert.credentials-key | not base64! | waxalert.credentials-key",
      "waxalert.credentials-key | c2hvcnQ= | waxalert.credentials-key",
      "waxalert.unsubscribe.key | c2hvcnQ= | waxalert.unsubscribe.key",
      "waxalert.unsubscribe.link-lifetime | 0s | waxalert.unsubscribe.link-lifetime",
      "waxalert.mail.from | alerts at example | waxalert.mail.from",
      "waxalert.mail.confirmation-lifetime | -1h | waxalert.mail.confirmation-lifetime",
      "waxalert.mail.health-check-interval | soon | waxalert.mail.health-check-interval",
      "waxalert.trusted-proxies | 10.0.0.0/33 | waxalert.trusted-proxies",
      "waxalert.trusted-proxies | proxy.example.org | waxalert.trusted-proxies",
      "waxalert.operator-token | short | waxalert.operator-token",
      "waxalert.discogs.consumer-key | only-the-key | waxalert.discogs.consumer-secret",
      "waxalert.jwt-secret | too-short | waxalert.jwt-secret",
      "javamail.properties.mail.smtp.port | abc | javamail.properties.mail.smtp.port",
      "javamail.properties.mail.smtp.port | 70000 | javamail.properties.mail.smtp.port",
      "javamail.properties.mail.smtp.host | '' | javamail.properties.mail.smtp.host",
  })
  void aBadValueStopsTheStartNamingTheProperty(String name, String value, String named) throws Exception {
    Map<String, Object> p = properties(name, value);

    assertThatThrownBy(() -> ApplicationContext.run(p).close())
        .satisfies(e -> assertThat(messages(e)).contains(named))
        .satisfies(e -> assertThat(Launcher.refusedSettings(e)).as("the start-up log's one line")
            .anySatisfy(line -> assertThat(line).contains(named).doesNotContain("\n", "io.waxalert.app")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "jdbc:nonsense:x | claims to not accept jdbcUrl",
      "jdbc:h2:file:/proc/no-such-folder/w | /proc/no-such-folder"})
  void aDatabaseThatCannotBeOpenedStopsTheStartInOneLineSayingWhereItIsSet(String url, String reason)
      throws Exception {
    Map<String, Object> p = properties("datasources.default.url", url);

    assertThatThrownBy(() -> ApplicationContext.run(p).close())
        .satisfies(e -> assertThat(Launcher.refusedSettings(e)).singleElement().satisfies(line -> assertThat(line)
            .contains("datasources.default.url", "waxalert.data-dir", reason).doesNotContain("\n")));
  }

  @org.junit.jupiter.api.Test
  void theMessageSaysWhatIsWrongWithTheValue() throws Exception {
    assertThatThrownBy(() -> ApplicationContext.run(properties("waxalert.monitor.interval", "-5m")).close())
        .satisfies(e -> assertThat(messages(e))
            .contains("waxalert.monitor.interval must be a duration such as 0s, 10s, 5m or 1h, not negative"));
    assertThatThrownBy(() -> ApplicationContext.run(properties("waxalert.monitor.interval", "abc")).close())
        .satisfies(e -> assertThat(messages(e))
            .contains("Error resolving property value [waxalert.monitor.interval]", "Unable to convert value [abc]"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "waxalert.monitor.interval | 0s",
      "waxalert.monitor.market-max-age | 0s",
      "waxalert.delivery.give-up-after | 3d",
      "waxalert.exchange-rates.url | none",
      "waxalert.monitor.listing-source | auto",
      "waxalert.trusted-proxies | '10.0.0.0/8,192.168.1.10,::1,fd00::/8'",
      "waxalert.monitor.enabled | false",
      "waxalert.credentials-key | MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
  })
  void documentedValuesStart(String name, String value) throws Exception {
    try (ApplicationContext context = ApplicationContext.run(properties(name, value))) {
      assertThat(context.isRunning()).isTrue();
      if (name.endsWith("listing-source")) {
        assertThat(context.getBean(io.waxalert.core.spi.ListingSource.class))
            .isInstanceOf(io.waxalert.discogs.AutoListingSource.class);
      }
    }
  }

  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
