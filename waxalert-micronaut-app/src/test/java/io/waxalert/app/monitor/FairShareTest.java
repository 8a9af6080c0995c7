package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fair shares on the requests users trigger: a heavy user's check-all does not hold a light user's up. */
@MicronautTest(transactional = false)
class FairShareTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.discogs.requests-per-minute", "600"); // one request every 100 ms
    return p;
  }

  private void fill(String bearer, int entries) {
    for (int i = 0; i < entries; i++) {
      long release = uniqueReleaseId();
      FakeDiscogs.release(release);
      FakeDiscogs.stats(release, "EUR", "9.00", 1);
      assertThat(api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\"}").status())
          .isEqualTo(201);
    }
  }

  @Test
  void aLightUsersCheckAllTakesTurnsWithAHeavyUsersInsteadOfWaitingBehindIt() {
    String heavy = signIn("heavy");
    String light = signIn("light");
    fill(heavy, 40);
    fill(light, 4);

    Api.Response started = api().post("/api/wanted-list/check-all?wait=false", heavy, null);
    JsonNode lightResult = api().post("/api/wanted-list/check-all", light, null).json();
    JsonNode heavyThen = api().get("/api/wanted-list/checks/" + started.json().path("id").asText(), heavy).json();

    assertThat(lightResult.path("checked").asInt()).isEqualTo(4);
    assertThat(lightResult.path("failed").asInt()).isZero();
    // taking turns, the light user's 4 requests came while the heavy user's made about as many
    assertThat(heavyThen.path("state").asText()).isEqualTo("running");
    assertThat(heavyThen.path("done").asInt()).isLessThan(20);
  }
}
