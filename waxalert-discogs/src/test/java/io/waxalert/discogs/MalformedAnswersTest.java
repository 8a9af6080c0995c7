package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of the client that asks Discogs, and of the listing sources over it, against
 * answers that are not what was asked for: each throws only its promised exception type, with a
 * message that says what was asked and what came back. Lazy streams are consumed, so their page
 * fetches are driven too.
 */
@WireMockTest
class MalformedAnswersTest {

  /** One malformed answer, served for every request. */
  enum Answer {
    HTML_WITH_200(200, "text/html", "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>"),
    TRUNCATED_JSON(200, "application/json", "{\"id\": 1001, \"title\": \"Night Sh"),
    ARRAY_FOR_AN_OBJECT(200, "application/json", "[1, 2, 3]"),
    WRONG_FIELD_TYPES(200, "application/json", "{\"id\": \"abc\", \"username\": {}, \"title\": [], \"lowest_price\": \"cheap\","
        + " \"num_for_sale\": \"many\", \"pagination\": {\"page\": \"x\", \"pages\": \"y\"}, \"results\": \"none\","
        + " \"wants\": \"none\", \"versions\": 5, \"listings\": {}, \"price\": \"free\", \"release\": \"x\"}"),
    HUGE_NUMBERS(200, "application/json", "{\"id\": 1e400, \"pagination\": {\"page\": 1, \"pages\": 99999999999999999999},"
        + " \"results\": [{\"id\": 99999999999999999999}], \"wants\": [{\"id\": -1e30}], \"versions\": [{\"id\": 1e19}],"
        + " \"listings\": [{\"id\": 123456789012345678901234567890}], \"lowest_price\": {\"value\": 1e400000,"
        + " \"currency\": \"EUR\"}, \"num_for_sale\": 1e400}"),
    EMPTY_BODY_WITH_200(200, "application/json", ""),
    JSON_NULL(200, "application/json", "null"),
    HTML_WITH_500(500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>");

    final int status;
    final String contentType;
    final String body;

    Answer(int status, String contentType, String body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }
  }

  private static final DiscogsOAuthFlow.RequestToken REQUEST_TOKEN = new DiscogsOAuthFlow.RequestToken("rt", "rs");

  /** The calls, each named as the API reads; the result is consumed (streams to the end). */
  static List<Named<Function<DiscogsClient, Object>>> clientCalls() {
    return List.of(
        Named.of("release", c -> c.release(1001)),
        Named.of("master", c -> c.master(2002)),
        Named.of("masterVersions", c -> c.masterVersions(2002, null).toList()),
        Named.of("releaseIdsOfMaster", c -> c.releaseIdsOfMaster(2002, "Vinyl")),
        Named.of("marketStats", c -> c.marketStats(1001, Currency.EUR)),
        Named.of("listing", c -> c.listing(9001, Currency.EUR)),
        Named.of("priceSuggestions", c -> c.priceSuggestions(1001)),
        Named.of("inventory", c -> c.inventory("shop").toList()),
        Named.of("inventoryPage", c -> c.inventoryPage("shop", 1)),
        Named.of("wantlist", c -> c.wantlist("someone").toList()),
        Named.of("user", c -> c.user("someone")),
        Named.of("identity", DiscogsClient::identity),
        Named.of("searchReleases", c -> c.searchReleases("night shift").toList()),
        Named.of("oauth requestToken", c -> flow(c).requestToken("https://waxalert.example/callback")),
        Named.of("oauth accessToken", c -> flow(c).accessToken(REQUEST_TOKEN, "verifier")));
  }

  static List<Named<Function<DiscogsClient, Object>>> sourceCalls() {
    return List.of(
        Named.of("StatsListingSource.stats", c -> new StatsListingSource(c, true).stats(1001, Currency.EUR)),
        Named.of("SellPageListingSource.stats", c -> new SellPageListingSource(c).stats(1001, Currency.EUR)),
        Named.of("SellPageListingSource.listings", c -> new SellPageListingSource(c).listings(1001, Currency.EUR)),
        Named.of("SellerInventorySource.stats", c -> inventories(c).stats(1001, Currency.EUR)),
        Named.of("SellerInventorySource.listings", c -> inventories(c).listings(1001, Currency.EUR)),
        Named.of("SellerInventorySource.inventoryOf", c -> inventories(c).inventoryOf("shop")),
        Named.of("AutoListingSource.stats", c -> new AutoListingSource(c).stats(1001, Currency.EUR)),
        Named.of("AutoListingSource.listings", c -> new AutoListingSource(c).listings(1001, Currency.EUR)));
  }

  static Stream<Arguments> clientCases() {
    return clientCalls().stream().flatMap(call -> Stream.of(Answer.values()).map(answer -> Arguments.of(call, answer)));
  }

