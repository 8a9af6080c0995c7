package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.alerts.TelegramNotifier;
import io.waxalert.app.account.EmailChange;
import io.waxalert.app.account.MailAddress;
import io.waxalert.app.alerts.WebhookTargets;
import io.waxalert.app.http.ApiException;
import io.waxalert.discogs.DiscogsCountries;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A user's account settings for {@code GET /api/me} and from a {@code PUT /api/me} body, checking
 * every field given. A new mail address is confirmed first ({@link EmailChange}).
 */
@Singleton
class AccountSettings {

  static final int MAX_SELLERS = 200;

  private final UserStore users;
  private final WebhookTargets webhookTargets;
  private final EmailChange emailChange;

  AccountSettings(UserStore users, WebhookTargets webhookTargets, EmailChange emailChange) {
    this.users = users;
    this.webhookTargets = webhookTargets;
    this.emailChange = emailChange;
  }

  /** The account as the API shows it, with the address waiting for confirmation. */
  MeController.Me show(UserAccount account) {
    return MeController.Me.of(account, emailChange.pending(account).orElse(null));
  }

  /**
   * The account with the body's fields applied, as stored; nothing is stored when a field is invalid.
   * A new {@code email} is mailed its confirmation link after every field has been checked, and
   * shows as {@code email_pending} while {@code email} stays the confirmed one.
   */
  MeController.Me update(UserAccount current, Body body) {
    UserAccount account = current;
    boolean emailGiven = body.has("email");
    String email = emailGiven ? body.string("email", MailAddress.MAX_LENGTH) : null;
    if (email != null) {
      email = MailAddress.parse("email", email);
    }
    if (body.has("currency")) {
      String code = body.string("currency", 3);
      if (code == null) {
        throw ApiException.badRequest("currency", "must not be empty");
      }
      account = account.withCurrency(Criteria.currency("currency", code));
    }
    if (body.isEmptyString("country")) { // the country decides what is buyable: never cleared by a slip
      throw ApiException.badRequest("country", "is empty; leave the field out to keep it, or send null to remove it");
    }
    if (body.has("country")) {
      account = account.withCountry(country(body.string("country", 64)));
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
    if (body.has("telegram_chat_id")) {
      account = account.withTelegramChatId(telegramChat(body.string("telegram_chat_id", 64)));
    }
    if (emailGiven) {
      account = emailChange.request(account, email);
    }
    return show(users.update(account));
  }

  /** The name Discogs writes for the country given by name, spelling or ISO code; null clears it. */
  private static @Nullable String country(@Nullable String given) {
    if (given == null) {
      return null;
    }
    return DiscogsCountries.find(given).orElseThrow(() -> ApiException.badRequest("country",
        "must be a country as Discogs names it, e.g. 'Germany' or 'United States' (or its code, e.g. 'DE')"));
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

  private static @Nullable String telegramChat(@Nullable String chat) {
    if (chat == null) {
      return null;
    }
    Optional<String> refused = TelegramNotifier.refusal(chat);
    if (refused.isPresent()) {
      throw ApiException.badRequest("telegram_chat_id", refused.get());
    }
    return chat;
  }
}
