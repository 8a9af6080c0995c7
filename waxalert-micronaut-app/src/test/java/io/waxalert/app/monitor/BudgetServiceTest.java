package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** The Discogs budget as the API spends it: one fetch per release whoever asks, check-all with progress. */
@MicronautTest(transactional = false)
class BudgetServiceTest extends ServiceTest {

  private void add(String bearer, long release, String maxPrice) {
    FakeDiscogs.release(release);
    Api.Response added = api().post("/api/wanted-list/add", bearer,
        "{\"release\":\"" + release + "\",\"max_price\":\"" + maxPrice + "\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
  }

  @Test
  void fourConcurrentCheckAllsOverTheSameReleasesFetchEachReleaseOnce() throws Exception {
    List<Long> releases = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      long release = uniqueReleaseId();
      FakeDiscogs.slowStats(release, "EUR", "9.00", 3, 150);
      releases.add(release);
    }
    List<String> users = new ArrayList<>();
    for (int u = 0; u < 4; u++) {
      String bearer = signIn("flight");
      users.add(bearer);
      for (long release : releases) {
        add(bearer, release, "20.00");
      }
    }
    CyclicBarrier together = new CyclicBarrier(users.size());
    List<CompletableFuture<JsonNode>> checks = users.stream().map(bearer -> CompletableFuture.supplyAsync(() -> {
      try {
        together.await();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return api().post("/api/wanted-list/check-all", bearer, null).json();
    })).toList();

    for (CompletableFuture<JsonNode> check : checks) {
      JsonNode result = check.get();
      assertThat(result.path("checked").asInt()).isEqualTo(8);
      assertThat(result.path("matched").asInt()).isEqualTo(8);
      assertThat(result.path("failed").asInt()).isZero();
    }
    for (long release : releases) {
      assertThat(FakeDiscogs.statsRequests(release)).as("stats requests of release %d", release).isEqualTo(1);
    }
  }

  @Test
  void theMarketplaceRouteSharesTheFetchWithChecksAndOtherUsers() {
    long release = uniqueReleaseId();
    FakeDiscogs.stats(release, "EUR", "11.00", 2);
    String ann = signIn("market");
    String bob = signIn("market");
    add(ann, release, "20.00");

    JsonNode first = api().get("/api/releases/" + release + "/marketplace", ann).json();
    JsonNode second = api().get("/api/releases/" + release + "/marketplace", bob).json();
    JsonNode check = api().post("/api/wanted-list/check-all", ann, null).json();

    assertThat(first.toString()).isEqualTo(second.toString());
    assertThat(check.path("matched").asInt()).isEqualTo(1);
    assertThat(FakeDiscogs.statsRequests(release)).isEqualTo(1);
  }

  @Test
  void theSameSearchOfTwoUsersCostsOneRequest() {
    String query = "flight " + uniqueReleaseId();
    FakeDiscogs.search(query);

    Api.Response first = api().get("/api/releases/search?q=" + query.replace(" ", "+"), signIn("search"));
    Api.Response second = api().get("/api/releases/search?q=" + query.replace(" ", "+"), signIn("search"));

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.text()).isEqualTo(first.text());
    assertThat(FakeDiscogs.server().countRequestsMatching(com.github.tomakehurst.wiremock.client.WireMock
        .getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/database/search"))
        .withQueryParam("q", com.github.tomakehurst.wiremock.client.WireMock.equalTo(query)).build()).getCount())
        .isEqualTo(1);
  }

  @Test
  void checkAllWithoutWaitingAnswers202AndItsProgressOnlyToItsOwner() throws Exception {
    String owner = signIn("progress");
    String other = signIn("progress");
    for (int i = 0; i < 5; i++) {
      long release = uniqueReleaseId();
      FakeDiscogs.slowStats(release, "EUR", i < 2 ? "5.00" : "50.00", 1, 200);
      add(owner, release, "10.00");
    }

    Api.Response started = api().post("/api/wanted-list/check-all?wait=false", owner, null);
    Api.Response again = api().post("/api/wanted-list/check-all?wait=false", owner, null);

    assertThat(started.status()).isEqualTo(202);
    JsonNode progress = started.json();
    String id = progress.path("id").asText();
    assertThat(progress.path("state").asText()).isEqualTo("running");
    assertThat(progress.path("total").asInt()).isEqualTo(5);
    assertThat(progress.path("done").asInt()).isLessThan(5);
    assertThat(started.headers().firstValue("Location")).hasValue("/api/wanted-list/checks/" + id);
    assertThat(again.json().path("id").asText()).as("the running check answers").isEqualTo(id);
    assertThat(api().get("/api/wanted-list/checks/" + id, other).status()).isEqualTo(404);

    JsonNode done = progress;
    for (int i = 0; i < 200 && !done.path("state").asText().equals("done"); i++) {
      Thread.sleep(50);
      done = api().get("/api/wanted-list/checks/" + id, owner).json();
    }
    assertThat(done.path("state").asText()).isEqualTo("done");
    assertThat(done.path("done").asInt()).isEqualTo(5);
    assertThat(done.path("checked").asInt()).isEqualTo(5);
    assertThat(done.path("matched").asInt()).isEqualTo(2);
    assertThat(done.path("failed").asInt()).isZero();
    assertThat(done.has("notified")).isTrue();
    JsonNode next = api().post("/api/wanted-list/check-all?wait=false", owner, null).json();
    assertThat(next.path("id").asText()).as("a new check once the last is done").isNotEqualTo(id);
  }
}
