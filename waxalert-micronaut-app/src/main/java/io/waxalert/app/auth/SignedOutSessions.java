package io.waxalert.app.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.waxalert.persistence.JdbcSessionRevocations;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-out that holds for bearer tokens too. Every session token carries a random id (its "jti");
 * sign-out records the id in the database, and a token whose id is recorded, or that has none, is
 * refused on every instance until it would have expired anyway.
 */
@Singleton
class SignedOutSessions implements JtiGenerator, GenericJwtClaimsValidator<HttpRequest<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(SignedOutSessions.class);
  private static final String SESSION_ID = Claims.TOKEN_ID;

  private final JdbcSessionRevocations revocations;
  private final AccessTokenConfiguration accessTokens;
  private final Clock clock;

  SignedOutSessions(JdbcSessionRevocations revocations, AccessTokenConfiguration accessTokens,
      Clock clock) {
    this.revocations = revocations;
    this.accessTokens = accessTokens;
    this.clock = clock;
  }

  @Override
  public String generateJtiClaim() {
    return UUID.randomUUID().toString();
  }

  @Override
  public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
    return claims.get(SESSION_ID) instanceof String id && !id.isBlank() && id.length() <= 64
        && !revocations.isRevoked(id);
  }

  /** Ends the session of {@code authentication}, whichever way its token is presented. */
  void signOut(Authentication authentication) {
    if (authentication.getAttributes().get(SESSION_ID) instanceof String id) {
      // The token's exact expiry is not at hand here; no token outlives the configured lifetime.
      revocations.revoke(id, clock.instant().plusSeconds(accessTokens.getExpiration()));
    }
  }

  @Scheduled(fixedDelay = "1h", initialDelay = "1m")
  void purgeExpired() {
    int purged = revocations.purgeExpired(clock.instant());
    if (purged > 0) {
      LOG.debug("forgot {} signed-out sessions whose tokens have expired", purged);
    }
  }
}
