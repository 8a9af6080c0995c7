package io.waxalert.persistence.internal;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.util.Locale;
import java.util.UUID;

/** Maps {@link Alert} to {@link NotificationEntity} and back. */
public final class AlertMapper {

  public static final String PENDING = "pending";
  public static final String SENT = "sent";

  private AlertMapper() {}

  /** The row for {@code alert}, owned by the entry's user {@code userId}. */
  public static NotificationEntity toEntity(Alert alert, UUID userId) {
    return new NotificationEntity(
        alert.id(),
        alert.entryId(),
        userId,
        alert.releaseId(),
        alert.title(),
        alert.type().wireName(),
        alert.listingKey(),
        alert.listingId(),
        Columns.cents(alert.price().amount()),
        alert.price().currency().name(),
        alert.mediaCondition() == null ? null : alert.mediaCondition().abbreviation(),
        alert.sleeveCondition() == null ? null : alert.sleeveCondition().abbreviation(),
        alert.sellerName(),
        Columns.cents(alert.sellerRating()),
        alert.shipsFrom(),
        alert.url(),
        alert.explanation(),
        alert.isSent() ? SENT : PENDING,
        Columns.nullableInstant(alert.sentAt()),
        Columns.instant(alert.createdAt()));
  }

  /** The alert a row holds; {@code ownerId} is the owner's Discogs username. */
  public static Alert toAlert(NotificationEntity row, String ownerId) {
    return new Alert(
        row.id(),
        row.wantedListEntryId(),
        ownerId,
        row.discogsReleaseId(),
        row.title(),
        AlertType.valueOf(row.notificationType().toUpperCase(Locale.ROOT)),
        row.listingKey(),
        row.listingId(),
        Money.of(row.listingPrice(), Currency.parse(row.listingCurrency())),
        row.listingCondition() == null ? null : MediaCondition.parse(row.listingCondition()),
        row.listingSleeveCondition() == null ? null : SleeveCondition.parse(row.listingSleeveCondition()),
        row.sellerName(),
        row.sellerRating(),
        row.shipsFrom(),
        row.listingUrl(),
        row.explanation(),
        row.createdAt(),
        row.emailSentAt());
  }
}
