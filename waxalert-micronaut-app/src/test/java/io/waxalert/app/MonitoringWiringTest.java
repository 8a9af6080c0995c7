package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.monitor.AccountBlocklistStore;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

@MicronautTest(transactional = false)
class MonitoringWiringTest extends ServiceTest {

  @Inject
  AccountBlocklistStore monitoredEntries;

  @Test
  void theEngineSeesEveryEntryWithTheAccountsBlockedSellers() {
    String bearer = signIn("blocklist");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    String entryId = api().post("/api/wanted-list/add", bearer,
        "{\"release\":\"" + id + "\",\"blocked_sellers\":[\"OwnBlock\"]}").json().path("id").asText();
    api().put("/api/me", bearer, "{\"blocked_sellers\":[\"Shady\",\"Crook\"]}");

    var seen = monitoredEntries.find(UUID.fromString(entryId)).orElseThrow();

    assertThat(seen.criteria().blockedSellers()).containsExactlyInAnyOrder("shady", "crook", "ownblock");
    assertThat(api().get("/api/wanted-list/" + entryId, bearer).json().path("blocked_sellers"))
        .hasSize(1);
  }

  @Test
  void prometheusCountsCheckRunsAndDiscogsRequests() {
    String bearer = signIn("metrics");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "5.00", 1);
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"}");
    api().post("/api/wanted-list/check-all", bearer, null);

    String metrics = api().get("/prometheus", null).text();
    assertThat(metrics).contains("waxalert_discogs_ratelimit_remaining");

    assertThat(metrics).contains("waxalert_check_runs_seconds_count", "waxalert_discogs_requests_total",
        "waxalert_discogs_rate_limited_total", "waxalert_check_entries_total", "waxalert_alerts_sent_total");
    double checkAlls = metrics.lines().filter(l -> l.startsWith("waxalert_check_runs_seconds_count{kind=\"check_all\""))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    assertThat(checkAlls).as("the check-all just run is a check run").isGreaterThanOrEqualTo(1);
    assertThat(metrics).contains("waxalert_check_runs_seconds_count{kind=\"scheduled\"");
  }

  @Test
  void discogsTokensNeverReachTheLog() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    try {
      String username = uniqueName("quiet");
      String token = "very-secret-token-" + username;
      FakeDiscogs.user(username, token, "EUR");
      FakeDiscogs.refusedToken("refused-secret-token");
      String bearer = api().post("/api/auth/token", null, "{\"token\":\"" + token + "\"}").json()
          .path("access_token").asText();
      api().post("/api/auth/token", null, "{\"token\":\"refused-secret-token\"}");
      api().post("/api/wanted-list/import", bearer, null);
    } finally {
      root.detachAppender(captured);
    }

    assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(message -> message.contains("secret-token"));
  }
}
