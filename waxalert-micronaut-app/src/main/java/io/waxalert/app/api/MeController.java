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
import io.waxalert.app.alerts.WebhookTargets;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.core.model.Currency;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The caller's account. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {

  static final int MAX_SELLERS = 200;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final CurrentUser currentUser;
  private final UserStore users;
  private final WebhookTargets webhookTargets;

  MeController(CurrentUser currentUser, UserStore users, WebhookTargets webhookTargets) {
    this.currentUser = currentUser;
    this.users = users;
    this.webhookTargets = webhookTargets;
  }

  @Get
  @Operation(summary = "The caller's account")
  Me me(Authentication authentication) {
    return Me.of(currentUser.of(authentication));
  }

  @Put(consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Change email, currency, blocked_sellers, notify_mode or webhook_url")
  Me update(Authentication authentication, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    UserAccount account = currentUser.of(authentication);
    Body body = Body.of(json);
    if (body.has("email")) {
      String email = body.string("email", 320);
      if (email != null && !EMAIL.matcher(email).matches()) {
        throw ApiException.badRequest("email", "must be an e-mail address");
      }
      account = account.withEmail(email);
    }
    if (body.has("currency")) {
      String code = body.string("currency", 3);
      if (code == null) {
        throw ApiException.badRequest("currency", "must not be empty");
      }
      account = account.withCurrency(Criteria.currency("currency", code));
    }
    if (body.has("blocked_sellers")) {
      List<String> sellers = body.strings("blocked_sellers", MAX_SELLERS, 100);
      account = account.withBlockedSellers(sellers == null ? List.of() : sellers);
    }
    if (body.has("notify_mode")) {
      String mode = body.string("notify_mode", 16);
      try {
        account = account.withNotifyMode(UserAccount.NotifyMode.fromWireName(mode == null ? "" : mode));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("notify_mode", "must be 'instant' or 'digest'");
      }
    }
    if (body.has("webhook_url")) {
      account = account.withWebhookUrl(webhook(body.string("webhook_url", 2048)));
    }
    return Me.of(users.update(account));
  }

  private @Nullable String webhook(@Nullable String url) {
    if (url == null) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      throw ApiException.badRequest("webhook_url", "must be an http or https URL");
    }
    Optional<String> refused = webhookTargets.refusalWithoutLookup(uri);
    if (refused.isPresent()) {
      throw ApiException.badRequest("webhook_url", refused.get());
    }
    return url;
  }

  /** The account as the API shows it. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Me(String username, @Nullable String email, Currency currency, List<String> blockedSellers,
      String notifyMode, @Nullable String webhookUrl) {
    static Me of(UserAccount a) {
      return new Me(a.discogsUsername(), a.email(), a.currency(), a.blockedSellers(),
          a.notifyMode().wireName(), a.webhookUrl());
    }
  }
}
