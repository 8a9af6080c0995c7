package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The criteria of the contract's criteria section: kept, returned on the entry and in the export;
 * an empty string is a 400 naming the field, {@code null} clears.
 */
@MicronautTest(transactional = false)
class CriteriaFieldsTest extends ServiceTest {

  private String bearer;

  @BeforeAll
  void signInOnce() {
    bearer = signIn("criteria");
  }

  private String added(String criteria) {
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    Api.Response added = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"" + criteria + "}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().path("id").asText();
  }

  @Test
  void countriesGivenByCodeOrOtherSpellingAreKeptAsDiscogsWritesThemSoTheyMatch() {
    String id = added(",\"location_filter\":[\"NL\",\"holland\",\"Faroe Islands\"],\"location_exclude\":[\"us\"]");

    JsonNode entry = api().get("/api/wanted-list/" + id, bearer).json();

    // a listing ships from "Netherlands", never from "NL"; a name the service does not know stays as given
    assertThat(entry.path("location_filter").toString()).isEqualTo("[\"Faroe Islands\",\"Netherlands\"]");
    assertThat(entry.path("location_exclude").toString()).isEqualTo("[\"United States\"]");
  }

  @Test
  void countriesWantedAndExcludedSellerFeedbackAndUnknownShippingAreKeptAndReturned() {
    String id = added(",\"location_filter\":[\"Germany\",\"France\"],\"location_exclude\":[\"Russia\"],"
        + "\"min_seller_feedback\":250,\"price_basis\":\"item_plus_shipping\",\"unknown_shipping\":\"do_not_judge\"");

    JsonNode entry = api().get("/api/wanted-list/" + id, bearer).json();

    assertThat(entry.path("location_filter").toString()).isEqualTo("[\"France\",\"Germany\"]");
    assertThat(entry.path("location_exclude").toString()).isEqualTo("[\"Russia\"]");
    assertThat(entry.path("min_seller_feedback").asInt()).isEqualTo(250);
    assertThat(entry.path("price_basis").asText()).isEqualTo("item_plus_shipping");
    assertThat(entry.path("unknown_shipping").asText()).isEqualTo("do_not_judge");
    assertThat(entry.path("catalog_number").asText()).as("from the release's labels").isEqualTo("PB 41447");

    JsonNode onlyExclusionChanged = api().put("/api/wanted-list/" + id, bearer,
        "{\"location_exclude\":[\"Japan\",\"Russia\"]}").json();
    assertThat(onlyExclusionChanged.path("location_filter").toString()).as("the wanted countries stay")
        .isEqualTo("[\"France\",\"Germany\"]");
    assertThat(onlyExclusionChanged.path("location_exclude").toString()).isEqualTo("[\"Japan\",\"Russia\"]");
  }

  @Test
  void theExportCarriesEveryCriterion() {
    added(",\"location_exclude\":[\"Russia\",\"Japan\"],\"min_seller_feedback\":40,\"unknown_shipping\":\"do_not_judge\","
        + "\"price_basis\":\"item_plus_shipping\"");

    String csv = api().get("/api/wanted-list/export?format=csv", bearer).text();
    JsonNode json = api().get("/api/wanted-list/export?format=json", bearer).json().path("entries");

    String header = csv.lines().findFirst().orElseThrow();
    assertThat(header).contains(",location_filter,location_exclude,", ",min_seller_feedback,", ",unknown_shipping,",
        ",catalog_number,");
    assertThat(csv).contains("Japan;Russia", ",40,", ",do_not_judge,", "PB 41447");
    assertThat(json.findValuesAsText("unknown_shipping")).contains("do_not_judge");
    assertThat(json.findValues("location_exclude").toString()).contains("Japan", "Russia");
  }

  @ParameterizedTest(name = "{0}: \"\" is refused, null clears")
  @ValueSource(strings = {"max_price", "max_price_currency", "price_basis", "unknown_shipping", "min_condition",
      "min_sleeve_condition", "location_filter", "location_exclude", "min_seller_rating", "min_seller_feedback",
      "underpriced_percentage", "blocked_sellers"})
  void anEmptyStringIsRefusedNamingTheFieldAndNullClearsIt(String field) {
    String id = added(",\"max_price\":\"20.00\",\"min_condition\":\"VG\",\"min_sleeve_condition\":\"VG\","
        + "\"location_filter\":[\"Germany\"],\"location_exclude\":[\"Japan\"],\"min_seller_rating\":98,"
        + "\"min_seller_feedback\":10,\"underpriced_percentage\":20,\"blocked_sellers\":[\"shady\"],"
        + "\"price_basis\":\"item_plus_shipping\",\"unknown_shipping\":\"do_not_judge\"");
    JsonNode before = api().get("/api/wanted-list/" + id, bearer).json();

    Api.Response empty = api().put("/api/wanted-list/" + id, bearer, "{\"" + field + "\":\"\"}");
    Api.Response emptyAtAdd = api().post("/api/wanted-list/add", bearer, "{\"release\":\"1\",\"" + field + "\":\"  \"}");
    Api.Response cleared = api().put("/api/wanted-list/" + id, bearer, "{\"" + field + "\":null}");

    for (Api.Response refused : new Api.Response[] {empty, emptyAtAdd}) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().path("field").asText()).isEqualTo(field);
      ValidationTest.assertInTheUsersWords(refused.json().path("message").asText(), field);
      assertThat(refused.json().path("message").asText()).contains("empty", "null");
    }
    assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
    JsonNode after = cleared.json();
    JsonNode was = before.path(field);
    JsonNode now = after.path(field);
    switch (field) {
      case "max_price_currency" -> assertThat(now.asText()).as("the maximum keeps its currency").isEqualTo("EUR");
      case "price_basis" -> assertThat(now.asText()).isEqualTo("item");
      case "unknown_shipping" -> assertThat(now.asText()).isEqualTo("item_price_only");
      case "location_filter", "location_exclude", "blocked_sellers" -> assertThat(now).isEmpty();
      default -> assertThat(now.isNull()).as("%s cleared (was %s)", field, was).isTrue();
    }
    JsonNode max = api().get("/api/wanted-list/" + id, bearer).json().path("max_price");
    assertThat(max.isNull() ? null : max.asText()).as("the other criteria stay")
        .isEqualTo(field.equals("max_price") ? null : "20.00");
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "max_price            | -5            | The maximum price must be greater than 0.",
      "min_condition        | \"Shiny\"     | The minimum media condition must be a grade",
      "underpriced_percentage | 100         | The underpriced percentage must be between 1 and 99.",
      "min_seller_feedback  | -1            | The minimum number of seller ratings must be a whole number",
      "unknown_shipping     | \"guess\"     | The choice for unknown shipping must be \"item_price_only\" or"})
  void errorsNameTheFieldInWordsAndSayWhatIsExpected(String field, String value, String message) {
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    Api.Response refused = api().post("/api/wanted-list/add", bearer,
        "{\"release\":\"" + id + "\",\"" + field + "\":" + value + "}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("field").asText()).isEqualTo(field);
    assertThat(refused.json().path("message").asText()).startsWith(message);
  }
}
