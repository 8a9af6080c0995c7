package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The core flow on a real PostgreSQL (zonky embedded binaries, started by the test). */
@MicronautTest(transactional = false)
class PostgresFlowTest extends ServiceTest {

  private EmbeddedPostgres postgres;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.put("datasources.default.url", postgres.getJdbcUrl("postgres", "postgres"));
    p.put("datasources.default.username", "postgres");
    p.put("datasources.default.password", "");
    return p;
  }

  @AfterAll
  void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void signInAddCheckNotifyAndDeleteWorkOnPostgres() {
    String bearer = signIn("pg");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "3.10", 2);

    JsonNode entry = api().post("/api/wanted-list/add", bearer,
        "{\"release\":\"" + id + "\",\"max_price\":\"5.00\",\"min_condition\":\"VG+\"}").json();
    Api.Response duplicate = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"}");
    JsonNode check = api().post("/api/wanted-list/check-all", bearer, null).json();
    JsonNode after = api().get("/api/wanted-list/" + entry.path("id").asText(), bearer).json();
    JsonNode notifications = api().get("/api/notifications", bearer).json().path("notifications");
    int deleted = api().delete("/api/wanted-list/" + entry.path("id").asText(), bearer).status();

    assertThat(entry.path("max_price").asText()).isEqualTo("5.00");
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(check.path("matched").asInt()).isEqualTo(1);
    assertThat(after.path("status").asText()).isEqualTo("price_matched");
    assertThat(after.path("lowest_price").asText()).isEqualTo("3.10");
    assertThat(notifications).hasSize(1);
    assertThat(deleted).isEqualTo(204);
    assertThat(api().get("/api/notifications", bearer).json().path("notifications")).isEmpty();
  }
}
