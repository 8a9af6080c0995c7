package io.waxalert.core.spi;

import io.waxalert.core.entry.Alert;

/**
 * Delivers an alert to its owner (mail, webhook, log). Throws when delivery failed, so the alert
 * stays pending and is retried; it is marked sent only after this returned normally. Implementations
 * are thread-safe.
 */
@FunctionalInterface
public interface Notifier {

  void send(Alert alert) throws Exception;
}
