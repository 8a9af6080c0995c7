package io.waxalert.app;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bulk route, one result per id, and deleting with a server-side undo that keeps the history. */
@MicronautTest(transactional = false)
class BulkAndUndoTest extends ServiceTest {

  private String add(String bearer, String criteria) {
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "12.50", 3);
    Api.Response added = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"" + criteria + "}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().path("id").asText();
  }

  private Api.Response bulk(String bearer, String action, List<String> ids, String extra) {
    String list = ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    return api().post("/api/wanted-list/bulk", bearer,
        "{\"action\":\"" + action + "\",\"ids\":[" + list + "]" + extra + "}");
  }

  /** One field of each result, in order. */
  private static List<String> field(JsonNode bulkResult, String name) {
    return java.util.stream.StreamSupport.stream(bulkResult.path("results").spliterator(), false)
        .map(r -> r.path(name).asText()).toList();
  }

  private JsonNode entry(String bearer, String id) {
    return api().get("/api/wanted-list/" + id, bearer).json();
  }

  @Test
  void pauseResumeAndUpdateAnswerOneResultPerIdAndLeaveOtherUsersAlone() {
    String bearer = signIn("bulk");
    String stranger = signIn("bulkstranger");
    String a = add(bearer, "");
    String b = add(bearer, ",\"max_price\":\"9.00\"");
    String theirs = add(stranger, "");
    String unknown = UUID.randomUUID().toString();

    Api.Response paused = bulk(bearer, "pause", List.of(a, b, theirs, unknown, "not-an-id"), "");

    assertThat(paused.status()).as(paused.toString()).isEqualTo(200);
    JsonNode result = paused.json();
    assertThat(result.path("action").asText()).isEqualTo("pause");
    assertThat(result.path("ok").asInt()).isEqualTo(2);
    assertThat(result.path("failed").asInt()).isEqualTo(3);
    assertThat(field(result, "status")).containsExactly("ok", "ok", "not_found", "not_found", "not_found");
    assertThat(result.path("results").get(0).path("entry").path("is_active").asBoolean()).isFalse();
    assertThat(result.path("results").get(2).path("entry").isNull()).as("nothing of another user's").isTrue();
    assertThat(entry(stranger, theirs).path("is_active").asBoolean()).isTrue();

    JsonNode updated = bulk(bearer, "update", List.of(a, b), ",\"criteria\":{\"max_price\":\"20.00\","
        + "\"location_exclude\":[\"Japan\"]}").json();
    assertThat(updated.path("ok").asInt()).isEqualTo(2);
    for (String id : List.of(a, b)) {
      JsonNode e = entry(bearer, id);
      assertThat(e.path("max_price").asText()).isEqualTo("20.00");
      assertThat(e.path("location_exclude").toString()).isEqualTo("[\"Japan\"]");
      assertThat(e.path("is_active").asBoolean()).as("an update does not resume").isFalse();
    }
    assertThat(bulk(bearer, "resume", List.of(a, b), "").json().path("results").get(1).path("entry")
        .path("is_active").asBoolean()).isTrue();
  }

  @Test
  void aBadRequestIsRefusedAsAWholeAndChangesNothing() {
    String bearer = signIn("bulkbad");
    String a = add(bearer, ",\"max_price\":\"9.00\"");
    List<String> tooMany = IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).toList();

    Api.Response badCriteria = bulk(bearer, "update", List.of(a), ",\"criteria\":{\"max_price\":-3}");
    Api.Response noCriteria = bulk(bearer, "update", List.of(a), "");
    Api.Response badAction = bulk(bearer, "archive", List.of(a), "");
    Api.Response noIds = bulk(bearer, "pause", List.of(), "");
    Api.Response overLimit = bulk(bearer, "pause", tooMany, "");

    assertThat(badCriteria.status()).isEqualTo(400);
    assertThat(badCriteria.json().path("field").asText()).isEqualTo("max_price");
    assertThat(noCriteria.json().path("field").asText()).isEqualTo("criteria");
    assertThat(badAction.json().path("field").asText()).isEqualTo("action");
    assertThat(noIds.json().path("field").asText()).isEqualTo("ids");
    assertThat(overLimit.status()).isEqualTo(400);
    assertThat(overLimit.json().path("message").asText()).contains("at most 500");
    assertThat(entry(bearer, a).path("max_price").asText()).isEqualTo("9.00");
  }

  @Test
  void aDeletedEntryIsGoneEverywhereUntilRestoredWithItsHistoryAndWithoutAlertingAgain() {
    String bearer = signIn("undo");
    String stranger = signIn("undostranger");
    String id = add(bearer, ",\"max_price\":\"20.00\"");
    JsonNode first = api().post("/api/wanted-list/check-all", bearer, null).json();
    assertThat(first.path("notified").asInt()).isEqualTo(1);
    int discogsRequests = FakeDiscogs.server().findAll(getRequestedFor(urlPathMatching("/.*"))).size();

    assertThat(api().delete("/api/wanted-list/" + id, bearer).status()).isEqualTo(204);

    assertThat(api().get("/api/wanted-list/" + id, bearer).status()).isEqualTo(404);
    assertThat(api().put("/api/wanted-list/" + id, bearer, "{\"max_price\":1}").status()).isEqualTo(404);
    assertThat(api().post("/api/wanted-list/" + id + "/toggle", bearer, null).status()).isEqualTo(404);
    assertThat(api().get("/api/wanted-list/" + id + "/notifications", bearer).status()).isEqualTo(404);
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).isEmpty();
    assertThat(api().get("/api/notifications", bearer).json().path("notifications")).isEmpty();
    assertThat(api().post("/api/wanted-list/check-all", bearer, null).json().path("checked").asInt())
        .as("never checked").isZero();
    assertThat(api().post("/api/wanted-list/" + id + "/restore", stranger, null).status())
        .as("another user's").isEqualTo(404);

    Api.Response restored = api().post("/api/wanted-list/" + id + "/restore", bearer, null);

    assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
    assertThat(restored.json().path("id").asText()).isEqualTo(id);
    assertThat(restored.json().path("max_price").asText()).isEqualTo("20.00");
    assertThat(restored.json().path("status").asText()).isEqualTo("price_matched");
    assertThat(api().get("/api/wanted-list/" + id + "/notifications", bearer).json().path("notifications"))
        .as("its history is back").hasSize(1);
    assertThat(FakeDiscogs.server().findAll(getRequestedFor(urlPathMatching("/.*"))).size())
        .as("no Discogs request").isEqualTo(discogsRequests);
    assertThat(api().post("/api/wanted-list/check-all", bearer, null).json().path("notified").asInt())
        .as("the listing alerted before is not alerted again").isZero();
    Api.Response twice = api().post("/api/wanted-list/" + id + "/restore", bearer, null);
    assertThat(twice.status()).isEqualTo(409);
  }

  @Test
  void bulkDeleteAndBulkRestore() {
    String bearer = signIn("bulkdel");
    String a = add(bearer, "");
    String b = add(bearer, "");

    JsonNode deleted = bulk(bearer, "delete", List.of(a, b), "").json();
    assertThat(deleted.path("ok").asInt()).isEqualTo(2);
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).isEmpty();

    JsonNode restored = bulk(bearer, "restore", List.of(a, b), "").json();

    assertThat(restored.path("ok").asInt()).isEqualTo(2);
    assertThat(field(restored, "id")).containsExactly(a, b);
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).hasSize(2);
  }
}
