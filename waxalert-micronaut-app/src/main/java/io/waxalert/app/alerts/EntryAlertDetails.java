package io.waxalert.app.alerts;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcPriceObservationStore;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.ReleaseMetadata;
import io.waxalert.persistence.StoredEntry;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;

/**
 * The details of an alert from what the service keeps: the entry's release metadata, its earlier
 * alerts, and the release's observed prices. Database reads only, no Discogs request.
 */
public final class EntryAlertDetails implements AlertDetails.Source {

  private static final Duration LOOK_BACK = Duration.ofDays(30);

  private final JdbcWantedEntryStore entries;
  private final JdbcNotificationLog log;
  private final JdbcPriceObservationStore observations;
  private final ExchangeRates rates;

  public EntryAlertDetails(JdbcWantedEntryStore entries, JdbcNotificationLog log, JdbcPriceObservationStore observations,
      ExchangeRates rates) {
    this.entries = entries;
    this.log = log;
    this.observations = observations;
    this.rates = rates;
  }

  @Override
  public AlertDetails of(Alert alert) {
    Optional<StoredEntry> stored = entries.findStored(alert.entryId());
    ReleaseMetadata m = stored.map(StoredEntry::metadata).orElse(ReleaseMetadata.none());
    boolean master = stored.map(s -> s.entry().target().isMaster()).orElse(false);
    Optional<Money> last = log.lastPriceBefore(alert.entryId(), alert.id(), alert.createdAt());
    Money downFrom = null;
    String when = null;
    if (last.isPresent()) {
      if (lower(alert.price(), last.get())) {
        downFrom = last.get();
        when = "at your last alert";
      }
    } else {
      Optional<Money> before = previousLowest(alert);
      if (before.isPresent() && lower(alert.price(), before.get())) {
        downFrom = before.get();
        when = "at the check before";
      }
    }
    return new AlertDetails(m.artistName(), m.releaseTitle(), m.coverImageUrl(), master ? null : m.releaseFormat(),
        master ? null : m.catalogNumber(), master ? null : m.releaseYear(), downFrom, when);
  }

  /** The lowest price the release's check before this alert observed. */
  private Optional<Money> previousLowest(Alert alert) {
    return observations.lowestBefore(alert.releaseId(), alert.createdAt().minus(LOOK_BACK), alert.createdAt());
  }

  /** True when {@code price} is lower, to the cent, than {@code earlier}, compared in the earlier one's currency. */
  private boolean lower(Money price, Money earlier) {
    return rates.convert(price, earlier.currency())
        .map(p -> p.amount().setScale(2, RoundingMode.HALF_UP)
            .compareTo(earlier.amount().setScale(2, RoundingMode.HALF_UP)) < 0)
        .orElse(false);
  }
}
