package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/wanted-list}: the whole list as before, or a page of it oldest or newest first,
 * with the total; compressed when big.
 */
@MicronautTest(transactional = false)
class WantedListPagingTest extends ServiceTest {

  private List<String> addEntries(String bearer, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long release = uniqueReleaseId();
      FakeDiscogs.release(release);
      Api.Response added = api().post("/api/wanted-list/add", bearer,
          "{\"release\":\"" + release + "\",\"max_price\":\"20.00\",\"location_filter\":[\"Germany\"]}");
      assertThat(added.status()).as(added.toString()).isEqualTo(201);
      ids.add(added.json().path("id").asText());
    }
    return ids;
  }

  private static List<String> ids(JsonNode answer) {
    List<String> ids = new ArrayList<>();
    answer.path("entries").forEach(entry -> ids.add(entry.path("id").asText()));
    return ids;
  }

  private JsonNode list(String bearer, String query) {
    Api.Response response = api().get("/api/wanted-list" + query, bearer);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  @Test
  void withoutParametersTheWholeListComesOldestFirstEachEntryAsItsOwnRouteShowsIt() {
    String bearer = signIn("whole");
    List<String> added = addEntries(bearer, 3);

    JsonNode answer = list(bearer, "");

    assertThat(ids(answer)).containsExactlyElementsOf(added);
    assertThat(answer.path("total").asLong()).isEqualTo(3);
    assertThat(list(bearer, "?order=oldest&offset=0")).isEqualTo(answer);
    for (JsonNode entry : answer.path("entries")) {
      assertThat(entry).isEqualTo(api().get("/api/wanted-list/" + entry.path("id").asText(), bearer).json());
    }
  }

  @Test
  void limitAndOffsetAnswerThatPageWithTheTotalOfTheWholeList() {
    String bearer = signIn("pager");
    List<String> added = addEntries(bearer, 5);

    JsonNode middle = list(bearer, "?limit=2&offset=1");
    JsonNode first = list(bearer, "?limit=2");
    JsonNode tail = list(bearer, "?offset=4");
    JsonNode past = list(bearer, "?limit=2&offset=10");

    assertThat(ids(middle)).containsExactlyElementsOf(added.subList(1, 3));
    assertThat(middle.path("total").asLong()).isEqualTo(5);
    assertThat(ids(first)).containsExactlyElementsOf(added.subList(0, 2));
    assertThat(ids(tail)).containsExactly(added.get(4));
    assertThat(tail.path("total").asLong()).isEqualTo(5);
    assertThat(past.path("entries").isArray()).isTrue();
    assertThat(past.path("entries")).isEmpty();
    assertThat(past.path("total").asLong()).isEqualTo(5);
  }

  @Test
  void orderNewestPagesFromTheLastAddedAndSkipsDeletedEntries() {
    String bearer = signIn("newest");
    List<String> added = addEntries(bearer, 4);
    assertThat(api().delete("/api/wanted-list/" + added.get(3), bearer).status()).isEqualTo(204);

    JsonNode first = list(bearer, "?order=newest&limit=2");
    JsonNode second = list(bearer, "?order=NEWEST&limit=2&offset=2");

    assertThat(ids(first)).containsExactly(added.get(2), added.get(1));
    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(ids(second)).containsExactly(added.get(0));
    assertThat(ids(list(bearer, ""))).containsExactlyElementsOf(added.subList(0, 3));
  }

  @Test
  void aPageNeverShowsNorCountsAnotherUsersEntries() {
    String owner = signIn("page-owner");
    addEntries(owner, 2);
    String other = signIn("page-other");

    JsonNode answer = list(other, "?limit=10");

    assertThat(answer.path("entries")).isEmpty();
    assertThat(answer.path("total").asLong()).isZero();
  }

  @Test
  void aLimitOrOffsetThatIsNotAWholeNumberInRangeIsA400NamingIt() {
    String bearer = signIn("bad-page");

    for (String query : List.of("?limit=0", "?limit=1001", "?limit=ten", "?limit=", "?limit=2.5")) {
      Api.Response response = api().get("/api/wanted-list" + query, bearer);
      assertThat(response.status()).as(query + " " + response).isEqualTo(400);
      assertThat(response.json().path("field").asText()).as(query).isEqualTo("limit");
      assertThat(response.json().path("message").asText()).as(query)
          .isEqualTo("The page size (limit) must be a whole number from 1 to 1000.");
    }
    for (String query : List.of("?offset=-1", "?offset=x", "?limit=5&offset=")) {
      Api.Response response = api().get("/api/wanted-list" + query, bearer);
      assertThat(response.status()).as(query + " " + response).isEqualTo(400);
      assertThat(response.json().path("field").asText()).as(query).isEqualTo("offset");
    }
    Api.Response order = api().get("/api/wanted-list?order=random", bearer);
    assertThat(order.status()).isEqualTo(400);
    assertThat(order.json().path("message").asText()).isEqualTo("The order must be oldest or newest (by the time added).");
  }

  @Test
  void aBigListIsSentGzippedToAClientThatAcceptsItAndPlainOtherwise() throws Exception {
    String bearer = signIn("gzip");
    addEntries(bearer, 20);
    HttpClient http = HttpClient.newHttpClient();
    URI uri = URI.create(server.getURL() + "/api/wanted-list");

    HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + bearer)
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + bearer)
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(zipped.statusCode()).isEqualTo(200);
    assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    byte[] unzipped;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
      unzipped = in.readAllBytes();
    }
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(unzipped)).isEqualTo(json.readTree(plain.body()));
    assertThat(json.readTree(unzipped).path("entries")).hasSize(20);
    assertThat(zipped.body().length).isLessThan(plain.body().length / 4);
  }
}
