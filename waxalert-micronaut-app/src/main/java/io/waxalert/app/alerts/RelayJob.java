package io.waxalert.app.alerts;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.core.delivery.AlertRelay;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The scheduled relay ({@code waxalert.delivery.enabled}, every {@code waxalert.delivery.interval}):
 * sends what the checks recorded, apart from the check job so mail never waits behind Discogs. Every
 * instance runs it; deliveries are claimed in the database, so none is sent twice.
 *
 * <p>Once started (after {@code waxalert.delivery.initial-delay}), it is also {@linkplain #wake()
 * woken} whenever the background pass records alerts, so they go out at once rather than at the
 * next interval; the woken passes run one at a time on the relay's own thread, never on a checking
 * one, and wakes while one is waiting join it.
 */
@Singleton
@Requires(property = "waxalert.delivery.enabled", value = "true", defaultValue = "true")
public class RelayJob {

  private final AlertRelay relay;
  private final OwnDeliveries ownDeliveries;
  private final ExecutorService woken = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "relay-woken");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean waiting = new AtomicBoolean();
  private volatile boolean started;

  RelayJob(AlertRelay relay, OwnDeliveries ownDeliveries) {
    this.relay = relay;
    this.ownDeliveries = ownDeliveries;
  }

  /**
   * One pass now, on the caller's thread: tests and benchmarks drive the relay with it. A collector
   * whose check-all runs is left to it, so its {@code notified} counts the alerts it found.
   */
  public void run() {
    relay.relayDueExcept(ownDeliveries::deliveringFor);
  }

  @Scheduled(fixedDelay = "${waxalert.delivery.interval:10s}", initialDelay = "${waxalert.delivery.initial-delay:10s}")
  void scheduled() {
    started = true;
    run();
  }

  /** A pass soon on the relay's thread, unless one is waiting already; nothing before the relay started. */
  public void wake() {
    if (started && waiting.compareAndSet(false, true)) {
      woken.execute(() -> {
        waiting.set(false); // alerts recorded from now on wake the next pass
        run();
      });
    }
  }

  @PreDestroy
  void stop() {
    woken.shutdownNow();
  }
}
