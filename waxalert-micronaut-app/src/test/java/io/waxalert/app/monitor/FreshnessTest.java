package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Visible freshness: next_check_at on entries, how often entries are really checked, the budget's gauges. */
@MicronautTest(transactional = false)
class FreshnessTest extends ServiceTest {

  @Inject
  ApplicationContext context;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.enabled", "true");
    p.put("waxalert.monitor.initial-delay", "1h"); // the test runs the pass itself
    p.put("waxalert.monitor.interval", "5s");
    p.put("waxalert.monitor.market-max-age", "0s"); // else entries are really checked every 5m, its default
    p.put("waxalert.monitor.tick", "1s"); // a pass run by the test fetches one release
    // 60 requests a minute: 10 releases take 10 s, longer than the interval
    p.put("waxalert.discogs.requests-per-minute", "60");
    // its own database: the estimate covers every active entry of the service
    p.put("datasources.default.url", "jdbc:h2:mem:freshness;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return p;
  }

  @Test
  void aPassLongerThanTheIntervalIsLoggedAndEntriesSayWhenTheyAreCheckedNext() throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger logger = (Logger) LoggerFactory.getLogger(Freshness.class);
    logger.addAppender(log);
    String bearer = signIn("fresh");
    // the entries are added directly: the adds would spend requests on release details
    String owner = api().get("/api/me", bearer).json().path("username").asText();
    for (int i = 0; i < 10; i++) {
      long release = uniqueReleaseId();
      FakeDiscogs.stats(release, "EUR", "9.00", 1);
      context.getBean(io.waxalert.persistence.JdbcWantedEntryStore.class).save(
          io.waxalert.core.entry.WantedEntry.forRelease(owner, release, "A – T", io.waxalert.core.model.Currency.EUR,
              io.waxalert.core.criteria.AlertCriteria.none()));
    }
    try {
      context.getBean(MonitorJob.class).run();
      // the estimate is made beside the pass, on a thread of its own
      for (int i = 0; i < 200 && context.getBean(Freshness.class).current().isEmpty(); i++) {
        Thread.sleep(50);
      }
    } finally {
      logger.detachAppender(log);
    }

    JsonNode list = api().get("/api/wanted-list", bearer).json();
    assertThat(list.path("checked_every_seconds").asLong()).as("a pass of 10 at 60 a minute").isEqualTo(10);
    for (JsonNode entry : list.path("entries")) {
      assertThat(entry.path("next_check_at").isTextual()).as(entry.toString()).isTrue();
      assertThat(Instant.parse(entry.path("next_check_at").asText())).isAfter(Instant.now().minusSeconds(5));
    }
    String metrics = api().get("/prometheus", null).text();
    assertThat(metrics).contains("waxalert_budget_pass_seconds 10.0", "waxalert_budget_overdue_entries",
        "waxalert_budget_effective_interval_seconds 10.0", "waxalert_budget_active_releases 10.0");
    assertThat(log.list).anySatisfy(event -> assertThat(event.getFormattedMessage())
        .contains("longer than waxalert.monitor.interval", "10 active releases"));
  }

  @Test
  void aNewActiveEntryIsDueAtTheNextTickAndAPausedOneHasNoNextCheck() {
    String bearer = signIn("newcomer");
    long release = uniqueReleaseId();
    FakeDiscogs.release(release);
    FakeDiscogs.stats(release, "EUR", "9.00", 1);
    Instant before = Instant.now();

    JsonNode added = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\"}").json();

    assertThat(added.path("next_check_at").isTextual()).as(added.toString()).isTrue();
    assertThat(Instant.parse(added.path("next_check_at").asText()))
        .isBetween(before, Instant.now().plusSeconds(2)); // the tick is 1 s: never-checked entries go first
    JsonNode paused = api().post("/api/wanted-list/" + added.path("id").asText() + "/toggle", bearer, null).json();
    assertThat(paused.path("next_check_at").isNull()).as(paused.toString()).isTrue();
  }

  @Test
  void anEntryCheckedSinceTheEstimateIsNextDueAnIntervalAfterThatCheckNeverInThePast() {
    // an instance of its own: the service's estimate is the other tests'
    Freshness freshness = new Freshness(new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
        context.getBean(io.waxalert.app.settings.MonitorProperties.class), java.time.Clock.systemUTC());
    Instant now = Instant.now();
    java.util.UUID checked = java.util.UUID.randomUUID();
    java.util.UUID overdue = java.util.UUID.randomUUID();
    java.util.UUID later = java.util.UUID.randomUUID();
    // estimated 40 s ago; it expected all three by now but the third, which is due in a minute
    freshness.update(new io.waxalert.core.budget.FreshnessEstimate(now.minusSeconds(40), 3, 3,
        java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(10), true, 0, 0, Map.of(),
        Map.of(checked, now.minusSeconds(20), overdue, now.minusSeconds(20), later, now.plusSeconds(60))));

    assertThat(freshness.nextCheckOf(checked, now.minusSeconds(19))).as("checked 19 s ago, as estimated")
        .contains(now.minusSeconds(19).plus(java.time.Duration.ofMinutes(10)));
    assertThat(freshness.nextCheckOf(overdue, now.minusSeconds(300)).orElseThrow())
        .as("not checked since: due at the next tick").isBetween(now, Instant.now().plusSeconds(2));
    assertThat(freshness.nextCheckOf(later, now.minusSeconds(300))).contains(now.plusSeconds(60));
  }
}
