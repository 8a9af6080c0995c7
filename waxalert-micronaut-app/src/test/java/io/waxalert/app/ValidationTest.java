package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest(transactional = false)
class ValidationTest extends ServiceTest {

  private static final long RELEASE = 777_001;
  private String bearer;
  private String entryId;

  @BeforeAll
  void signInWithOneEntry() {
    FakeDiscogs.release(RELEASE);
    bearer = signIn("validator");
    entryId = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + RELEASE + "\"}")
        .json().path("id").asText();
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "release               | ''",
      "release               | 'not a release'",
      "release               | 'https://example.com/release/1'",
      "release               | '[x12]'",
      "release               | 0",
      "release               | true",
      "max_price             | 0",
      "max_price             | -5",
      "max_price             | 12.345",
      "max_price             | 'abc'",
      "max_price             | 99999999999",
      "max_price_currency    | 'XYZ'",
      "max_price_currency    | 'euro'",
      "min_condition         | 'Excellent'",
      "min_condition         | 42",
      "min_sleeve_condition  | 'Shiny'",
      "min_seller_rating     | 101",
      "min_seller_rating     | -1",
      "min_seller_rating     | 99.999",
      "underpriced_percentage| 0",
      "underpriced_percentage| 100",
      "underpriced_percentage| 12.5",
      "location_filter       | 5",
      "location_filter       | [1, 2]",
      "blocked_sellers       | {}",
      "is_active             | 'yes'",
      "price_basis           | 'cheapest'",
      "unknown_shipping      | 'guess'",
      "min_seller_feedback   | -1",
      "min_seller_feedback   | 2.5",
      "location_exclude      | 7",
      "format_filter         | 'Vinyl'"})
  void addRefusesBadFieldsWith400NamingTheField(String field, String json) {
    String release = field.equals("release") ? "" : "\"release\":\"" + RELEASE + "\",";
    Api.Response response = api().post("/api/wanted-list/add", bearer,
        "{" + release + "\"" + field + "\":" + Api.json(json) + "}");

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).isEqualTo(field);
    assertInTheUsersWords(response.json().path("message").asText(), field);
  }

  @Test
  void tooManyCountriesAndTooLongNamesAreRefused() {
    String many = "[" + "\"C\",".repeat(0) + java.util.stream.IntStream.range(0, 51)
        .mapToObj(i -> "\"Country" + i + "\"").collect(java.util.stream.Collectors.joining(",")) + "]";
    Api.Response tooMany = api().put("/api/wanted-list/" + entryId, bearer, "{\"location_filter\":" + many + "}");
    Api.Response tooLong = api().put("/api/wanted-list/" + entryId, bearer,
        "{\"blocked_sellers\":[\"" + "x".repeat(101) + "\"]}");

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().path("field").asText()).isEqualTo("location_filter");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.json().path("field").asText()).isEqualTo("blocked_sellers");
    Api.Response notNames = api().put("/api/wanted-list/" + entryId, bearer, "{\"blocked_sellers\":[\"spammer\",3]}");
    assertThat(notNames.status()).isEqualTo(400);
    assertThat(notNames.json().path("message").asText()).as("a list, but not of names")
        .isEqualTo("The list of blocked sellers must hold only names in quotes, such as [\"one\", \"two\"].");
  }

  @Test
  void anInvalidUpdateChangesNothing() {
    Api.Response response = api().put("/api/wanted-list/" + entryId, bearer,
        "{\"max_price\":\"30.00\",\"min_condition\":\"Shiny\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(api().get("/api/wanted-list/" + entryId, bearer).json().path("max_price").isNull()).isTrue();
  }

  @Test
  void anInvalidAddSavesNothing() {
    long other = 777_002;
    FakeDiscogs.release(other);

    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + other + "\",\"max_price\":-1}");

    assertThat(api().get("/api/wanted-list", bearer).json().path("entries").findValuesAsText("discogs_release_id"))
        .doesNotContain(String.valueOf(other));
  }

  @Test
  void conditionsAreAcceptedAsAbbreviationOrDiscogsNameAndReturnedAbbreviated() {
    Api.Response response = api().put("/api/wanted-list/" + entryId, bearer,
        "{\"min_condition\":\"Near Mint (NM or M-)\",\"min_sleeve_condition\":\"g+\"}");

    assertThat(response.json().path("min_condition").asText()).isEqualTo("NM");
    assertThat(response.json().path("min_sleeve_condition").asText()).isEqualTo("G+");
  }

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "email        | 'not-an-email'",
      "currency     | 'XYZ'",
      "currency     | null",
      "notify_mode  | 'weekly'",
      "webhook_url  | 'ftp://example.com/hook'",
      "webhook_url  | 'not a url'",
      "blocked_sellers | 'x'"})
  void accountUpdateRefusesBadFieldsWith400NamingTheField(String field, String json) {
    String value = field.equals("blocked_sellers") ? "[\"" + "y".repeat(101) + "\"]" : Api.json(json);
    Api.Response response = api().put("/api/me", bearer, "{\"" + field + "\":" + value + "}");

    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).isEqualTo(field);
    assertInTheUsersWords(response.json().path("message").asText(), field);
  }

  /** A sentence for the collector: no field key, capitalised, a full stop, no address. */
  static void assertInTheUsersWords(String message, String field) {
    assertThat(message).as("message about %s", field).doesNotContain(field + ":").doesNotContainPattern("https?://")
        .matches("^[A-Z].*[.]$");
    if (field.contains("_")) {
      assertThat(message).doesNotContain(field);
    }
  }

  @Test
  void bodyThatIsNotAnObjectIsRefused() {
    Api.Response response = api().post("/api/wanted-list/add", bearer, "[1,2]");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).isNotBlank();
  }
}
