package io.waxalert.app.monitor;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.discogs.AutoListingSource;
import io.waxalert.discogs.SellPageException;
import io.waxalert.discogs.SellPageFailure;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code auto} source's back-off as collectors see it: for an entry whose listing criteria need
 * the sell page of a release that is backing off, a status detail that says so and when the page is
 * tried again. Nothing with the {@code stats} or {@code sell-page} source.
 */
@Singleton
public class SellPageBackoff {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final Optional<AutoListingSource> auto;
  private final Clock clock;

  SellPageBackoff(ListingSource source, Clock clock) {
    this.auto = source instanceof AutoListingSource a ? Optional.of(a) : Optional.empty();
    this.clock = clock;
  }

  /** The {@code auto} source, when it is the one configured. */
  public Optional<AutoListingSource> source() {
    return auto;
  }

  /**
   * "Discogs' sell page could not be read (Cloudflare challenge); the listing criteria were not
   * verified; next try at 2026-11-20 11:00 UTC", when the entry needs listings ({@code
   * needsListings}: its own listing criteria or the account's blocked sellers) and a page of one of
   * its releases is backing off.
   */
  public Optional<String> detail(WantedEntry entry, boolean needsListings) {
    if (auto.isEmpty() || !entry.active() || !needsListings) {
      return Optional.empty();
    }
    List<SellPageFailure> failing = entry.releaseIds().stream()
        .flatMap(id -> auto.get().failure(id).stream())
        .filter(f -> f.isBackingOff(clock.instant()))
        .sorted(Comparator.comparing(SellPageFailure::retryAfter))
        .toList();
    if (failing.isEmpty()) {
      return Optional.empty();
    }
    String which = entry.releaseIds().size() == 1 ? "Discogs' sell page"
        : "Discogs' sell page of " + failing.size() + " of its " + entry.releaseIds().size() + " releases";
    return Optional.of(which + " could not be read (" + shortly(failing.get(0).reason())
        + "); the listing criteria were not verified; next try at " + WHEN.format(failing.get(0).retryAfter()));
  }

  static String shortly(SellPageException.Reason reason) {
    return switch (reason) {
      case CHALLENGE -> "Cloudflare challenge";
      case BLOCKED -> "refused by the website";
      case RATE_LIMITED -> "too many requests";
      case UNAVAILABLE -> "no answer";
      case NOT_FOUND -> "no sell page";
      case UNKNOWN_LAYOUT -> "a layout WaxAlert cannot read";
    };
  }
}
