package io.waxalert.app.sellers;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.sellers.SellerCheckReport;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.sellers.SellerReadState;
import io.waxalert.core.sellers.SellerWatch;
import io.waxalert.persistence.FollowedSellerStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled read of followed sellers' inventories, one seller at a time for all its followers:
 * {@link #check(String)} is the unit a scheduler plans (its cost in Discogs requests is the
 * report's {@code requests()}), {@link #due(Instant)} the sellers whose turn it is. The followers'
 * entries carry their accounts' blocked sellers and country, as in every other check, so a seller
 * blocked after the follow alerts nothing.
 */
public final class SellerChecks {

  private static final Logger LOG = LoggerFactory.getLogger(SellerChecks.class);

  private final SellerWatch watch;
  private final FollowedSellerStore follows;
  private final SellerInventoryStore inventories;
  private final Function<String, List<WantedEntry>> entries;
  private final Duration interval;

  /**
   * @param interval how often a seller is checked ({@code waxalert.monitor.interval}); a seller
   *     never checked is due at once
   */
  public SellerChecks(SellerWatch watch, FollowedSellerStore follows, SellerInventoryStore inventories,
      Function<String, List<WantedEntry>> entries, Duration interval) {
    this.watch = watch;
    this.follows = follows;
    this.inventories = inventories;
    this.entries = entries;
    this.interval = interval;
  }

  /** The requests one tick may spend on sellers: a quarter of the tick's share of the budget, at least 1. */
  public static int requestsPerTick(int requestsPerMinute, Duration tick) {
    double perTick = requestsPerMinute * (tick.toMillis() / 60_000.0);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.floor(perTick / 4)));
  }

  /** Checks one seller for the active entries of all its followers. */
  public SellerCheckReport check(String seller) {
    List<WantedEntry> followersEntries = new ArrayList<>();
    for (String follower : follows.followers(seller)) {
      entries.apply(follower).stream().filter(WantedEntry::active).forEach(followersEntries::add);
    }
    SellerCheckReport report = watch.check(seller, followersEntries);
    LOG.info("sellers: {}", report.summary());
    return report;
  }

  /**
   * The followed sellers due at {@code now}: never checked, or last checked at least {@code
   * interval} ago; those waiting longest first. A big shop's first read goes on at this pace too
   * (at most {@code SellerWatchPolicy.maxPagesPerCheck} pages a check, status {@code reading}).
   */
  public List<String> due(Instant now) {
    record Waiting(String seller, Instant since) {}
    List<Waiting> due = new ArrayList<>();
    for (String seller : follows.sellers()) {
      SellerReadState state = inventories.state(seller).orElse(null);
      Instant last = state == null ? null : state.lastChecked();
      if (last == null || !last.plus(interval).isAfter(now)) {
        due.add(new Waiting(seller, last == null ? Instant.MIN : last));
      }
    }
    due.sort((a, b) -> a.since().compareTo(b.since()));
    return due.stream().map(Waiting::seller).toList();
  }

  /**
   * Checks the due sellers until {@code maxRequests} are spent (the seller that crosses it is
   * finished: a check cannot be cut off mid-page).
   *
   * @return the checks made
   */
  public List<SellerCheckReport> runDue(Instant now, int maxRequests) {
    List<SellerCheckReport> reports = new ArrayList<>();
    int spent = 0;
    for (String seller : due(now)) {
      if (spent >= maxRequests) {
        break;
      }
      SellerCheckReport report = check(seller);
      spent += report.requests();
      reports.add(report);
    }
    return reports;
  }
}
