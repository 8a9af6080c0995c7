package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.waxalert.app.alerts.MailNotifier;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.delivery.DeliveredAlert;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One alert of the history: the seed's fields, {@code listing_shipping} and {@code listing_total}
 * where known, {@code email_sent_at} from the mail delivery, the verdicts (rendered as
 * {@code explanation} too) and every channel's delivery.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record NotificationView(String id, String wantedListEntryId, long discogsReleaseId, String title,
    @Nullable Long listingId, String listingPrice, String listingCurrency, @Nullable String listingShipping,
    @Nullable String listingTotal, @Nullable String listingCondition, @Nullable String listingSleeveCondition,
    @Nullable String sellerName, @Nullable BigDecimal sellerRating, @Nullable Integer sellerFeedback,
    @Nullable String shipsFrom, String listingUrl, String notificationType, String explanation,
    List<VerdictView> verdicts, @Nullable String unverifiedBecause, List<DeliveryView> deliveries,
    @Nullable String emailSentAt, String createdAt) {

  static NotificationView of(DeliveredAlert delivered) {
    Alert a = delivered.alert();
    return new NotificationView(a.id().toString(), a.entryId().toString(), a.releaseId(), a.title(),
        a.listingId(), a.price().amountText(), a.price().currency().name(), Json.money(a.shipping()),
        Json.money(delivered.total()),
        a.mediaCondition() == null ? null : a.mediaCondition().abbreviation(),
        a.sleeveCondition() == null ? null : a.sleeveCondition().abbreviation(),
        a.sellerName(), a.sellerRating() == null ? null : Json.plainNumber(a.sellerRating()), a.sellerFeedback(),
        a.shipsFrom(), a.url(), a.type().wireName(), a.explain(),
        a.verdicts().stream().map(VerdictView::of).toList(), a.unverifiedBecause(),
        delivered.deliveries().stream().map(DeliveryView::of).toList(),
        Json.instant(delivered.sentAt(MailNotifier.CHANNEL)), Json.instant(a.createdAt()));
  }

  /** One criterion's verdict: {@code passed}, {@code failed} or {@code not_judged}, with its figures. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record VerdictView(String criterion, String verdict, @Nullable String observed, @Nullable String required,
      String reason) {
    static VerdictView of(CriterionResult v) {
      return new VerdictView(v.criterion().name().toLowerCase(Locale.ROOT),
          v.verdict().name().toLowerCase(Locale.ROOT), v.observed(), v.required(), v.reason());
    }
  }

  /** What became of the alert on one channel; {@code last_error} says why it failed, was given up or skipped. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record DeliveryView(String channel, String state, int attempts, @Nullable String sentAt,
      @Nullable String nextAttemptAt, @Nullable String lastError) {
    static DeliveryView of(Delivery d) {
      return new DeliveryView(d.channel(), d.state().wireName(), d.attempts(), Json.instant(d.sentAt()),
          Json.instant(d.nextAttemptAt()), d.lastError());
    }
  }
}
