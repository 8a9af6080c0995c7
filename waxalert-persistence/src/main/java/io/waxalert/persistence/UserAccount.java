package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.model.Currency;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A WaxAlert user, keyed by Discogs username, which is also the {@code ownerId} of their wanted
 * entries and alerts. The encrypted Discogs credentials are deliberately not part of it (see
 * {@link UserStore#findCredentials}), so an account can be logged or serialized safely.
 *
 * @param id the user's id
 * @param discogsUsername unique; never changes
 * @param email where alerts go; null until known
 * @param currency the user's default currency
 * @param notifyMode alert each match at once, or in a digest
 * @param webhookUrl optional webhook for alerts
 * @param telegramChatId optional Telegram chat for alerts: a numeric chat id or a public {@code @channel}
 * @param blockedSellers sellers never alerted, for every entry of the user
 * @param createdAt when the user signed in first
 * @param updatedAt when the account last changed
 */
public record UserAccount(
    UUID id,
    String discogsUsername,
    @Nullable String email,
    Currency currency,
    NotifyMode notifyMode,
    @Nullable String webhookUrl,
    @Nullable String telegramChatId,
    List<String> blockedSellers,
    Instant createdAt,
    Instant updatedAt) {

  /** How a user wants alerts delivered. */
  public enum NotifyMode {
    INSTANT,
    DIGEST;

    /** The name in JSON and in the database: {@code instant}. */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static NotifyMode fromWireName(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  public UserAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(discogsUsername, "discogsUsername");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(notifyMode, "notifyMode");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (discogsUsername.isBlank()) {
      throw new IllegalArgumentException("Discogs username must not be blank");
    }
    blockedSellers = List.copyOf(blockedSellers);
  }

  public UserAccount withEmail(@Nullable String newEmail) {
    return new UserAccount(id, discogsUsername, newEmail, currency, notifyMode, webhookUrl,
        telegramChatId, blockedSellers, createdAt, updatedAt);
  }

  public UserAccount withCurrency(Currency newCurrency) {
    return new UserAccount(id, discogsUsername, email, newCurrency, notifyMode, webhookUrl,
        telegramChatId, blockedSellers, createdAt, updatedAt);
  }

  public UserAccount withNotifyMode(NotifyMode newMode) {
    return new UserAccount(id, discogsUsername, email, currency, newMode, webhookUrl,
        telegramChatId, blockedSellers, createdAt, updatedAt);
  }

  public UserAccount withWebhookUrl(@Nullable String newUrl) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, newUrl,
        telegramChatId, blockedSellers, createdAt, updatedAt);
  }

  public UserAccount withTelegramChatId(@Nullable String chatId) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, webhookUrl, chatId,
        blockedSellers, createdAt, updatedAt);
  }

  public UserAccount withBlockedSellers(List<String> sellers) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, webhookUrl,
        telegramChatId, sellers, createdAt, updatedAt);
  }
}
