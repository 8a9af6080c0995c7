package io.waxalert.core.inmemory;

import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.core.testing.AbstractAlertOutboxContractTest;
import io.waxalert.core.testing.AbstractNotificationLogContractTest;
import io.waxalert.core.testing.AbstractPriceObservationStoreContractTest;
import io.waxalert.core.testing.AbstractSellerInventoryStoreContractTest;
import io.waxalert.core.testing.AbstractWantedEntryStoreContractTest;
import org.junit.jupiter.api.Nested;

/** The in-memory implementations pass the same contracts as the database ones. */
class InMemoryStoresContractTest {

  @Nested
  class WantedEntries extends AbstractWantedEntryStoreContractTest {
    @Override
    protected WantedEntryStore createStore() {
      return new InMemoryWantedEntryStore();
    }
  }

  @Nested
  class Notifications extends AbstractNotificationLogContractTest {
    @Override
    protected NotificationLog createLog() {
      return new InMemoryNotificationLog();
    }
  }

  @Nested
  class Outbox extends AbstractAlertOutboxContractTest {
    @Override
    protected NotificationLog createLog() {
      return new InMemoryNotificationLog();
    }

    @Override
    protected AlertOutbox outboxOf(NotificationLog log) {
      return ((InMemoryNotificationLog) log).outbox();
    }
  }

  @Nested
  class PriceObservations extends AbstractPriceObservationStoreContractTest {
    @Override
    protected PriceObservationStore createStore() {
      return new InMemoryPriceObservationStore();
    }
  }

  @Nested
  class SellerInventories extends AbstractSellerInventoryStoreContractTest {
    @Override
    protected SellerInventoryStore createStore() {
      return new InMemorySellerInventoryStore();
    }
  }
}
