package io.waxalert.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.sellers.Bundle;
import io.waxalert.core.sellers.SellerCheckReport;
import io.waxalert.core.sellers.SellerStatus;
import org.junit.jupiter.api.Test;

/** Runs the example and checks it still shows what its output claims. */
class FollowSellerExampleTest {

  private final FollowSellerExample.Result result = FollowSellerExample.run();

  @Test
  void readsTheShopWholeThenOnlyDownToTheFirstPageOfKnownListings() {
    assertThat(result.checks()).extracting(SellerCheckReport::requests).containsExactly(2, 2, 1);
    assertThat(result.checks()).extracting(SellerCheckReport::newListings).containsExactly(5, 1, 0);
    assertThat(result.checks()).extracting(SellerCheckReport::removedListings).containsExactly(0, 1, 0);
    assertThat(result.checks()).extracting(SellerCheckReport::status).containsOnly(SellerStatus.OK);
    assertThat(result.transcript()).contains("6 requests to Discogs in all");
  }

  @Test
  void alertsEachFittingListingOnceAndOnlyThose() {
    // 8803 is G+ under a VG+ minimum, 8801 over the maximum, 8805 and 8802 not wanted
    assertThat(result.alerts()).extracting(Alert::listingKey).containsExactlyInAnyOrder("listing:8804", "listing:8806");
    assertThat(result.transcript())
        .contains("ALERT Example Band – Night Shift: 21.00 EUR + 6.50 EUR shipping, NM/VG+, crate_digger in Netherlands"
            + " — https://www.discogs.com/sell/item/8804")
        .contains("media condition (ok): NM against minimum VG+");
  }

  @Test
  void theSecondWantOfTheSameSellerMakesABundle() {
    assertThat(result.bundles()).singleElement().satisfies(bundle -> {
      assertThat(bundle.seller()).isEqualTo("crate_digger");
      assertThat(bundle.shipsFrom()).isEqualTo("Netherlands");
      assertThat(bundle.total().toString()).isEqualTo("32.00 EUR");
      assertThat(bundle.items()).extracting(Bundle.Item::title)
          .containsExactly("Example Band – Night Shift", "Example Band – Day Shift");
    });
    assertThat(result.transcript()).contains("BUNDLE crate_digger (ships from Netherlands): 2 of your wants for 32.00 EUR");
  }

  @Test
  void aSellerDiscogsDoesNotKnowIsSaidPlainly() {
    assertThat(result.unknownSeller()).contains("404").contains("User does not exist");
  }
}
