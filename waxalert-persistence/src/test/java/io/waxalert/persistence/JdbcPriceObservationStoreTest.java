package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.core.testing.AbstractPriceObservationStoreContractTest;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The core's price history contract on H2 and on PostgreSQL. */
class JdbcPriceObservationStoreTest {

  @Nested
  class OnH2 extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.postgres();
    }
  }

  abstract static class Cases extends AbstractPriceObservationStoreContractTest {

    abstract ApplicationContext context();

    @Override
    protected PriceObservationStore createStore() {
      return context().getBean(JdbcPriceObservationStore.class);
    }

    @Test
    void observationKeepsCurrencyAndMicroseconds() {
      long release = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
      Instant at = Instant.parse("2026-11-20T10:00:00.000001999Z");
      store.record(new PriceObservation(release, at, Money.of("9.995", "GBP"), 7));

      PriceObservation found = store.history(release, at.minusSeconds(1)).get(0);

      assertThat(found.observedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00.000001Z"));
      assertThat(found.lowestPrice()).isEqualTo(Money.of("10.00", "GBP"));
    }
  }
}
