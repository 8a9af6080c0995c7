package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class OperationsTest extends ServiceTest {

  @Test
  void healthIsUpWithTheDatabaseAndNeedsNoSignIn() {
    Api.Response health = api().get("/health", null);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    // the database is checked, but its URL, disk space and versions are not shown to anyone
    assertThat(health.json().has("details")).isFalse();
    assertThat(health.text()).doesNotContain("jdbc");
  }

  @Test
  void prometheusMetricsAreServedWithoutSignIn() {
    Api.Response metrics = api().get("/prometheus", null);

    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.text()).contains("jvm_memory_used_bytes");
  }

  @Test
  void openApiDescriptionIsServedWithoutSignIn() {
    Api.Response spec = api().get("/swagger/waxalert-0.1.yml", null);

    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.text()).contains("/api/wanted-list/add", "/api/auth/token");
  }
}
