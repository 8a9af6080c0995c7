package io.waxalert.core.budget;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One active entry's interest in a release: a release entry wants its release, a master entry each
 * release it watches.
 *
 * @param ownerId the collector, whose share of the budget the entry's checks spend
 * @param entryId the wanted entry
 * @param maxPrice the entry's maximum price, in the entry's currency; null when it sets none
 * @param createdAt when the entry was added: a release not fetched since is "never checked" for it
 */
public record Want(String ownerId, UUID entryId, @Nullable Money maxPrice, Instant createdAt) {

  /**
   * Validates the want.
   *
   * @param ownerId the collector, whose share of the budget the entry's checks spend
   * @param entryId the wanted entry
   * @param maxPrice the entry's maximum price, in the entry's currency; null when it sets none
   * @param createdAt when the entry was added: a release not fetched since is "never checked" for
   *     it
   * @throws NullPointerException if a component not marked nullable is null
   */
  public Want {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
