package io.waxalert.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PriceObservationStore} must do. Tests use random release ids. */
public abstract class AbstractPriceObservationStoreContractTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  protected PriceObservationStore store;

  protected abstract PriceObservationStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
  }

  @Test
  void historyIsOldestFirstFromTheGivenInstant() {
    long release = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    store.record(new PriceObservation(release, T0.plusSeconds(7200), Money.of("10.00", "EUR"), 3));
    store.record(new PriceObservation(release, T0, Money.of("12.00", "EUR"), 4));
    store.record(new PriceObservation(release, T0.minusSeconds(86_400), Money.of("15.00", "EUR"), 5));
    store.record(new PriceObservation(release + 1, T0, Money.of("99.00", "EUR"), 1));

    var history = store.history(release, T0);

    assertThat(history).extracting(PriceObservation::observedAt).containsExactly(T0, T0.plusSeconds(7200));
    assertThat(history.get(0).lowestPrice().amount()).isEqualByComparingTo("12.00");
    assertThat(history.get(0).numForSale()).isEqualTo(4);
  }

  @Test
  void nothingForSaleIsKeptAsUnknownPrice() {
    long release = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    store.record(new PriceObservation(release, T0, null, null));

    var history = store.history(release, T0.minusSeconds(1));

    assertThat(history).hasSize(1);
    assertThat(history.get(0).lowestPrice()).isNull();
    assertThat(history.get(0).numForSale()).isNull();
  }
}
