package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitorPolicy;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code auto} end to end: the core's engine over {@link AutoListingSource} against a fake Discogs
 * whose sell pages sometimes answer with a Cloudflare challenge, counting every request.
 */
@WireMockTest
class AutoSourceOverDiscogsTest {

  private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();

  @BeforeEach
  void fakeDiscogs() {
    stubFor(get(urlPathMatching("/marketplace/stats/100[123]")).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));
    stubFor(get(urlPathEqualTo("/sell/release/1001")).willReturn(html(Fixtures.own("sell-release-1001-rows.html"))));
    // 1002: a challenge with HTTP 200 at first, the real page once Cloudflare lets the client through.
    stubFor(get(urlPathEqualTo("/sell/release/1002")).inScenario("cloudflare").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(html(Fixtures.own("challenge-just-a-moment.html"))).willSetStateTo("through"));
    stubFor(get(urlPathEqualTo("/sell/release/1002")).inScenario("cloudflare").whenScenarioStateIs("through")
        .willReturn(html(Fixtures.own("sell-release-1001-rows.html").replace("1001", "1002"))));
    // 1003: always refused.
    stubFor(get(urlPathEqualTo("/sell/release/1003")).willReturn(aResponse().withStatus(403)
        .withHeader("cf-mitigated", "challenge").withBody(Fixtures.own("challenge-just-a-moment.html"))));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder html(String body) {
    return aResponse().withHeader("Content-Type", "text/html; charset=utf-8").withBody(body);
  }

  private WantedEntry want(String owner, long releaseId, AlertCriteria criteria) {
    WantedEntry entry = WantedEntry.forRelease(owner, releaseId, "Example Band – Night Shift", Currency.EUR, criteria);
    entries.save(entry);
    return entry;
  }

  private static AlertCriteria.Builder maxEur(String amount) {
    return AlertCriteria.builder().maxPrice(Money.of(amount, "EUR"));
  }

  private List<WantedEntry> current(WantedEntry... wanted) {
    return java.util.Arrays.stream(wanted).map(e -> entries.find(e.id()).orElseThrow()).toList();
  }

  @Test
  void verifiesListingsWhereNeededFallsBackToStatsAlertsWhenChallengedAndBacksOffPerRelease(WireMockRuntimeInfo wm) {
    DiscogsClient client = TestConfigs.client(wm);
    AutoListingSource source = AutoListingSource.builder(client).clock(clock).build();
    MonitoringEngine engine = MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log)
        .observations(new InMemoryPriceObservationStore()).deliveryChannels(java.util.Set.of("mail"))
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock)
        .policy(MonitorPolicy.builder().webUrl(wm.getHttpBaseUrl()).build())
        .build();
    WantedEntry ann = want("ann", 1001, maxEur("25.00").minMediaCondition(MediaCondition.NEAR_MINT).build());
    WantedEntry ben = want("ben", 1002, maxEur("30.00").shipsFrom(ShipsFromFilter.onlyFrom(List.of("Netherlands"))).build());
    WantedEntry cat = want("cat", 1003, maxEur("20.00").build());
    WantedEntry dan = want("dan", 1003, maxEur("20.00").minMediaCondition(MediaCondition.VERY_GOOD_PLUS).build());

    CycleReport first = engine.check(current(ann, ben, cat, dan));

    assertThat(first.statsRequests()).isEqualTo(3);
    assertThat(first.listingRequests()).as("1001, 1002 and 1003 for dan; none for cat's price-only entry").isEqualTo(3);
    assertThat(log.findByEntry(ann.id())).extracting(Alert::listingId).containsExactly(60002L);
    assertThat(log.findByEntry(cat.id())).singleElement().satisfies(a -> assertThat(a.isStatsAlert()).isTrue());
    assertThat(log.findByEntry(ben.id())).singleElement().satisfies(alert -> {
      assertThat(alert.isStatsAlert()).isTrue();
      assertThat(alert.explain()).contains("not verified (ships from)", "robot check (a Cloudflare challenge)",
          "next try after 2026-11-20 11:00 UTC");
    });
    assertThat(log.findByEntry(dan.id())).singleElement().satisfies(alert ->
        assertThat(alert.explain()).contains("not verified (media condition)", "HTTP 403"));
    assertThat(current(ann, ben, cat, dan)).extracting(WantedEntry::status).containsOnly(EntryStatus.PRICE_MATCHED);

    clock.advance(Duration.ofMinutes(10));
    CycleReport second = engine.check(current(ann, ben, cat, dan));

    assertThat(second.newAlerts()).as("same listing, same lowest price").isZero();
    verify(2, getRequestedFor(urlPathEqualTo("/sell/release/1001")));
    verify(1, getRequestedFor(urlPathEqualTo("/sell/release/1002")));
    verify(1, getRequestedFor(urlPathEqualTo("/sell/release/1003")));
    assertThat(source.counters().skippedWhileBackingOff()).isEqualTo(2);

    clock.advance(Duration.ofMinutes(51));
    engine.check(current(ann, ben, cat, dan));

    assertThat(log.findByEntry(ben.id())).extracting(Alert::listingId).containsExactlyInAnyOrder(null, 60002L);
    verify(3, getRequestedFor(urlPathEqualTo("/sell/release/1001")));
    verify(2, getRequestedFor(urlPathEqualTo("/sell/release/1002")));
    verify(2, getRequestedFor(urlPathEqualTo("/sell/release/1003")));
    verify(9, getRequestedFor(urlPathMatching("/marketplace/stats/.*")));
    assertThat(client.rateLimitStats().requests()).isEqualTo(9 + 7);
    assertThat(source.backingOff()).singleElement().satisfies(failure -> {
      assertThat(failure.releaseId()).isEqualTo(1003);
      assertThat(failure.consecutiveFailures()).isEqualTo(2);
      assertThat(failure.retryAfter()).isEqualTo(START.plus(Duration.ofMinutes(61)).plus(Duration.ofHours(2)));
    });
    assertThat(source.counters()).satisfies(c -> {
      assertThat(c.pageReads()).isEqualTo(4);
      assertThat(c.pageFailures()).isEqualTo(3);
      assertThat(c.failuresByReason()).containsEntry(SellPageException.Reason.CHALLENGE, 3L);
    });
  }
}
