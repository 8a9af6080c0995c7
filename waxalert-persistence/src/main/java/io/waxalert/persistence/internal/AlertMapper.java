package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

/** Maps {@link Alert} to {@link NotificationEntity} and back. */
public final class AlertMapper {

  private AlertMapper() {}

  /** The row for {@code alert}, owned by the entry's user {@code userId}. */
  public static NotificationEntity toEntity(Alert alert, UUID userId) {
    Money shipping = alert.shipping();
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
        shipping == null ? null : Columns.cents(shipping.amount()),
        shipping == null ? null : shipping.currency().name(),
        alert.mediaCondition() == null ? null : alert.mediaCondition().abbreviation(),
        alert.sleeveCondition() == null ? null : alert.sleeveCondition().abbreviation(),
        alert.sellerName(),
        Columns.cents(alert.sellerRating()),
        alert.sellerFeedback(),
        alert.shipsFrom(),
        alert.url(),
        null,
        VerdictsJson.write(alert.verdicts()),
        alert.unverifiedBecause(),
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
        money(row.listingShipping(), row.listingShippingCurrency()),
        row.listingCondition() == null ? null : MediaCondition.parse(row.listingCondition()),
        row.listingSleeveCondition() == null ? null : SleeveCondition.parse(row.listingSleeveCondition()),
        row.sellerName(),
        row.sellerRating(),
        row.sellerFeedback(),
        row.shipsFrom(),
        row.listingUrl(),
        VerdictsJson.read(row.verdicts(), row.explanation()),
        row.unverifiedBecause(),
        row.createdAt());
  }

  private static @Nullable Money money(@Nullable BigDecimal amount, @Nullable String currency) {
    return amount == null || currency == null ? null : Money.of(amount, Currency.parse(currency));
  }
}
