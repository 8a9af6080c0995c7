package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances on one real PostgreSQL share the background pass through db-scheduler: each
 * due release is claimed by one instance, and a stopped instance's claimed fetch is taken over
 * within {@code waxalert.monitor.lease}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScaleOutTest {

  private static final Duration LEASE = Duration.ofSeconds(4);

  private EmbeddedPostgres postgres;

  private String database;

  @TempDir
  Path dataDir;

  /** Each test on a database of its own on the one server. */
  @BeforeEach
  void newDatabase() throws Exception {
    database = "scale_" + java.util.UUID.randomUUID().toString().replace("-", "");
    try (Connection c = postgres.getPostgresDatabase().getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("create database " + database);
    }
  }

  @BeforeAll
  void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  void stopPostgres() throws Exception {
    postgres.close();
  }

  private EmbeddedServer start(String name) {
    Map<String, Object> p = new HashMap<>(ServiceTest.baseProperties(dataDir.resolve(name)));
    p.put("micronaut.server.port", "-1");
    p.put("datasources.default.url", postgres.getJdbcUrl("postgres", database));
    p.put("datasources.default.username", "postgres");
    p.put("datasources.default.password", "");
    p.put("waxalert.monitor.enabled", "true");
    p.put("waxalert.monitor.initial-delay", "1h"); // the test runs the passes itself
    p.put("waxalert.monitor.interval", "1m");
    p.put("waxalert.monitor.lease", LEASE.toSeconds() + "s");
    p.put("waxalert.monitor.tick", "1m"); // one pass takes every due release
    p.put("waxalert.discogs.requests-per-minute", "300"); // 5 a second per instance
    return ApplicationContext.run(EmbeddedServer.class, p);
  }

  private static long wantedRelease(Api api, String bearer) {
    long release = uniqueRelease();
    FakeDiscogs.release(release);
    FakeDiscogs.slowStats(release, "EUR", "30.00", 1, 30);
    assertThat(api.post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\",\"max_price\":\"20.00\"}")
        .status()).isEqualTo(201);
    return release;
  }

  private static long next = 910_000;

  private static synchronized long uniqueRelease() {
    return ++next;
  }

  private static String signIn(Api api, String prefix) {
    String username = prefix + "-" + ProcessHandle.current().pid() + "-" + uniqueRelease();
    FakeDiscogs.user(username, "tok-" + username, "EUR");
    return api.post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}").json().path("access_token").asText();
  }

  @Test
  void theDueReleasesOfAPassAreEachClaimedByOneOfTwoInstancesAndBothFetch() throws Exception {
    try (EmbeddedServer a = start("a"); EmbeddedServer b = start("b")) {
      Api api = new Api(a.getURL().toString());
      List<Long> releases = new ArrayList<>();
      for (int u = 0; u < 3; u++) {
        String bearer = signIn(api, "scale");
        for (int i = 0; i < 20; i++) {
          releases.add(wantedRelease(api, bearer));
        }
      }
      b.getApplicationContext().getBean(BudgetPass.class).heartbeat(); // b's budget counts

      // the pass as in production: one instance plans (db-scheduler's recurring task runs on one at a
      // time), the fetches are claimed by whichever instance's scheduler picks them first
      a.getApplicationContext().getBean(MonitorJob.class).run();

      for (long release : releases) {
        assertThat(FakeDiscogs.statsRequests(release)).as("stats requests of release %d", release).isEqualTo(1);
      }
      assertThat(requestsOf(a) + requestsOf(b)).isEqualTo(releases.size());
      assertThat(requestsOf(a)).as("instance a fetched some").isPositive();
      assertThat(requestsOf(b)).as("instance b fetched some").isPositive();
    }
  }

  @Test
  void aFetchClaimedByAnInstanceThatStoppedIsTakenOverWithinTheLease() throws Exception {
    try (EmbeddedServer b = start("b2")) {
      Api api = new Api(b.getURL().toString());
      long release = wantedRelease(api, signIn(api, "takeover"));
      // what db-scheduler leaves behind when an instance dies mid-fetch: picked, heartbeats stopped
      claimAsDeadInstance(b.getApplicationContext().getBean(DataSource.class), release);
      Instant stopped = Instant.now();

      while (FakeDiscogs.statsRequests(release) == 0 && Instant.now().isBefore(stopped.plus(LEASE.multipliedBy(3)))) {
        Thread.sleep(100);
      }

      assertThat(FakeDiscogs.statsRequests(release)).isEqualTo(1);
      assertThat(Duration.between(stopped, Instant.now())).isLessThan(LEASE.multipliedBy(2));
    }
  }

  private static double requestsOf(EmbeddedServer instance) {
    return instance.getApplicationContext().getBean(io.micrometer.core.instrument.MeterRegistry.class)
        .get("waxalert.check.releases").counter().count();
  }

  private static void claimAsDeadInstance(DataSource dataSource, long release) throws Exception {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(data)) {
      out.writeObject("takeover-owner");
    }
    Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement insert = c.prepareStatement("insert into scheduled_tasks (task_name, task_instance,"
            + " task_data, execution_time, picked, picked_by, last_heartbeat, version) values"
            + " ('release-fetch', ?, ?, ?, true, 'a-stopped-instance', ?, 1)")) {
      insert.setString(1, String.valueOf(release));
      insert.setBytes(2, data.toByteArray());
      insert.setTimestamp(3, longAgo);
      insert.setTimestamp(4, longAgo);
      insert.executeUpdate();
    }
  }
}
