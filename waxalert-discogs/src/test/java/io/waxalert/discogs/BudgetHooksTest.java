package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The hooks a host spends its budget through: an outside permit per request, master versions read up to a limit. */
@WireMockTest
class BudgetHooksTest {

  @Test
  void everyRequestRetriesIncludedTakesAnOutsidePermitFirstAndClosesIt(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/5")).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    stubFor(get(urlPathEqualTo("/marketplace/stats/5")).inScenario("s").whenScenarioStateIs("up")
        .willReturn(okJson("{\"lowest_price\": {\"value\": 3.5, \"currency\": \"EUR\"}, \"num_for_sale\": 2,"
            + " \"blocked_from_sale\": false}")));
    AtomicInteger taken = new AtomicInteger();
    AtomicInteger open = new AtomicInteger();
    List<Integer> openAtTake = new ArrayList<>();
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(2).requestPermits(() -> {
      taken.incrementAndGet();
      openAtTake.add(open.incrementAndGet());
      return open::decrementAndGet;
    }).build());

    client.marketStats(5, Currency.EUR);

    assertThat(taken).as("the 503 and its retry").hasValue(2);
    assertThat(openAtTake).containsExactly(1, 1);
    assertThat(open).as("every permit closed").hasValue(0);
  }

  @Test
  void aMasterReadUpToALimitStopsPagingThereAndSaysHowManyThereAre(WireMockRuntimeInfo wm) {
    String versions = "/masters/2002/versions";
    stubFor(get(urlPathEqualTo(versions)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(Fixtures.own("master-2002-versions-page1.json"))));
    stubFor(get(urlPathEqualTo(versions)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(Fixtures.own("master-2002-versions-page2.json"))));
    DiscogsClient client = TestConfigs.client(wm);

    MasterReleases limited = client.masterReleases(2002, "Vinyl", 2);
    MasterReleases all = client.masterReleases(2002, "Vinyl", 100);

    assertThat(limited.releaseIds()).containsExactly(1001L, 1003L);
    assertThat(limited.total()).isEqualTo(3);
    assertThat(limited.truncated()).isTrue();
    assertThat(all.releaseIds()).containsExactly(1001L, 1003L, 1005L);
    assertThat(all.truncated()).isFalse();
    verify(1, getRequestedFor(urlPathEqualTo(versions)).withQueryParam("page", equalTo("2")));
  }
}