  static Stream<Arguments> sourceCases() {
    return sourceCalls().stream().flatMap(call -> Stream.of(Answer.values()).map(answer -> Arguments.of(call, answer)));
  }

  private static DiscogsOAuthFlow flow(DiscogsClient client) {
    return client.oauthFlow("key", "secret", OAuthSignatureMethod.PLAINTEXT);
  }

  private static SellerInventorySource inventories(DiscogsClient client) {
    return new SellerInventorySource(client, List.of("shop"), Duration.ofMinutes(5));
  }

  private static DiscogsClient clientServing(WireMockRuntimeInfo wm, Answer answer) {
    stubFor(any(anyUrl()).willReturn(aResponse().withStatus(answer.status)
        .withHeader("Content-Type", answer.contentType).withBody(answer.body)));
    return DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(1)
        .credentials(DiscogsCredentials.personalToken("token")).build());
  }

  @ParameterizedTest(name = "{0} answered with {1}")
  @MethodSource("clientCases")
  void clientThrowsOnlyDiscogsExceptionsThatSayWhatWasAskedAndWhatCame(Function<DiscogsClient, Object> call,
      Answer answer, WireMockRuntimeInfo wm) {
    DiscogsClient client = clientServing(wm, answer);

    Throwable thrown = catchThrowable(() -> {
      Object result = call.apply(client);
      if (result instanceof ReferencePrices suggestions) {
        // The one tolerated case: suggestions are optional, unreadable ones are none (never a market verdict).
        assertThat(answer).isIn(Answer.WRONG_FIELD_TYPES, Answer.JSON_NULL, Answer.HUGE_NUMBERS);
        assertThat(suggestions.isEmpty()).isTrue();
        throw new Tolerated();
      }
    });

    if (thrown instanceof Tolerated) {
      return;
    }
    assertThat(thrown).as("an answer that is not what was asked for fails").isInstanceOf(DiscogsException.class);
    assertThat(thrown.getMessage()).isNotBlank().doesNotContain("token=token").doesNotContain("io.waxalert");
    if (answer == Answer.HTML_WITH_500) {
      assertThat(thrown).isInstanceOf(DiscogsUnavailableException.class).hasMessageContaining("500");
    } else {
      assertThat(thrown).isInstanceOf(DiscogsUnreadableException.class);
      assertThat(thrown.getMessage()).containsAnyOf(expectedWords(answer));
    }
  }

  /** Marks the tolerated outcome inside the caught block. */
  private static final class Tolerated extends RuntimeException {}

  @ParameterizedTest(name = "{0} answered with {1}")
  @MethodSource("sourceCases")
  void listingSourcesThrowOnlyListingSourceExceptions(Function<DiscogsClient, Object> call, Answer answer,
      WireMockRuntimeInfo wm) {
    DiscogsClient client = clientServing(wm, answer);

    Throwable thrown = catchThrowable(() -> call.apply(client));

    assertThat(thrown).as("an answer that is not what was asked for fails").isInstanceOf(ListingSourceException.class);
    assertThat(thrown.getMessage()).isNotBlank().containsAnyOf("release 1001", "seller shop");
    if (thrown instanceof SellPageException page) {
      assertThat(page.getMessage()).startsWith("the listings of release 1001 could not be read: " + page.reason().words());
    } else {
      assertThat(thrown.getCause()).isInstanceOf(DiscogsException.class);
    }
  }

  @ParameterizedTest(name = "reference prices answered with {0}")
  @org.junit.jupiter.params.provider.EnumSource(Answer.class)
  void referencePricesOfTheSourcesAreNoneWhenSuggestionsCannotBeRead(Answer answer, WireMockRuntimeInfo wm) {
    DiscogsClient client = clientServing(wm, answer);
    List<ListingSource> sources = List.of(new StatsListingSource(client, true),
        AutoListingSource.builder(client).priceSuggestions(true).build());

    for (ListingSource source : sources) {
      assertThat(source.referencePrices(1001, Currency.EUR).isEmpty()).isTrue();
    }
  }

  private static String[] expectedWords(Answer answer) {
    return switch (answer) {
      case HTML_WITH_200 -> new String[] {"HTML", "no form"};
      case TRUNCATED_JSON, ARRAY_FOR_AN_OBJECT, WRONG_FIELD_TYPES -> new String[] {"not readable JSON", "no form",
          "could not be read", "lacks"};
      case EMPTY_BODY_WITH_200 -> new String[] {"empty body"};
      case JSON_NULL -> new String[] {"JSON null", "holds no", "no form"};
      default -> new String[] {"could not be read", "no form", "lacks"};
    };
  }
}
