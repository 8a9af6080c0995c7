package io.waxalert.app.alerts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.core.delivery.AlertRelay;
import jakarta.inject.Singleton;

/**
 * The scheduled relay ({@code waxalert.delivery.enabled}, every {@code waxalert.delivery.interval}):
 * sends what the checks recorded, apart from the check job so mail never waits behind Discogs. Every
 * instance runs it; deliveries are claimed in the database, so none is sent twice.
 */
@Singleton
@Requires(property = "waxalert.delivery.enabled", value = "true", defaultValue = "true")
public class RelayJob {

  private final AlertRelay relay;

  RelayJob(AlertRelay relay) {
    this.relay = relay;
  }

  @Scheduled(fixedDelay = "${waxalert.delivery.interval:10s}", initialDelay = "${waxalert.delivery.initial-delay:10s}")
  public void run() {
    relay.relayDue();
  }
}
