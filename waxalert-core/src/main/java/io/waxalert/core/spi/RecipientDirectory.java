package io.waxalert.core.spi;

import io.waxalert.core.entry.Recipient;
import java.util.Optional;

/**
 * Who the owner of an alert is as a recipient: their addresses per channel and preferences, as they
 * are now. Implementations are thread-safe.
 */
@FunctionalInterface
public interface RecipientDirectory {

  /**
   * The recipient with this owner id; empty when the owner no longer exists.
   *
   * @param ownerId the collector's owner id
   * @return the recipient, or empty
   */
  Optional<Recipient> find(String ownerId);
}
