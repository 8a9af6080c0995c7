package io.waxalert.app.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.waxalert.app.monitor.AccountBlocklistStore;
import io.waxalert.app.sellers.BundleFinder;
import io.waxalert.app.sellers.Following;
import io.waxalert.app.sellers.RecentListings;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.core.delivery.AlertRelay;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.sellers.SellerWatch;
import io.waxalert.core.sellers.SellerWatchPolicy;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.persistence.FollowedSellerStore;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcSellerInventoryStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The followed sellers' part of the wiring (issue 14), beside {@link WaxalertFactory}. */
@Factory
public class SellersFactory {

  /** The sell-page listings read within {@code market-max-age}, for bundles. */
  @Singleton
  RecentListings recentListings(MonitorProperties monitor, Clock clock) {
    return new RecentListings(monitor.marketMaxAge(), clock);
  }

  /**
   * Followed sellers (issue 14): their inventories read through the one Discogs client (same
   * budget), alerts through the same log and relay channels as every other alert. No reference
   * prices, so a check costs exactly its inventory pages (an underpriced trigger stays unjudged).
   */
  @Singleton
  SellerWatch sellerWatch(DiscogsClient discogs, JdbcSellerInventoryStore inventories,
      JdbcNotificationLog notifications, AlertRelay relay, ExchangeRates rates, Clock clock,
      @Value("${waxalert.monitor.max-staleness:24h}") Duration maxStaleness) {
    return SellerWatch.builder().pages(discogs::inventoryPage).store(inventories)
        .notificationLog(notifications).deliveryChannels(relay.channels()).exchangeRates(rates).clock(clock)
        .policy(SellerWatchPolicy.builder().maxStaleness(maxStaleness).build())
        .build();
  }

  @Singleton
  SellerChecks sellerChecks(SellerWatch watch, FollowedSellerStore follows, JdbcSellerInventoryStore inventories,
      AccountBlocklistStore entries, MonitorProperties monitor) {
    return new SellerChecks(watch, follows, inventories, entries::findByOwner, monitor.interval());
  }

  @Singleton
  Following following(FollowedSellerStore follows, JdbcSellerInventoryStore inventories, DiscogsClient discogs,
      Clock clock) {
    return new Following(follows, inventories, discogs, clock);
  }

  @Singleton
  BundleFinder bundleFinder(AccountBlocklistStore entries, FollowedSellerStore follows,
      JdbcSellerInventoryStore inventories, RecentListings recent, ExchangeRates rates) {
    return new BundleFinder(entries::findByOwner, follows, inventories, recent, rates);
  }
}
