package io.waxalert.app.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.EmailException;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.MailProperties;
import io.waxalert.app.settings.ServiceProperties;
import io.waxalert.persistence.JdbcEmailConfirmations;
import io.waxalert.persistence.JdbcEmailConfirmations.Pending;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changing a user's mail address: a new address is used only once the link mailed to it is followed
 * (within {@code waxalert.mail.confirmation-lifetime}, once), so nobody can point alert mail at a
 * stranger. Until then {@code users.email} stays the confirmed address, the only one mail goes to.
 * The address from the Discogs profile at first sign-in counts as confirmed. The link carries 256
 * random bits; only their SHA-256 is stored.
 */
@Singleton
public class EmailChange {

  private static final Logger LOG = LoggerFactory.getLogger(EmailChange.class);
  /** At most one confirmation mail a minute per user, so an account cannot be used to flood an address. */
  static final Duration RESEND_AFTER = Duration.ofMinutes(1);
  static final String PATH = "/confirm-email/";

  /** A genuine link's change: whose account, and the address it confirms. */
  public record Preview(String username, String email) {}

  private final UserStore users;
  private final JdbcEmailConfirmations confirmations;
  private final ConfirmationMail mail;
  private final Duration lifetime;
  private final String linkBase;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  EmailChange(UserStore users, JdbcEmailConfirmations confirmations, ConfirmationMail mail, MailProperties settings,
      ServiceProperties service, Clock clock) {
    this.users = users;
    this.confirmations = confirmations;
    this.mail = mail;
    this.lifetime = settings.confirmationLifetime();
    this.linkBase = service.appUrl() + PATH;
    this.clock = clock;
  }

  /** The address waiting for its link; empty when none, or its link has expired. */
  public Optional<String> pending(UserAccount account) {
    return confirmations.find(account.id()).filter(p -> !p.expiredAt(clock.instant())).map(Pending::email);
  }

  /**
   * What {@code PUT /api/me} with {@code email} does: null clears the address (and any pending one),
   * the confirmed address again drops the pending one, a new address is mailed its link. Answers the
   * account to store, whose confirmed address only null changes.
   *
   * @throws ApiException 429 when another address was mailed a link less than a minute ago, 503
   *     naming {@code email} when the mail could not be sent (nothing is kept then)
   */
  public UserAccount request(UserAccount account, @Nullable String email) {
    if (email == null) {
      confirmations.remove(account.id());
      return account.withEmail(null);
    }
    if (email.equalsIgnoreCase(account.email())) {
      confirmations.remove(account.id());
      return account;
    }
    Instant now = clock.instant();
    Optional<Pending> earlier = confirmations.find(account.id()).filter(p -> !p.expiredAt(now));
    boolean recent = earlier.isPresent() && earlier.get().createdAt().plus(RESEND_AFTER).isAfter(now);
    if (recent && earlier.get().email().equalsIgnoreCase(email)) {
      return account; // asked again at once (the settings form saved twice): the link on its way works
    }
    if (recent) {
      throw ApiException.tooManyRequests("email: a confirmation mail went out less than a minute ago; wait a"
          + " minute before asking for another address", "email",
          Duration.between(now, earlier.get().createdAt().plus(RESEND_AFTER)));
    }
    String token = token();
    Pending pending = new Pending(account.id(), email, now.plus(lifetime), now);
    confirmations.replace(pending, hash(token));
    try {
      mail.send(email, account.discogsUsername(), linkBase + token, pending.expiresAt());
    } catch (EmailException e) {
      confirmations.remove(account.id());
      LOG.warn("confirmation mail for {} not sent: {}", account.discogsUsername(), e.getMessage());
      throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "email: the confirmation mail could not be sent"
          + " just now; nothing was changed, try again later", "email");
    }
    return account;
  }

  /** What a link confirms, for the page that asks; empty when it is not genuine or has expired. */
  public Optional<Preview> preview(String token) {
    return find(token).flatMap(p -> users.find(p.userId()).map(u -> new Preview(u.discogsUsername(), p.email())));
  }

  /** Follows a link: its address becomes the account's; empty when it is not genuine, used or expired. */
  public Optional<UserAccount> confirm(String token) {
    if (find(token).isEmpty()) {
      return Optional.empty();
    }
    return confirmations.take(hash(token)).filter(p -> !p.expiredAt(clock.instant()))
        .flatMap(p -> users.find(p.userId()).map(user -> users.update(user.withEmail(p.email()))));
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "5m")
  void purgeExpired() {
    confirmations.purgeExpired(clock.instant());
  }

  private Optional<Pending> find(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
      return Optional.empty();
    }
    return confirmations.findByToken(hash(token)).filter(p -> !p.expiredAt(clock.instant()));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
