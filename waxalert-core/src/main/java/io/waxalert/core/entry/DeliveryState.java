package io.waxalert.core.entry;

import java.util.Locale;

/** Where an alert's delivery on one channel stands. */
public enum DeliveryState {
  /** Not yet accepted by the channel: due now, waiting for a retry, or claimed by a sender. */
  PENDING,
  /** The channel accepted it; it is never sent there again. */
  SENT,
  /** Given up: the channel kept refusing it for too long, or refused it for good. */
  UNDELIVERABLE,
  /** Nothing to send to: the collector has no address on the channel, or it is switched off. */
  SKIPPED;

  /**
   * The lower-case name used in JSON and the database: {@code pending}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The state of a wire name, as {@link #wireName()} writes it.
   *
   * @param name the name, any case, surrounding blanks ignored
   * @return the state
   * @throws IllegalArgumentException for an unknown name
   */
  public static DeliveryState fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT));
  }
}
