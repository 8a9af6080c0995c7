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
 * @param country where the user buys from, as Discogs names it ("Germany"): listings unavailable
 *     there are never alerted; null when unknown
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
    @Nullable String country,
    Instant createdAt,
    Instant updatedAt) {

  /** How a user wants alerts delivered. */
  public enum NotifyMode {
    /** One message per alert, sent as soon as it is found. */
    INSTANT,
    /** The alerts of one relay pass in one message per channel, where the channel can. */
    DIGEST;

    /**
     * The name in JSON and in the database: {@code instant}.
     *
     * @return the lower-case name
     */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode of a wire name, as {@link #wireName()} writes it.
     *
     * @param name the name, any case, surrounding blanks ignored
     * @return the mode
     * @throws IllegalArgumentException for an unknown name
     */
    public static NotifyMode fromWireName(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * Validates the account and copies the blocked sellers.
   *
   * @param id the user's id
   * @param discogsUsername unique; never changes
   * @param email where alerts go; null until known
   * @param currency the user's default currency
   * @param notifyMode alert each match at once, or in a digest
   * @param webhookUrl optional webhook for alerts
   * @param telegramChatId optional Telegram chat for alerts: a numeric chat id or a public
   *     {@code @channel}
   * @param blockedSellers sellers never alerted, for every entry of the user
   * @param country where the user buys from, as Discogs names it ("Germany"); null when unknown
   * @param createdAt when the user signed in first
   * @param updatedAt when the account last changed
   * @throws NullPointerException if a component not marked nullable is null
   * @throws IllegalArgumentException if the Discogs username is blank
   */
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

  /**
   * This account with another e-mail address; stored only by {@link UserStore#update}.
   *
   * @param newEmail the address, null for none
   * @return the changed copy
   */
  public UserAccount withEmail(@Nullable String newEmail) {
    return new UserAccount(id, discogsUsername, newEmail, currency, notifyMode, webhookUrl,
        telegramChatId, blockedSellers, country, createdAt, updatedAt);
  }

  /**
   * This account with another default currency.
   *
   * @param newCurrency the currency
   * @return the changed copy
   */
  public UserAccount withCurrency(Currency newCurrency) {
    return new UserAccount(id, discogsUsername, email, newCurrency, notifyMode, webhookUrl,
        telegramChatId, blockedSellers, country, createdAt, updatedAt);
  }

  /**
   * This account alerting instantly or in digests.
   *
   * @param newMode the mode
   * @return the changed copy
   */
  public UserAccount withNotifyMode(NotifyMode newMode) {
    return new UserAccount(id, discogsUsername, email, currency, newMode, webhookUrl,
        telegramChatId, blockedSellers, country, createdAt, updatedAt);
  }

  /**
   * This account with another webhook.
   *
   * @param newUrl the webhook URL, null for none
   * @return the changed copy
   */
  public UserAccount withWebhookUrl(@Nullable String newUrl) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, newUrl,
        telegramChatId, blockedSellers, country, createdAt, updatedAt);
  }

  /**
   * This account with another Telegram chat.
   *
   * @param chatId a numeric chat id or a public {@code @channel}, null for none
   * @return the changed copy
   */
  public UserAccount withTelegramChatId(@Nullable String chatId) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, webhookUrl, chatId,
        blockedSellers, country, createdAt, updatedAt);
  }

  /**
   * This account buying from another country.
   *
   * @param newCountry the country as Discogs names it ("Germany"), null when unknown
   * @return the changed copy
   */
  public UserAccount withCountry(@Nullable String newCountry) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, webhookUrl,
        telegramChatId, blockedSellers, newCountry, createdAt, updatedAt);
  }

  /**
   * This account blocking other sellers.
   *
   * @param sellers the Discogs usernames blocked for every entry; replaces the previous list
   * @return the changed copy
   */
  public UserAccount withBlockedSellers(List<String> sellers) {
    return new UserAccount(id, discogsUsername, email, currency, notifyMode, webhookUrl,
        telegramChatId, sellers, country, createdAt, updatedAt);
  }
}
