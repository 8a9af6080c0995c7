package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code waxalert.discogs.budget-scope=cluster}: all instances spend one budget kept in PostgreSQL. */
class ClusterBudgetTest {

  @TempDir
  Path dataDir;

  private Map<String, Object> properties(String name) {
    Map<String, Object> p = new HashMap<>(ServiceTest.baseProperties(dataDir.resolve(name)));
    p.put("micronaut.server.port", "-1");
    p.put("waxalert.discogs.budget-scope", "cluster");
    return p;
  }

  @Test
  void aClusterBudgetOnH2IsRefusedAtStartUpNamingTheProperty() {
    Map<String, Object> p = properties("h2");
    p.put("datasources.default.url", "jdbc:h2:mem:cluster-refused;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

    assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, p).close())
        .hasStackTraceContaining("waxalert.discogs.budget-scope=cluster needs a PostgreSQL database");
  }

  @Test
  void twoInstancesTakeTheirRequestsFromOneBucketInTheDatabase() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Map<String, Object> pg = Map.of("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"),
          "datasources.default.username", "postgres", "datasources.default.password", "");
      Map<String, Object> pa = properties("a");
      pa.putAll(pg);
      Map<String, Object> pb = properties("b");
      pb.putAll(pg);
      try (EmbeddedServer a = ApplicationContext.run(EmbeddedServer.class, pa);
          EmbeddedServer b = ApplicationContext.run(EmbeddedServer.class, pb)) {
        long release = 930_001;
        FakeDiscogs.release(release);
        lookUp(a, release);
        byte[] afterA = bucket(postgres);
        lookUp(b, release + 1);
        byte[] afterB = bucket(postgres);

        assertThat(afterA).as("instance a took its tokens from the database's bucket").isNotNull();
        assertThat(Arrays.equals(afterA, afterB)).as("instance b took its tokens from the same bucket").isFalse();
      }
    }
  }

  private static void lookUp(EmbeddedServer instance, long release) {
    FakeDiscogs.release(release);
    Api api = new Api(instance.getURL().toString());
    String name = "cluster-" + release + "-" + ProcessHandle.current().pid();
    FakeDiscogs.user(name, "tok-" + name, "EUR");
    String bearer = api.post("/api/auth/token", null, "{\"token\":\"tok-" + name + "\"}").json()
        .path("access_token").asText();
    assertThat(api.get("/api/releases/" + release, bearer).status()).isEqualTo(200);
  }

  private static byte[] bucket(EmbeddedPostgres postgres) throws Exception {
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
        ResultSet row = s.executeQuery("select state from discogs_budget_bucket where id = 1")) {
      return row.next() ? row.getBytes(1) : null;
    }
  }
}
