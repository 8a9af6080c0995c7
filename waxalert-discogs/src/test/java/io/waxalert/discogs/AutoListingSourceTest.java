package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.testing.MutableClock;
import io.waxalert.discogs.SellPageException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@WireMockTest
class AutoListingSourceTest {

  private static final String PAGE = "/sell/release/1001";
  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);

  private AutoListingSource source(WireMockRuntimeInfo wm) {
    return AutoListingSource.builder(TestConfigs.client(wm)).clock(clock).build();
  }

  private static void sellPageAnswers(String html) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(html)));
  }

  private static void challenged() {
    sellPageAnswers(Fixtures.own("challenge-just-a-moment.html"));
  }

  @Test
  void statsComeFromTheApiAndListingsFromTheSellPageOnlyWhenNeeded(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/1001")).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));
    sellPageAnswers(Fixtures.own("sell-release-1001-rows.html"));
    AutoListingSource source = source(wm);

    assertThat(source.stats(1001, Currency.EUR).numForSale()).isEqualTo(7);
    assertThat(source.providesListings()).isTrue();
    assertThat(source.listingsOnlyWhenNeeded()).isTrue();
    assertThat(source.listings(1001, Currency.EUR)).extracting(Listing::listingId)
        .containsExactly(60001L, 60002L, 60003L, 60004L);
    assertThat(source.counters().pageReads()).isEqualTo(1);
  }

  @Test
  void aChallengeFailsInTheUsersWordsAndTheReleaseIsNotTriedAgainWithinTheHour(WireMockRuntimeInfo wm) {
    challenged();
    AutoListingSource source = source(wm);

    assertThatThrownBy(() -> source.listings(1001, Currency.EUR))
        .isInstanceOfSatisfying(SellPageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CHALLENGE))
        .hasMessage("the listings of release 1001 could not be read: Discogs showed a robot check (a Cloudflare"
            + " challenge) instead of the sell page ('Just a moment...' page; first failure; next try after"
            + " 2026-11-20 11:00 UTC)");
    clock.advance(Duration.ofMinutes(59));
    assertThatThrownBy(() -> source.listings(1001, Currency.EUR))
        .isInstanceOf(SellPageException.class)
        .hasMessageContaining("robot check")
        .hasMessageContaining("next try after 2026-11-20 11:00 UTC");

    verify(1, getRequestedFor(urlPathEqualTo(PAGE)));
    assertThat(source.counters().skippedWhileBackingOff()).isEqualTo(1);
    assertThat(source.backingOff()).singleElement().satisfies(failure -> {
      assertThat(failure.releaseId()).isEqualTo(1001);
      assertThat(failure.reason()).isEqualTo(Reason.CHALLENGE);
      assertThat(failure.consecutiveFailures()).isEqualTo(1);
      assertThat(failure.retryAfter()).isEqualTo(START.plus(Duration.ofHours(1)));
    });
  }

  @Test
  void backOffDoublesWithEachFailureInARowUpToADay(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(403)));
    AutoListingSource source = source(wm);
    List<Duration> waits = new ArrayList<>();

    for (int attempt = 0; attempt < 7; attempt++) {
      assertThatThrownBy(() -> source.listings(1001, Currency.EUR)).isInstanceOf(SellPageException.class);
      SellPageFailure failure = source.failure(1001).orElseThrow();
      Duration wait = Duration.between(clock.instant(), failure.retryAfter());
      waits.add(wait);
      clock.advance(wait);
    }

    assertThat(waits).extracting(Duration::toHours).containsExactly(1L, 2L, 4L, 8L, 16L, 24L, 24L);
    assertThat(source.failure(1001).orElseThrow().reason()).isEqualTo(Reason.BLOCKED);
    verify(7, getRequestedFor(urlPathEqualTo(PAGE)));
    assertThat(source.counters().failuresByReason()).containsEntry(Reason.BLOCKED, 7L);
  }

  @Test
  void aSuccessAfterTheBackOffClearsTheFailure(WireMockRuntimeInfo wm) {
    challenged();
    AutoListingSource source = source(wm);
    assertThatThrownBy(() -> source.listings(1001, Currency.EUR)).isInstanceOf(SellPageException.class);
    sellPageAnswers(Fixtures.own("sell-release-1001-rows.html"));
    clock.advance(Duration.ofHours(1));

    List<Listing> listings = source.listings(1001, Currency.EUR);

    assertThat(listings).hasSize(4);
    assertThat(source.failure(1001)).isEmpty();
    assertThat(source.backingOff()).isEmpty();
    assertThat(source.counters()).satisfies(c -> {
      assertThat(c.pageReads()).isEqualTo(1);
      assertThat(c.pageFailures()).isEqualTo(1);
    });
  }

  @Test
  void eachReleaseBacksOffOnItsOwn(WireMockRuntimeInfo wm) {
    challenged();
    stubFor(get(urlPathEqualTo("/sell/release/1002")).willReturn(aResponse()
        .withBody(Fixtures.own("sell-release-1001-markup-changed.html"))));
    stubFor(get(urlPathEqualTo("/sell/release/1003")).willReturn(aResponse()
        .withBody(Fixtures.own("sell-release-1001-empty.html"))));
    AutoListingSource source = source(wm);

    assertThatThrownBy(() -> source.listings(1001, Currency.EUR)).isInstanceOf(SellPageException.class);
    clock.advance(Duration.ofMinutes(30));
    assertThatThrownBy(() -> source.listings(1002, Currency.EUR))
        .hasMessageContaining("the sell page looks different from what WaxAlert can read");
    assertThat(source.listings(1003, Currency.EUR)).as("a real empty page is an empty market").isEmpty();

    assertThat(source.backingOff()).extracting(SellPageFailure::releaseId, SellPageFailure::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1001L, Reason.CHALLENGE),
            org.assertj.core.groups.Tuple.tuple(1002L, Reason.UNKNOWN_LAYOUT));
    clock.advance(Duration.ofMinutes(31));
    assertThat(source.backingOff()).extracting(SellPageFailure::releaseId).containsExactly(1002L);
  }

  @Test
  void backOffSettingsAreChecked(WireMockRuntimeInfo wm) {
    AutoListingSource.Builder builder = AutoListingSource.builder(TestConfigs.client(wm));

    assertThatThrownBy(() -> builder.firstBackoff(Duration.ZERO)).hasMessageContaining("firstBackoff must be positive");
    assertThatThrownBy(() -> builder.maxPages(0)).hasMessageContaining("maxPages");
    assertThatThrownBy(() -> builder.firstBackoff(Duration.ofHours(2)).maxBackoff(Duration.ofHours(1)).build())
        .hasMessageContaining("maxBackoff must not be shorter than firstBackoff");
  }
}
