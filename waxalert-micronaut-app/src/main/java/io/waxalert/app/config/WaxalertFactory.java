package io.waxalert.app.config;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.app.alerts.AlertDetails;
import io.waxalert.app.alerts.AlertFacts;
import io.waxalert.app.alerts.AlertLinks;
import io.waxalert.app.alerts.AlertMail;
import io.waxalert.app.alerts.DeliveryMetrics;
import io.waxalert.app.alerts.EntryAlertDetails;
import io.waxalert.app.alerts.MailNotifier;
import io.waxalert.app.alerts.MailTemplates;
import io.waxalert.app.alerts.SmtpMailSender;
import io.waxalert.app.alerts.TelegramNotifier;
import io.waxalert.app.alerts.UnsubscribeTokens;
import io.waxalert.app.alerts.UserRecipients;
import io.waxalert.app.alerts.WebhookNotifier;
import io.waxalert.app.alerts.WebhookTargets;
import io.waxalert.app.auth.CredentialCipher;
import io.waxalert.app.monitor.AccountBlocklistStore;
import io.waxalert.app.monitor.CheckMetrics;
import io.waxalert.app.monitor.MarketData;
import io.waxalert.app.monitor.ReleaseChecks;
import io.waxalert.app.monitor.SharedBudget;
import io.waxalert.app.sellers.RecentListings;
import io.waxalert.app.settings.DeliveryProperties;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.app.settings.ExchangeRatesProperties;
import io.waxalert.app.settings.MailProperties;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.app.settings.ServiceProperties;
import io.waxalert.app.settings.TelegramProperties;
import io.waxalert.app.settings.UnsubscribeProperties;
import io.waxalert.core.budget.FairGate;
import io.waxalert.core.delivery.AlertHistory;
import io.waxalert.core.delivery.AlertRelay;
import io.waxalert.core.delivery.RelayPolicy;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.monitor.MonitorPolicy;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.discogs.AutoListingSource;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.EcbExchangeRates;
import io.waxalert.discogs.SellPageListingSource;
import io.waxalert.discogs.StatsListingSource;
import io.waxalert.persistence.JdbcAlertOutbox;
import io.waxalert.persistence.JdbcEntryChecks;
import io.waxalert.persistence.JdbcEntryReleaseChecks;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcPriceObservationStore;
import io.waxalert.persistence.JdbcReleaseMarkets;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** The one place where the core is built from its adapters. */
@Factory
public class WaxalertFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * The ECB's daily reference rates, refreshed every 6 hours, backed by approximate fixed rates until
   * the first fetch succeeds (or for good with {@code waxalert.exchange-rates.url=none}).
   */
  @Singleton
  ExchangeRates exchangeRates(ExchangeRatesProperties rates, DiscogsProperties discogs, Clock clock) {
    ExchangeRates approximate = FixedExchangeRates.approximate();
    if (!rates.live()) {
      return approximate;
    }
    return new EcbExchangeRates(URI.create(rates.url().trim()), Duration.ofHours(6), Duration.ofMinutes(5), clock,
        discogs.userAgent()).orElse(approximate);
  }

  /**
   * The one Discogs client of this instance, on the one request budget every user shares: public data
   * with the service token, the consumer key, or anonymously; users' calls through {@code as(credentials)}.
   */
  @Singleton
  DiscogsClient discogsClient(DiscogsProperties discogs, Clock clock, SharedBudget budget) {
    DiscogsCredentials service = discogs.hasToken() ? DiscogsCredentials.personalToken(discogs.token())
        : discogs.oauthEnabled() ? DiscogsCredentials.consumer(discogs.consumerKey(), discogs.consumerSecret())
        : DiscogsCredentials.anonymous();
    return DiscogsClient.create(DiscogsClientConfig.builder()
        .apiBaseUrl(discogs.apiUrl())
        .webBaseUrl(discogs.webUrl())
        .userAgent(discogs.userAgent())
        .credentials(service)
        .requestsPerWindow(discogs.effectiveRequestsPerMinute())
        .maxAttempts(discogs.maxAttempts())
        .retryBackoff(discogs.retryBackoff())
        .requestPermits(budget)
        .clock(clock)
        .build());
  }

  /**
   * Every Discogs request's first permit: its turn among the collectors waiting (fair shares), and
   * with {@code budget-scope=cluster} a token of the bucket all instances share in PostgreSQL.
   */
  @Singleton
  SharedBudget sharedBudget(DiscogsProperties discogs, DataSource dataSource,
      @Value("${datasources.default.url:}") String url) {
    if (!discogs.clusterBudget()) {
      return new SharedBudget(new FairGate(), null);
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new ConfigurationException("waxalert.discogs.budget-scope=cluster needs a PostgreSQL database"
          + " (datasources.default.url jdbc:postgresql://…): the instances share their budget through it");
    }
    int perMinute = discogs.effectiveRequestsPerMinute();
    Bucket bucket = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
        .table("discogs_budget_bucket").build().builder()
        .build(1L, () -> BucketConfiguration.builder().addLimit(Bandwidth.builder()
            .capacity(Math.max(1, perMinute / 10)).refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
    return new SharedBudget(new FairGate(), bucket);
  }

  /** One fetch of a release's market serves every need within {@code market-max-age}, in flight or done. */
  @Singleton
  MarketData marketData(ListingSource source, RecentListings recent, JdbcReleaseMarkets markets, ExchangeRates rates,
      MonitorProperties monitor, Clock clock) {
    // the sell-page listings read are kept for bundles; the source bean stays itself (the backoff looks at its type)
    return new MarketData(recent.recording(source), markets, rates, monitor.marketMaxAge(), clock);
  }

  @Singleton
  ReleaseChecks releaseChecks(MonitoringEngine engine, AccountBlocklistStore entries,
      JdbcEntryReleaseChecks perRelease, CheckMetrics metrics, JdbcEntryChecks checkStates) {
    return new ReleaseChecks(engine, entries, perRelease, metrics, checkStates);
  }

  /** {@code waxalert.credentials-key} (base64, 256 bits), else the key generated into the data folder. */
  @Context
  CredentialCipher credentialCipher(DataFolder dataFolder, ServiceProperties service) {
    byte[] configured = service.credentialsKeyBytes();
    return new CredentialCipher(configured != null ? configured : dataFolder.secret("credentials.key", 32));
  }

  /**
   * The unsubscribe links' own key, {@code waxalert.unsubscribe.key} (base64, 256 bits), else the one
   * generated into the data folder: replacing it revokes every mailed link and ends no session.
   */
  @Singleton
  UnsubscribeTokens unsubscribeTokens(DataFolder dataFolder, UnsubscribeProperties unsubscribe, Clock clock) {
    byte[] configured = unsubscribe.keyBytes();
    return new UnsubscribeTokens(configured != null ? configured : dataFolder.secret("unsubscribe.key", 32),
        unsubscribe.linkLifetime(), clock);
  }

  /**
   * {@code waxalert.monitor.listing-source}: {@code stats} (official API), {@code sell-page}, or
   * {@code auto} (stats first, the sell page only for entries with listing-level criteria).
   */
  @Singleton
  ListingSource listingSource(DiscogsClient discogs, MonitorProperties monitor, Clock clock) {
    return switch (monitor.listingSource()) {
      case "sell-page" -> new SellPageListingSource(discogs);
      case "auto" -> AutoListingSource.builder(discogs).clock(clock).build();
      default -> new StatsListingSource(discogs);
    };
  }

  /**
   * The engine reads entries with their owners' account-wide blocked sellers merged in. Typed as
   * itself only: whoever asks for the {@code WantedEntryStore} port gets the plain store.
   */
  @Singleton
  @Bean(typed = AccountBlocklistStore.class)
  AccountBlocklistStore monitoredEntries(JdbcWantedEntryStore entries, UserStore users) {
    return new AccountBlocklistStore(entries, users);
  }

  /** Records alerts with a pending delivery on each of the relay's channels. */
  @Singleton
  MonitoringEngine monitoringEngine(MarketData source, AccountBlocklistStore entries,
      JdbcNotificationLog notifications, JdbcPriceObservationStore observations, ExchangeRates rates, Clock clock,
      DiscogsProperties discogs, MonitorProperties monitor, AlertRelay relay, CheckMetrics metrics) {
    return MonitoringEngine.builder()
        .listingSource(source)
        .entries(entries).notificationLog(notifications).observations(observations)
        .deliveryChannels(relay.channels()).onCycle(metrics::record)
        .exchangeRates(rates).clock(clock)
        .policy(MonitorPolicy.builder().interval(monitor.interval()).webUrl(discogs.webUrl()).build())
        .build();
  }

  @Singleton
  AlertLinks alertLinks(ServiceProperties service) {
    return new AlertLinks(service.appUrl());
  }

  @Singleton
  AlertFacts alertFacts(ExchangeRates rates) {
    return new AlertFacts(rates);
  }

  /** The mail templates (alerts, address confirmation), precompiled with the pages. */
  @Singleton
  MailTemplates mailTemplates() {
    return new MailTemplates();
  }

  /** What a mail tells of an alert beyond itself: the entry's release, the price it came down from. */
  @Singleton
  AlertDetails.Source alertDetails(JdbcWantedEntryStore entries, JdbcNotificationLog log,
      JdbcPriceObservationStore observations, ExchangeRates rates) {
    return new EntryAlertDetails(entries, log, observations, rates);
  }

  /** The relay and its channels, one notifier per line; Telegram only with a bot token. */
  @Singleton
  AlertRelay alertRelay(JdbcAlertOutbox outbox, UserRecipients recipients, DeliveryProperties delivery, Clock clock,
      DeliveryMetrics metrics, AlertLinks links, AlertFacts facts, ExchangeRates rates, AlertDetails.Source details,
      MailTemplates templates, SmtpMailSender mailer, UnsubscribeTokens tokens, MailProperties mail,
      WebhookTargets targets, TelegramProperties telegram) {
    AlertRelay.Builder relay = AlertRelay.builder().outbox(outbox).recipients(recipients).clock(clock)
        .onReport(metrics::record).executor(delivery.maxParallelism() > 1 ? senders(delivery.maxParallelism()) : null)
        .policy(RelayPolicy.builder().initialBackoff(delivery.retryBackoff()).maxBackoff(delivery.maxBackoff())
            .giveUpAfter(delivery.giveUpAfter()).lease(delivery.lease()).maxParallelism(delivery.maxParallelism())
            .build());
    AlertMail mails = new AlertMail(templates, facts, links, details);
    relay.notifier(new MailNotifier(mailer, mails, links, tokens, mail.from()));
    relay.notifier(new WebhookNotifier(targets, links, rates));
    telegram.token().ifPresent(token -> relay.notifier(new TelegramNotifier(telegram.apiUrl(), token, facts, links)));
    return relay.build();
  }

  /**
   * The relay's senders, shared by all its passes (scheduled, woken, check-all's): at most
   * {@code max-parallelism} deliveries (SMTP sessions, webhook calls) at once; idle threads end.
   */
  private static ExecutorService senders(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "relay-sender-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Singleton
  AlertHistory alertHistory(JdbcNotificationLog log, JdbcAlertOutbox outbox, JdbcWantedEntryStore entries,
      ExchangeRates rates) {
    return new AlertHistory(log, outbox, entries, rates);
  }
}
