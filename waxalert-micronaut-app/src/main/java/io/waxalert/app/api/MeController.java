package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.http.docs.BadRequests;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.http.docs.Refusals;
import io.waxalert.core.model.Currency;
import io.waxalert.persistence.UserAccount;
import java.util.List;

/** The caller's account. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "account")
@Errors.NotSignedIn
class MeController {

  private final CurrentUser currentUser;
  private final AccountSettings settings;

  MeController(CurrentUser currentUser, AccountSettings settings) {
    this.currentUser = currentUser;
    this.settings = settings;
  }

  @Get
  @Operation(summary = "The caller's account")
  Me me(Authentication authentication) {
    return settings.show(currentUser.of(authentication));
  }

  @Put(consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Change email, currency, country, blocked_sellers, notify_mode, webhook_url or telegram_chat_id;"
      + " a new email is mailed a confirmation link and shows as email_pending until it is followed")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "#/components/schemas/AccountChange"),
      examples = @ExampleObject(name = "a new address and digests", value = "{\"email\": \"collector@example.org\","
          + " \"notify_mode\": \"digest\", \"country\": \"Germany\"}")))
  @BadRequests.AccountInput
  @Refusals.ConfirmationMail
  @Errors.CrossSiteRefused
  Me update(Authentication authentication, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return settings.update(currentUser.of(authentication), Body.of(json));
  }

  /**
   * The account as the API shows it: {@code email} is the confirmed address alerts go to,
   * {@code email_pending} a new one waiting for its confirmation link.
   */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Me(String username, @Nullable String email, @Nullable String emailPending, Currency currency,
      @Nullable String country, List<String> blockedSellers, String notifyMode, @Nullable String webhookUrl,
      @Nullable String telegramChatId) {
    static Me of(UserAccount a, @Nullable String emailPending) {
      return new Me(a.discogsUsername(), a.email(), emailPending, a.currency(), a.country(), a.blockedSellers(),
          a.notifyMode().wireName(), a.webhookUrl(), a.telegramChatId());
    }
  }
}
