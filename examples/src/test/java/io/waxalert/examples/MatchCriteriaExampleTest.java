package io.waxalert.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.EntryStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runs the example and checks it still shows what its output claims. */
class MatchCriteriaExampleTest {

  private final ExampleResult builtIn = MatchCriteriaExample.run(Optional.empty());

  @Test
  void alertsEveryCollectorWithAFittingListingOrLowestPrice() {
    assertThat(builtIn.alertedOwners()).containsExactly("alice", "bob", "carol", "dave", "erin");
    assertThat(builtIn.alerts())
        .extracting(alert -> alert.ownerId() + ":" + alert.listingKey())
        .containsExactly(
            "alice:listing:101", "alice:listing:103",
            "bob:listing:201", "bob:listing:203",
            "carol:listing:301",
            "dave:listing:402",
            "erin:stats:4570366:48.00:EUR");
  }

  @Test
  void rejectsTheCheapCopyInAGenericSleeveOnTheSleeveAlone() {
    assertThat(builtIn.genericSleeve()).isInstanceOf(MatchResult.Rejected.class);
    assertThat(((MatchResult.Rejected) builtIn.genericSleeve()).failures())
        .extracting(CriterionResult::criterion)
        .containsExactly(Criterion.SLEEVE_CONDITION);
    assertThat(builtIn.transcript())
        .contains("sleeve condition (no): Generic against minimum VG+ (not a graded original sleeve)");
  }

  @Test
  void neverAlertsAListingThatFailsACriterion() {
    assertThat(builtIn.alerts()).extracting(Alert::listingId)
        .doesNotContain(102L, 104L, 202L, 204L, 302L, 401L);
    assertThat(builtIn.transcript()).contains("blocked sellers (no): Flipper-Records is blocked");
  }

  @Test
  void explainsEachAlertWithItsCriteria() {
    Alert fromNewSeller = builtIn.alerts().stream()
        .filter(alert -> Long.valueOf(203).equals(alert.listingId())).findFirst().orElseThrow();
    assertThat(fromNewSeller.explain())
        .contains("seller rating (not judged): rating unknown against minimum 99 %");
    Alert carols = builtIn.alerts().stream()
        .filter(alert -> alert.ownerId().equals("carol")).findFirst().orElseThrow();
    assertThat(carols.type()).isEqualTo(AlertType.UNDERPRICED);
    assertThat(builtIn.transcript()).contains(carols.explain());
  }

  @Test
  void secondCycleOverTheSameMarketRaisesNoNewAlerts() {
    assertThat(ExampleResult.newAlerts(builtIn.firstCycle())).isEqualTo(7);
    assertThat(ExampleResult.newAlerts(builtIn.secondCycle())).isZero();
    assertThat(builtIn.transcript()).contains("0 alerts delivered this time");
  }

  @Test
  void releaseBlockedFromSaleIsNoListings() {
    assertThat(builtIn.statusByOwner())
        .containsEntry("frank", EntryStatus.NO_LISTINGS)
        .containsEntry("carol", EntryStatus.UNDERPRICED)
        .containsEntry("alice", EntryStatus.PRICE_MATCHED);
    assertThat(builtIn.transcript()).contains("Unknown Artist – Bootleg Live 1994: no_listings");
  }

  @Test
  void withoutRecordedResponsesSaysSoAndGoesOn() {
    assertThat(builtIn.fixturesFound()).isFalse();
    assertThat(builtIn.fixtureAlerts()).isEmpty();
    assertThat(builtIn.transcript().lines().filter(line -> line.contains("discogs-fixtures")))
        .containsExactly("shared/discogs-fixtures/ not found next to the working directory; skipped.");
  }

  @Test
  void recordedResponsesAlertLikeTheBuiltInMarket() {
    Optional<DiscogsFixtures> fixtures = DiscogsFixtures.find();
    assumeTrue(fixtures.isPresent(), "shared/discogs-fixtures/ is not next to the module");

    ExampleResult recorded = MatchCriteriaExample.run(fixtures);

    assertThat(recorded.fixtureAlerts())
        .extracting(alert -> alert.ownerId() + ":" + alert.listingKey())
        .containsExactly("gina:stats:125204:64.00:EUR", "ivy:listing:1265949252");
    assertThat(recorded.statusByOwner()).containsEntry("hank", EntryStatus.NO_LISTINGS);
    // The built-in part does not depend on the recordings.
    assertThat(recorded.alerts()).hasSameSizeAs(builtIn.alerts());
  }
}
