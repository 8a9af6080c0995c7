package io.waxalert.core.entry;

import io.waxalert.core.model.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A collector as the notifiers see them: where to reach them on each channel, the currency to show
 * prices in, and whether they want one digest rather than a message per alert.
 *
 * <pre>{@code
 * new Recipient("rick", Currency.EUR, false, Map.of("mail", "rick@example.org"))
 * }</pre>
 *
 * @param ownerId the owner id of their entries and alerts
 * @param currency prices are shown converted to it
 * @param digest gather several alerts into one message where the channel can
 * @param addresses the address per channel name; blank addresses are left out
 */
public record Recipient(String ownerId, Currency currency, boolean digest, Map<String, String> addresses) {

  /**
   * Drops blank addresses, trims the others and copies the map.
   *
   * @param ownerId the owner id of their entries and alerts
   * @param currency prices are shown converted to it
   * @param digest gather several alerts into one message where the channel can
   * @param addresses the address per channel name; blank addresses are left out
   * @throws NullPointerException if {@code ownerId}, {@code currency}, {@code addresses} or a
   *     channel name is null
   */
  public Recipient {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(currency, "currency");
    Map<String, String> kept = new LinkedHashMap<>();
    addresses.forEach((channel, address) -> {
      if (address != null && !address.isBlank()) {
        kept.put(Objects.requireNonNull(channel, "channel"), address.trim());
      }
    });
    addresses = Map.copyOf(kept);
  }

  /**
   * Where to reach the collector on {@code channel}; empty when they have no address there.
   *
   * @param channel the channel's name, e.g. {@code mail}
   * @return the address, trimmed, or empty
   */
  public Optional<String> address(String channel) {
    return Optional.ofNullable(addresses.get(channel));
  }
}
