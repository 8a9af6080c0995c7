package io.waxalert.app.monitor;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.waxalert.discogs.AutoListingSource;
import io.waxalert.discogs.SellPageException;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The {@code auto} source's sell-page traffic on {@code /prometheus}, read from the source itself:
 * {@code waxalert_sellpage_backing_off} (releases whose page is not tried before its retry time),
 * {@code waxalert_sellpage_reads_total}, {@code waxalert_sellpage_failures_total{reason}} and
 * {@code waxalert_sellpage_skipped_total} (calls answered at once while backing off, no request).
 * None with another source.
 */
@Singleton
public class SellPageMetrics {

  SellPageMetrics(MeterRegistry registry, SellPageBackoff backoff) {
    backoff.source().ifPresent(auto -> register(registry, auto));
  }

  /**
   * Registers the meters once the server listens (the bean is created for it), not before: building
   * its listing source delayed the service's first answer (issue 15).
   */
  @EventListener
  void onServerStarted(ServerStartupEvent event) {
    // the constructor registered them
  }

  private static void register(MeterRegistry registry, AutoListingSource auto) {
    Gauge.builder("waxalert.sellpage.backing.off", auto, a -> a.backingOff().size())
        .description("releases whose sell page is backing off after failures").register(registry);
    FunctionCounter.builder("waxalert.sellpage.reads", auto, a -> a.counters().pageReads())
        .description("sell pages read").register(registry);
    FunctionCounter.builder("waxalert.sellpage.skipped", auto, a -> a.counters().skippedWhileBackingOff())
        .description("sell-page reads skipped while the release backs off (no request)").register(registry);
    for (SellPageException.Reason reason : SellPageException.Reason.values()) {
      FunctionCounter.builder("waxalert.sellpage.failures", auto,
              a -> a.counters().failuresByReason().getOrDefault(reason, 0L))
          .tag("reason", reason.name().toLowerCase(Locale.ROOT))
          .description("sell pages that could not be read, by reason").register(registry);
    }
  }
}
