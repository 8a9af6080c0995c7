package io.waxalert.app.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.monitor.MonitorJob;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.TestSmtp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled jobs end to end: restarts, and two instances on one PostgreSQL. */
class ScheduledDeliveryTest {

  private static final AtomicInteger RELEASES = new AtomicInteger(700_000);

  @TempDir
  Path dataDir;

  private static EmbeddedServer start(Path dataDir, Map<String, String> extra) {
    Map<String, Object> properties = new HashMap<>(ServiceTest.baseProperties(dataDir));
    properties.put("micronaut.server.port", "-1");
    properties.put("waxalert.monitor.enabled", "true");
    properties.put("waxalert.monitor.initial-delay", "1h"); // the test runs the job itself
    // An interval of one tick: every run takes all due entries rather than its share of them.
    properties.put("waxalert.monitor.interval", "1m");
    properties.putAll(extra);
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }

  /** One tick of each scheduled job: the check, then the relay. */
  private static void runJobs(EmbeddedServer instance) {
    instance.getApplicationContext().getBean(MonitorJob.class).run();
    instance.getApplicationContext().getBean(RelayJob.class).run();
  }

  private static String signIn(Api api, String username) {
    FakeDiscogs.user(username, "tok-" + username, "EUR");
    return api.post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}").json()
        .path("access_token").asText();
  }

  private static long matchingRelease() {
    long id = RELEASES.incrementAndGet();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "7.00", 2);
    return id;
  }

  private static void add(Api api, String bearer, long release) {
    assertThat(api.post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\",\"max_price\":\"20.00\"}")
        .status()).isEqualTo(201);
  }

  @Test
  void noSecondMailForTheSameMatchAfterARestart() {
    String username = "restart-mail-" + ProcessHandle.current().pid();
    long release = matchingRelease();
    // interval 0s: every run checks every entry again
    Map<String, String> everyRun = Map.of("waxalert.monitor.interval", "0s", "waxalert.monitor.market-max-age", "0s");
    try (EmbeddedServer first = start(dataDir, everyRun)) {
      Api api = new Api(first.getURL().toString());
      add(api, signIn(api, username), release);
      runJobs(first);
    }
    assertThat(TestSmtp.to(username + "@example.com")).hasSize(1);

    try (EmbeddedServer second = start(dataDir, everyRun)) {
      runJobs(second);
      runJobs(second);
    }
    assertThat(TestSmtp.to(username + "@example.com")).hasSize(1);
    assertThat(FakeDiscogs.server().countRequestsMatching(
        getRequestedFor(urlPathEqualTo("/marketplace/stats/" + release)).build()).getCount()).isEqualTo(3);
  }

  @Test
  void twoInstancesOnOnePostgresCheckEachReleaseOnceAndMailEachMatchOnce() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Map<String, String> pg = Map.of(
          "datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
          "datasources.default.username", "postgres",
          "datasources.default.password", "");
      try (EmbeddedServer a = start(dataDir.resolve("a"), pg); EmbeddedServer b = start(dataDir.resolve("b"), pg)) {
        Api api = new Api(a.getURL().toString());
        List<String> users = new ArrayList<>();
        List<Long> releases = List.of(matchingRelease(), matchingRelease(), matchingRelease());
        for (int u = 0; u < 4; u++) {
          String username = "twin-" + ProcessHandle.current().pid() + "-" + u;
          users.add(username);
          String bearer = signIn(api, username);
          for (long release : releases) {
            add(api, bearer, release);
          }
        }

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (EmbeddedServer instance : List.of(a, b)) {
          runs.add(CompletableFuture.runAsync(() -> {
            try {
              together.await();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
            runJobs(instance);
            runJobs(instance);
          }));
        }
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

        for (long release : releases) {
          assertThat(FakeDiscogs.server().countRequestsMatching(
              getRequestedFor(urlPathEqualTo("/marketplace/stats/" + release)).build()).getCount())
              .as("stats requests of release %d", release).isEqualTo(1);
        }
        for (String username : users) {
          assertThat(TestSmtp.to(username + "@example.com")).as(username).hasSize(3);
        }
      }
    }
  }
}
