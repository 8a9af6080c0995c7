package io.waxalert.persistence;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.model.Listing;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.sellers.SellerReadState;
import io.waxalert.core.testing.AbstractSellerInventoryStoreContractTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The core's seller inventory contract on H2 and on PostgreSQL. */
class JdbcSellerInventoryStoreTest {

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

  abstract static class Cases extends AbstractSellerInventoryStoreContractTest {

    abstract ApplicationContext context();

    @Override
    protected SellerInventoryStore createStore() {
      return context().getBean(JdbcSellerInventoryStore.class);
    }

    @Test
    void aPageOfAHundredAndReleasesBeyondOneInListAreHandled() {
      String seller = "bulk-" + UUID.randomUUID();
      Instant at = Instant.parse("2026-11-20T10:00:00.000001999Z");
      List<Listing> page = LongStream.range(0, 100)
          .mapToObj(i -> aListing().withId(9_500_000 + i).forRelease(50_000 + i).build()).toList();

      assertThat(store.record(seller, page, at)).hasSize(100);
      assertThat(store.record(seller, page, at.plusSeconds(1))).isEmpty();
      List<Long> releases = LongStream.range(49_000, 50_600).boxed().toList();

      assertThat(store.listings(seller, releases)).hasSize(100);
      assertThat(store.removeReadBefore(seller, at.plusSeconds(1))).isZero();
    }

    @Test
    void aLongFailureIsKeptShortened() {
      String seller = "long-" + UUID.randomUUID();
      store.saveState(new SellerReadState(seller, Instant.parse("2026-11-20T10:00:00Z"), 0, null, null, 0, 0,
          "x".repeat(5000)));

      assertThat(store.state(seller).orElseThrow().failure()).hasSize(1024).endsWith("...");
    }
  }
}
