package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.core.delivery.AlertHistory;
import io.waxalert.core.delivery.DeliveredAlert;
import java.util.List;
import java.util.UUID;

/**
 * The alert history, newest first, with the seed's {@code alert_notifications} field names, each
 * alert's verdicts and what became of it on every channel.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "alerts")
@Errors.NotSignedIn
class NotificationsController {

  private final CurrentUser currentUser;
  private final AlertHistory history;

  NotificationsController(CurrentUser currentUser, AlertHistory history) {
    this.currentUser = currentUser;
    this.history = history;
  }

  @Get("/notifications")
  @Operation(summary = "The caller's alerts, newest first")
  Notifications all(Authentication auth) {
    return Notifications.of(history.ofOwner(currentUser.of(auth).discogsUsername()));
  }

  @Get("/wanted-list/{id}/notifications")
  @Operation(summary = "One entry's alerts, newest first")
  @Errors.EntryNotFound
  Notifications ofEntry(Authentication auth, String id) {
    String owner = currentUser.of(auth).discogsUsername();
    return history.ofEntry(owner, uuid(id)).map(Notifications::of)
        .orElseThrow(ApiException::noSuchEntry);
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiException.noSuchEntry();
    }
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is [], not a missing key
  record Notifications(List<NotificationView> notifications) {
    static Notifications of(List<DeliveredAlert> alerts) {
      return new Notifications(alerts.stream().map(NotificationView::of).toList());
    }
  }
}
