package io.waxalert.app.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.auth.CredentialCipher;
import io.waxalert.app.discogs.ClientDiscogsGateway;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.EcbExchangeRates;
import io.waxalert.discogs.SellPageListingSource;
import io.waxalert.discogs.StatsListingSource;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.monitor.MonitorPolicy;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcPriceObservationStore;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.UserStore;
import io.waxalert.app.monitor.AccountBlocklistStore;
import io.waxalert.app.monitor.MarketCache;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/** The one place where the core is built from its adapters. */
@Factory
public class WaxalertFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * {@code waxalert.exchange-rates.url}: the ECB's daily reference rates, refreshed every 6 hours,
   * backed by approximate fixed rates until the first fetch succeeds (or for good with {@code none},
   * for a machine that cannot reach the ECB).
   */
  @Singleton
  ExchangeRates exchangeRates(DiscogsProperties discogs, Clock clock,
      @Value("${waxalert.exchange-rates.url:" + EcbExchangeRates.DEFAULT_URL + "}") String url) {
    ExchangeRates approximate = FixedExchangeRates.approximate();
    if (url.isBlank() || url.trim().equalsIgnoreCase("none")) {
      return approximate;
    }
    return new EcbExchangeRates(URI.create(url.trim()), Duration.ofHours(6), Duration.ofMinutes(5), clock,
        discogs.userAgent()).orElse(approximate);
  }

  /**
   * The Discogs client settings of {@code waxalert.discogs.*}; {@code max-attempts} and
   * {@code retry-backoff} tune the client's retries of 429, 5xx and I/O errors.
   */
  @Singleton
  DiscogsClientConfig discogsClientConfig(DiscogsProperties properties, Clock clock,
      @Value("${waxalert.discogs.max-attempts:4}") int maxAttempts,
      @Value("${waxalert.discogs.retry-backoff:1s}") Duration retryBackoff) {
    return DiscogsClientConfig.builder()
        .apiBaseUrl(properties.apiUrl())
        .webBaseUrl(properties.webUrl())
        .userAgent(properties.userAgent())
        .requestsPerWindow(properties.requestsPerMinute())
        .maxAttempts(maxAttempts)
        .retryBackoff(retryBackoff)
        .clock(clock)
        .build();
  }

  @Singleton
  ClientDiscogsGateway discogsGateway(DiscogsProperties properties, DiscogsClientConfig config) {
    return new ClientDiscogsGateway(properties, config);
  }

  /** {@code waxalert.credentials-key} (base64, 256 bits), else the key generated into the data folder. */
  @Context
  CredentialCipher credentialCipher(DataFolder dataFolder,
      @Nullable @Value("${waxalert.credentials-key:}") String configuredKey) {
    byte[] key = configuredKey == null || configuredKey.isBlank()
        ? dataFolder.secret("credentials.key", 32)
        : Base64.getDecoder().decode(configuredKey.trim());
    return new CredentialCipher(key);
  }

  /** {@code waxalert.monitor.listing-source}: {@code stats} (official API) or {@code sell-page}. */
  @Singleton
  ListingSource listingSource(ClientDiscogsGateway discogs, MonitorProperties monitor) {
    return switch (monitor.listingSource()) {
      case "stats" -> new StatsListingSource(discogs.sharedClient());
      case "sell-page" -> new SellPageListingSource(discogs.sharedClient());
      default -> throw new IllegalArgumentException(
          "waxalert.monitor.listing-source must be 'stats' or 'sell-page', not '" + monitor.listingSource() + "'");
    };
  }

  /** The engine reads entries with their owners' account-wide blocked sellers merged in. */
  @Singleton
  AccountBlocklistStore monitoredEntries(JdbcWantedEntryStore entries, UserStore users) {
    return new AccountBlocklistStore(entries, users);
  }

  @Singleton
  MonitoringEngine monitoringEngine(ListingSource source, AccountBlocklistStore entries,
      JdbcNotificationLog notifications, JdbcPriceObservationStore observations,
      ExchangeRates rates, Clock clock, DiscogsProperties discogs, MonitorProperties monitor) {
    return MonitoringEngine.builder()
        .listingSource(new MarketCache(source, monitor.marketMaxAge(), clock))
        .entries(entries).notificationLog(notifications)
        .observations(observations).exchangeRates(rates).clock(clock)
        // deliverAlerts(false): the engine records alerts; AlertRelay (the outbox relay) sends them
        .policy(MonitorPolicy.builder().interval(monitor.interval()).webUrl(discogs.webUrl())
            .deliverAlerts(false).build())
        .build();
  }
}
