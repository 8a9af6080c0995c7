package io.waxalert.app.bench;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.monitor.BudgetPass;
import io.waxalert.app.monitor.MonitorJob;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.UserStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Not a test: what the service's features cost in Discogs requests, and the background pass's rate
 * with one and with two instances on one PostgreSQL (each spending its own requests-per-minute).
 * Against the WireMock fake Discogs of the tests; requests are counted there.
 *
 * <pre>
 * mvn -q -pl waxalert-micronaut-app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * cd waxalert-micronaut-app && java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     io.waxalert.app.bench.BudgetServiceBenchmark
 * </pre>
 */
public final class BudgetServiceBenchmark {

  static final int RELEASES = 300;
  static final int PASS_RELEASES = 600;
  static final int PASS_RATE = 1_200; // per instance, a minute: 20 a second

  private static long next = 5_000_000;

  public static void main(String[] args) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      features(postgres);
      pass(postgres);
    }
    System.exit(0);
  }

  private static Map<String, Object> properties(EmbeddedPostgres postgres, String name, int rate) throws Exception {
    Map<String, Object> p = new HashMap<>(ServiceTest.baseProperties(Files.createTempDirectory("budget-" + name)));
    p.put("micronaut.server.port", "-1");
    p.put("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"));
    p.put("datasources.default.username", "postgres");
    p.put("datasources.default.password", "");
    p.put("waxalert.discogs.requests-per-minute", String.valueOf(rate));
    p.put("logger.levels.io.waxalert", "WARN");
    return p;
  }

  private static int stats() {
    return FakeDiscogs.server().countRequestsMatching(WireMock.getRequestedFor(
        WireMock.urlPathMatching("/marketplace/stats/.*")).build()).getCount();
  }

  private static int all() {
    return FakeDiscogs.server().getAllServeEvents().size();
  }

  private static String signIn(Api api, String name) {
    FakeDiscogs.user(name, "tok-" + name, "EUR");
    return api.post("/api/auth/token", null, "{\"token\":\"tok-" + name + "\"}").json().path("access_token").asText();
  }

  private static List<Long> releases(int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id = ++next;
      FakeDiscogs.release(id);
      FakeDiscogs.stats(id, "EUR", "9.00", 2);
      ids.add(id);
    }
    return ids;
  }

  private static void want(ApplicationContext context, String owner, List<Long> releases) {
    JdbcWantedEntryStore entries = context.getBean(JdbcWantedEntryStore.class);
    for (long release : releases) {
      entries.save(WantedEntry.forRelease(owner, release, "A – T " + release, Currency.EUR, AlertCriteria.none()));
    }
  }

  private static void features(EmbeddedPostgres postgres) throws Exception {
    Map<String, Object> p = properties(postgres, "features", 60_000);
    p.put("waxalert.monitor.enabled", "false");
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
      Api api = new Api(server.getURL().toString());
      List<Long> shared = releases(RELEASES);
      List<String> users = new ArrayList<>();
      for (int u = 0; u < 4; u++) {
        String name = "bench-four-" + u + "-" + ProcessHandle.current().pid();
        users.add(signIn(api, name));
        want(server.getApplicationContext(), name, shared);
      }
      int before = stats();
      long t0 = System.nanoTime();
      CompletableFuture.allOf(users.stream().map(b -> CompletableFuture.runAsync(() ->
          api.post("/api/wanted-list/check-all", b, null))).toArray(CompletableFuture[]::new)).join();
      System.out.printf("four users' concurrent check-all over the same %d releases: %d stats requests, %d ms%n",
          RELEASES, stats() - before, (System.nanoTime() - t0) / 1_000_000);

      List<Long> own = releases(RELEASES);
      String name = "bench-one-" + ProcessHandle.current().pid();
      String bearer = signIn(api, name);
      want(server.getApplicationContext(), name, own);
      before = stats();
      CompletableFuture.allOf(IntStream.range(0, 4).mapToObj(i -> CompletableFuture.runAsync(() ->
          api.post("/api/wanted-list/check-all", bearer, null))).toArray(CompletableFuture[]::new)).join();
      System.out.printf("one user's four concurrent check-all over %d releases: %d stats requests%n", RELEASES,
          stats() - before);

      FakeDiscogs.search("blue monday");
      before = all();
      for (int i = 0; i < 40; i++) {
        api.get("/api/releases/search?q=blue+monday", users.get(i % 4));
      }
      System.out.printf("40 identical searches by 4 users: %d requests%n", all() - before);
      long market = releases(1).get(0);
      before = all();
      for (int i = 0; i < 20; i++) {
        api.get("/api/releases/" + market + "/marketplace", users.get(i % 4));
      }
      System.out.printf("20 marketplace calls of one release by 4 users: %d requests%n", all() - before);
    }
  }

  private static void pass(EmbeddedPostgres postgres) throws Exception {
    Map<String, Object> p = properties(postgres, "pass", PASS_RATE);
    p.put("waxalert.monitor.enabled", "true");
    p.put("waxalert.monitor.initial-delay", "1h");
    p.put("waxalert.monitor.interval", "1m");
    p.put("waxalert.monitor.tick", "1m");
    try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, p)) {
      UserStore users = a.getApplicationContext().getBean(UserStore.class);
      String owner = "bench-pass-" + ProcessHandle.current().pid();
      users.create(owner, null, Currency.EUR);
      want(a.getApplicationContext(), owner, releases(PASS_RELEASES));
      double one = timedPass(List.of(a));
      Map<String, Object> pb = properties(postgres, "pass-b", PASS_RATE);
      pb.putAll(Map.of("waxalert.monitor.enabled", "true", "waxalert.monitor.initial-delay", "1h",
          "waxalert.monitor.interval", "1m", "waxalert.monitor.tick", "1m"));
      try (EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, pb)) {
        String other = "bench-pass2-" + ProcessHandle.current().pid();
        users.create(other, null, Currency.EUR);
        want(a.getApplicationContext(), other, releases(PASS_RELEASES));
        b.getApplicationContext().getBean(BudgetPass.class).heartbeat(); // b's budget counts from now on
        double two = timedPass(List.of(a, b));
        System.out.printf("background pass of %d due releases at %d requests/min per instance: one instance"
            + " %.0f requests/min, two instances %.0f requests/min (ratio %.2f)%n", PASS_RELEASES, PASS_RATE, one,
            two, two / one);
      }
    }
  }

  /** Runs one pass on each instance at once; the requests a minute they made together. */
  private static double timedPass(List<EmbeddedServer> instances) {
    int before = stats();
    long t0 = System.nanoTime();
    CompletableFuture.allOf(instances.stream().map(i -> CompletableFuture.runAsync(() ->
        i.getApplicationContext().getBean(MonitorJob.class).run())).toArray(CompletableFuture[]::new)).join();
    double seconds = (System.nanoTime() - t0) / 1e9;
    int made = stats() - before;
    System.out.printf("  pass on %d instance(s): %d stats requests in %.1f s%n", instances.size(), made, seconds);
    return made / seconds * 60;
  }
}
