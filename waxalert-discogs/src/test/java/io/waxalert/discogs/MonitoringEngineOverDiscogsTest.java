package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.criteria.AlertCriteria;
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
import io.waxalert.core.spi.ListingSource;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The core's monitoring engine end to end over both Discogs sources, against a fake Discogs. */
@WireMockTest
class MonitoringEngineOverDiscogsTest {

  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();

  /** The alerts the engine queued for delivery, oldest first. */
  private List<Alert> delivered() {
    return log.outbox().due(java.time.Instant.MAX, 1_000).stream().map(due -> due.alert()).toList();
  }

  @BeforeEach
  void fakeDiscogs() {
    stubFor(get(urlPathEqualTo("/marketplace/stats/1001")).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));
    stubFor(get(urlPathEqualTo("/marketplace/stats/1002")).willReturn(okJson(Fixtures.own("stats-blocked.json"))));
    stubFor(get(urlPathEqualTo("/marketplace/stats/1003")).willReturn(aResponse().withStatus(503)));
    stubFor(get(urlPathEqualTo("/marketplace/stats/1004")).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));
    stubFor(get(urlPathEqualTo("/sell/release/1001")).willReturn(aResponse()
        .withHeader("Content-Type", "text/html; charset=utf-8").withBody(Fixtures.own("sell-release-1001-rows.html"))));
    stubFor(get(urlPathEqualTo("/sell/release/1004")).willReturn(aResponse().withStatus(403)
        .withHeader("cf-mitigated", "challenge").withBody(Fixtures.own("challenge-just-a-moment.html"))));
  }

  private MonitoringEngine engine(WireMockRuntimeInfo wm, ListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log)
        .observations(new InMemoryPriceObservationStore()).deliveryChannels(java.util.Set.of("mail"))
        .exchangeRates(FixedExchangeRates.approximate())
        .policy(MonitorPolicy.builder().webUrl(wm.getHttpBaseUrl()).build())
        .build();
  }

  private WantedEntry want(String owner, long releaseId, AlertCriteria criteria) {
    WantedEntry entry = WantedEntry.forRelease(owner, releaseId, "Example Band – Night Shift", Currency.EUR, criteria);
    entries.save(entry);
    return entry;
  }

  private EntryStatus statusOf(WantedEntry entry) {
    return entries.find(entry.id()).orElseThrow().status();
  }

  private static AlertCriteria maxEur(String amount) {
    return AlertCriteria.builder().maxPrice(Money.of(amount, "EUR")).build();
  }

  @Test
  void statsSourceAlertsOnTheLowestPriceAndTellsFailedChecksFromEmptyMarkets(WireMockRuntimeInfo wm) {
    WantedEntry cheapEnough = want("ann", 1001, maxEur("20.00"));
    WantedEntry tooDear = want("ben", 1001, maxEur("15.00"));
    WantedEntry blocked = want("ann", 1002, maxEur("20.00"));
    WantedEntry unavailable = want("ann", 1003, maxEur("20.00"));

    CycleReport report = engine(wm, new StatsListingSource(TestConfigs.client(wm))).runDue();

    assertThat(statusOf(cheapEnough)).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(statusOf(tooDear)).isEqualTo(EntryStatus.MONITORING);
    assertThat(statusOf(blocked)).isEqualTo(EntryStatus.NO_LISTINGS);
    assertThat(statusOf(unavailable)).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(report.statsRequests()).isEqualTo(3);
    verify(1, getRequestedFor(urlPathEqualTo("/marketplace/stats/1001")));
    assertThat(delivered()).singleElement().satisfies(alert -> {
      assertThat(alert.ownerId()).isEqualTo("ann");
      assertThat(alert.price().amountText()).isEqualTo("17.12");
      assertThat(alert.url()).isEqualTo(wm.getHttpBaseUrl() + "/sell/release/1001");
    });
  }

  @Test
  void sellPageSourceAlertsEachFittingListingOnceAndABlockedPageIsAFailedCheck(WireMockRuntimeInfo wm) {
    WantedEntry nearMint = want("ann", 1001,
        AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).minMediaCondition(MediaCondition.NEAR_MINT).build());
    WantedEntry challenged = want("ann", 1004, maxEur("25.00"));
    MonitoringEngine engine = engine(wm, new SellPageListingSource(TestConfigs.client(wm)));

    CycleReport first = engine.check(List.of(nearMint, challenged));
    CycleReport second = engine.check(List.of(entries.find(nearMint.id()).orElseThrow()));

    assertThat(first.listingRequests()).as("both pages tried, the challenged one included").isEqualTo(2);
    assertThat(statusOf(nearMint)).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(statusOf(challenged)).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(entries.find(challenged.id()).orElseThrow().lastCheck().message()).containsIgnoringCase("cloudflare");
    assertThat(second.newAlerts()).isZero();
    assertThat(delivered()).singleElement().satisfies(alert -> {
      assertThat(alert.listingId()).isEqualTo(60002L);
      assertThat(alert.price()).isEqualTo(Money.of("24.50", "EUR"));
      assertThat(alert.mediaCondition()).isEqualTo(MediaCondition.NEAR_MINT);
      assertThat(alert.sellerName()).isEqualTo("dutch_grooves");
      assertThat(alert.url()).isEqualTo(wm.getHttpBaseUrl() + "/sell/item/60002");
    });
  }
}
