package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One fetch serves everyone with {@code listing-source: sell-page} on the default
 * {@code market-max-age}: a release's sell page read for one user's check serves every other
 * check and the marketplace route until it is that old.
 */
@MicronautTest(transactional = false)
class SellPageSharingTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.listing-source", "sell-page");
    p.put("waxalert.discogs.web-url", FakeDiscogs.url());
    return p;
  }

  @Test
  void oneReadOfTheSellPageServesEveryUserAndRouteWithinMarketMaxAge() {
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(id);
    String ann = signIn("share-ann");
    String ben = signIn("share-ben");
    api().post("/api/wanted-list/add", ann, "{\"release\":\"" + id + "\",\"max_price\":\"10.00\"}");
    api().post("/api/wanted-list/add", ben, "{\"release\":\"" + id + "\",\"min_condition\":\"NM\"}");

    assertThat(api().post("/api/wanted-list/check-all", ann, null).json().path("matched").asInt()).isEqualTo(1);
    assertThat(api().post("/api/wanted-list/check-all", ben, null).json().path("matched").asInt()).isEqualTo(1);
    assertThat(api().get("/api/releases/" + id + "/marketplace", ann).json().path("listings")).hasSize(2);
    assertThat(api().post("/api/wanted-list/check-all", ann, null).json().path("failed").asInt()).isZero();

    assertThat(FakeDiscogs.sellPageRequests(id)).as("sell pages read").isEqualTo(1);
    assertThat(FakeDiscogs.statsRequests(id)).as("stats read").isEqualTo(1);
  }

}
