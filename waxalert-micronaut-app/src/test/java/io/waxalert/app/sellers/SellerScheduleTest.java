package io.waxalert.app.sellers;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeInventories;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.sellers.SellerCheckReport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seller checks' schedule: a seller is due once per interval (never checked: at once), a run
 * stops when its requests are spent, and a tick gives sellers a quarter of a tick's budget.
 */
@MicronautTest(transactional = false)
class SellerScheduleTest extends ServiceTest {

  @Inject
  SellerChecks checks;

  /** A database of its own: due() lists every seller anyone follows. */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("datasources.default.url",
        "jdbc:h2:mem:seller-schedule;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    return p;
  }

  @Test
  void aRunChecksTheLongestWaitingSellersUntilItsRequestsAreSpentAndEachOncePerInterval() {
    String bearer = signIn("scheduled");
    List<String> sellers = List.of(uniqueName("a-shop"), uniqueName("b-shop"), uniqueName("c-shop"));
    for (String seller : sellers) {
      FakeInventories.list(seller, FakeInventories.filler(5_990_000, 2));
      assertThat(api().post("/api/sellers", bearer, "{\"username\": \"" + seller + "\"}").status()).isEqualTo(201);
    }
    Instant now = Instant.now();
    assertThat(checks.due(now)).containsExactlyInAnyOrderElementsOf(sellers);

    List<SellerCheckReport> run = checks.runDue(now, 2);

    assertThat(run).hasSize(2).allSatisfy(report -> assertThat(report.requests()).isEqualTo(1));
    List<String> checked = run.stream().map(SellerCheckReport::seller).toList();
    assertThat(checks.due(Instant.now())).hasSize(1).doesNotContainAnyElementsOf(checked);
    assertThat(checks.due(Instant.now().plus(Duration.ofHours(1)))).as("the interval is 1h")
        .containsExactlyInAnyOrderElementsOf(sellers);
  }

  @Test
  void theJobSpendsAQuarterOfATicksRequestsOnSellersAndAtLeastOne() {
    assertThat(SellerChecks.requestsPerTick(60, Duration.ofMinutes(1))).isEqualTo(15);
    assertThat(SellerChecks.requestsPerTick(25, Duration.ofSeconds(10))).isEqualTo(1);
    assertThat(SellerChecks.requestsPerTick(60, Duration.ofMinutes(10))).isEqualTo(150);
  }
}
