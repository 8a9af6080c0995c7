package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.WaxalertException;
import io.waxalert.core.model.Currency;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.Sql;
import io.waxalert.persistence.internal.UserEntity;
import io.waxalert.persistence.internal.UserRepository;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code users} table: accounts and their encrypted Discogs credentials. Thread-safe.
 *
 * <p>Credentials are opaque bytes the application encrypted; they are stored and returned as given
 * and never logged or included in an exception message.
 */
@Singleton
public class UserStore {

  /** Another user already has this Discogs username. */
  public static final class DuplicateUsernameException extends WaxalertException {
    /**
     * Creates the exception.
     *
     * @param username the Discogs username already taken
     */
    public DuplicateUsernameException(String username) {
      super("a user with Discogs username '" + username + "' already exists");
    }
  }

  /** An account's columns, in {@link #account}'s order ({@code char(3)} as varchar: see {@code EntryRows}). */
  private static final String ACCOUNT_COLUMNS = "id, discogs_username, email, cast(currency as varchar(3)),"
      + " notify_mode, webhook_url, telegram_chat_id, blocked_sellers, country, created_at, updated_at";

  private final UserRepository users;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  UserStore(UserRepository users, TransactionOperations<Connection> transactions, @Nullable Clock clock) {
    this.users = users;
    this.transactions = transactions;
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  /**
   * Creates a user who alerts instantly, has no webhook or Telegram chat, blocks no seller and has
   * no country yet.
   *
   * @param discogsUsername the user's Discogs username, not blank
   * @param email where alerts go, null until known
   * @param currency the user's default currency
   * @return the new account, with a random id
   * @throws DuplicateUsernameException when the username is taken, also when two creations race
   */
  public UserAccount create(String discogsUsername, @Nullable String email, Currency currency) {
    return create(discogsUsername, email, currency, null);
  }

  /**
   * {@link #create(String, String, Currency)} with the user's country, e.g. from their Discogs
   * profile's location.
   *
   * @param discogsUsername the user's Discogs username, not blank
   * @param email where alerts go, null until known
   * @param currency the user's default currency
   * @param country where the user buys from, as Discogs names it ("Germany"); null when unknown
   * @return the new account, with a random id
   * @throws DuplicateUsernameException when the username is taken, also when two creations race
   */
  public UserAccount create(String discogsUsername, @Nullable String email, Currency currency,
      @Nullable String country) {
    Instant now = now();
    UserAccount account = new UserAccount(UUID.randomUUID(), discogsUsername, email, currency,
        UserAccount.NotifyMode.INSTANT, null, null, java.util.List.of(), country, now, now);
    try {
      users.save(toEntity(account, null));
    } catch (RuntimeException e) {
      if (Columns.isUniqueViolation(e)) {
        throw new DuplicateUsernameException(discogsUsername);
      }
      throw e;
    }
    return account;
  }

  /**
   * The account with this id.
   *
   * @param id the user's id
   * @return the account, or empty when there is none
   */
  public Optional<UserAccount> find(UUID id) {
    return users.findById(id).map(UserStore::toAccount);
  }

  /**
   * The account with this Discogs username, which is also the {@code ownerId} of the user's
   * entries.
   *
   * @param discogsUsername the Discogs username, as stored
   * @return the account, or empty when there is none
   */
  public Optional<UserAccount> findByUsername(String discogsUsername) {
    // by column position: the relay reads each recipient's account (issue 15)
    return transactions.executeRead(status -> Sql.query(status.getConnection(), "select " + ACCOUNT_COLUMNS
        + " from users where discogs_username = ?", UserStore::account, discogsUsername)).stream().findFirst();
  }

  /**
   * The accounts with these Discogs usernames, in one query: a release's check reads the owners of
   * every entry watching it.
   *
   * @param discogsUsernames the usernames, as stored
   * @return the accounts found, by username
   */
  public Map<String, UserAccount> findByUsernames(Collection<String> discogsUsernames) {
    if (discogsUsernames.isEmpty()) {
      return Map.of();
    }
    // by column position: a release's fetch reads its entries' owners (issue 15)
    List<String> names = List.copyOf(discogsUsernames);
    Map<String, UserAccount> found = new HashMap<>();
    transactions.executeRead(status -> Sql.query(status.getConnection(), "select " + ACCOUNT_COLUMNS
        + " from users where discogs_username in (" + Sql.placeholders(names.size()) + ")", UserStore::account,
        names.toArray())).forEach(account -> found.put(account.discogsUsername(), account));
    return found;
  }

  /**
   * Stores the account's email, currency, notify mode, webhook, Telegram chat, blocked sellers and
   * country; its id, username and creation time stay as stored, the credentials untouched.
   *
   * @param account the account with its new settings
   * @return the account as stored now
   * @throws IllegalArgumentException when the user does not exist
   */
  public UserAccount update(UserAccount account) {
    UserEntity stored = users.findById(account.id()).orElseThrow(() ->
        new IllegalArgumentException("no user with id " + account.id()));
    UserAccount updated = new UserAccount(stored.id(), stored.discogsUsername(), account.email(),
        account.currency(), account.notifyMode(), account.webhookUrl(), account.telegramChatId(),
        account.blockedSellers(), account.country(), stored.createdAt(), now());
    users.update(toEntity(updated, stored.discogsCredentials()));
    return updated;
  }

  /**
   * Replaces the user's encrypted Discogs credentials (null removes them); false for an unknown
   * user.
   *
   * @param userId the user's id
   * @param encrypted the credentials as the application encrypted them; copied; null removes them
   * @return true when the user exists
   */
  public boolean saveCredentials(UUID userId, @Nullable byte[] encrypted) {
    return users.updateCredentials(userId, encrypted == null ? null : encrypted.clone(), now()) > 0;
  }

  /**
   * The user's encrypted Discogs credentials, as saved; empty when none or no such user.
   *
   * @param userId the user's id
   * @return the encrypted bytes, or empty
   */
  public Optional<byte[]> findCredentials(UUID userId) {
    return users.findById(userId).map(UserEntity::discogsCredentials);
  }

  /**
   * Deletes the user with their entries and alerts; true when the user existed.
   *
   * @param userId the user's id
   * @return true when the user existed
   */
  public boolean delete(UUID userId) {
    Objects.requireNonNull(userId, "userId");
    if (!users.existsById(userId)) {
      return false;
    }
    users.deleteById(userId);
    return true;
  }

  private Instant now() {
    return Columns.instant(clock.instant());
  }

  private static UserEntity toEntity(UserAccount account, @Nullable byte[] credentials) {
    return new UserEntity(account.id(), account.discogsUsername(), account.email(),
        account.currency().name(), account.notifyMode().wireName(), account.webhookUrl(),
        account.telegramChatId(), Columns.lines(account.blockedSellers()), account.country(), credentials,
        account.createdAt(),
        account.updatedAt());
  }

  private static UserAccount account(ResultSet row) throws SQLException {
    return new UserAccount(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
        Currency.parse(row.getString(4)), UserAccount.NotifyMode.fromWireName(row.getString(5)), row.getString(6),
        row.getString(7), Columns.fromLines(row.getString(8)), row.getString(9), Sql.instant(row, 10),
        Sql.instant(row, 11));
  }

  private static UserAccount toAccount(UserEntity row) {
    return new UserAccount(row.id(), row.discogsUsername(), row.email(),
        Currency.parse(row.currency()), UserAccount.NotifyMode.fromWireName(row.notifyMode()),
        row.webhookUrl(), row.telegramChatId(), Columns.fromLines(row.blockedSellers()), row.country(),
        row.createdAt(), row.updatedAt());
  }
}
