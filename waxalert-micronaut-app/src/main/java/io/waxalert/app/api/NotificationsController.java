package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.core.entry.Alert;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.UserAccount;
import java.math.BigDecimal;
import java.util.List;

/** Sent alerts, newest first, with the seed's {@code alert_notifications} field names. */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class NotificationsController {

  private final CurrentUser currentUser;
  private final JdbcNotificationLog notifications;
  private final WantedListService entries;

  NotificationsController(CurrentUser currentUser, JdbcNotificationLog notifications,
      WantedListService entries) {
    this.currentUser = currentUser;
    this.notifications = notifications;
    this.entries = entries;
  }

  @Get("/notifications")
  @Operation(summary = "The caller's alerts, newest first")
  Notifications all(Authentication auth) {
    return Notifications.of(notifications.findByOwner(currentUser.of(auth).discogsUsername()));
  }

  @Get("/wanted-list/{id}/notifications")
  @Operation(summary = "One entry's alerts, newest first")
  Notifications ofEntry(Authentication auth, String id) {
    UserAccount owner = currentUser.of(auth);
    return Notifications.of(notifications.findByEntry(entries.require(owner, id).id()));
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is [], not a missing key
  record Notifications(List<NotificationView> notifications) {
    static Notifications of(List<Alert> alerts) {
      return new Notifications(alerts.stream().map(NotificationView::of).toList());
    }
  }

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record NotificationView(String id, String wantedListEntryId, long discogsReleaseId, String title,
      @Nullable Long listingId, String listingPrice, String listingCurrency,
      @Nullable String listingCondition, @Nullable String listingSleeveCondition,
      @Nullable String sellerName, @Nullable BigDecimal sellerRating, @Nullable String shipsFrom,
      String listingUrl, String notificationType, String explanation,
      @Nullable String emailSentAt, String createdAt) {
    static NotificationView of(Alert a) {
      return new NotificationView(a.id().toString(), a.entryId().toString(), a.releaseId(), a.title(),
          a.listingId(), a.price().amountText(), a.price().currency().name(),
          a.mediaCondition() == null ? null : a.mediaCondition().abbreviation(),
          a.sleeveCondition() == null ? null : a.sleeveCondition().abbreviation(),
          a.sellerName(), a.sellerRating() == null ? null : Json.plainNumber(a.sellerRating()), a.shipsFrom(),
          a.url(),
          a.type().name().toLowerCase(java.util.Locale.ROOT), a.explanation(),
          Json.instant(a.sentAt()), Json.instant(a.createdAt()));
    }
  }
}
