package io.waxalert.core.spi;

import io.waxalert.core.WaxalertException;

/**
 * A channel refused an alert for good (the chat does not exist, the bot was blocked): the relay
 * records it undeliverable at once instead of retrying. The message says why, without secrets.
 */
public class DeliveryRefusedException extends WaxalertException {

  /**
   * Creates the exception.
   *
   * @param message why the channel refused, without secrets
   */
  public DeliveryRefusedException(String message) {
    super(message);
  }
}
