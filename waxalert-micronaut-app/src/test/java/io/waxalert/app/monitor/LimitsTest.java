package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code waxalert.limits.*}: how much of the shared budget one user's list can claim. */
@MicronautTest(transactional = false)
class LimitsTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.limits.entries-per-user", "3");
    p.put("waxalert.limits.master-versions", "2");
    return p;
  }

  private Api.Response add(String bearer, long release) {
    FakeDiscogs.release(release);
    return api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\"}");
  }

  @Test
  void anAddBeyondTheLimitAnswers422NamingItAndAddsNothing() {
    String bearer = signIn("limit");
    for (int i = 0; i < 3; i++) {
      assertThat(add(bearer, uniqueReleaseId()).status()).isEqualTo(201);
    }

    Api.Response fourth = add(bearer, uniqueReleaseId());

    assertThat(fourth.status()).isEqualTo(422);
    assertThat(fourth.json().path("message").asText()).contains("waxalert.limits.entries-per-user", "3");
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).hasSize(3);
  }

  @Test
  void anImportStopsAtTheLimitAndSaysSo() {
    String username = uniqueName("importer");
    String bearer = signInAs(username, "tok-" + username);
    assertThat(add(bearer, uniqueReleaseId()).status()).isEqualTo(201);
    assertThat(add(bearer, uniqueReleaseId()).status()).isEqualTo(201);
    FakeDiscogs.wantlist(username, uniqueReleaseId(), uniqueReleaseId());

    JsonNode result = api().post("/api/wanted-list/import", bearer, null).json();

    assertThat(result.path("imported").asInt()).isEqualTo(1);
    assertThat(result.path("limit_reached").asBoolean()).isTrue();
    assertThat(result.path("message").asText()).contains("waxalert.limits.entries-per-user");
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).hasSize(3);
  }

  @Test
  void aMasterEntryWatchesAtMostTheLimitAndSaysOfHowMany() {
    String bearer = signIn("versions");
    FakeDiscogs.master(96560);

    Api.Response added = api().post("/api/wanted-list/add", bearer, "{\"release\":\"[m96560]\"}");

    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(added.json().path("versions_watched").asInt()).isEqualTo(2);
    assertThat(added.json().path("versions_total").asInt()).isEqualTo(3);
    JsonNode listed = api().get("/api/wanted-list", bearer).json().path("entries").get(0);
    assertThat(listed.path("versions_total").asInt()).isEqualTo(3);
  }
}
