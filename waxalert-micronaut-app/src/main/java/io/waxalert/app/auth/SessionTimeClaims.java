package io.waxalert.app.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Refuses a session token that is not valid yet ({@code nbf} in the future) or claims to be issued in
 * the future ({@code iat}), on the service's clock with a minute's grace for clocks of instances that
 * drift apart. Micronaut checks {@code exp} only, unless told otherwise. The service never issues such
 * tokens: one is forged or minted by a misconfigured instance.
 */
@Singleton
class SessionTimeClaims implements GenericJwtClaimsValidator<HttpRequest<?>> {

  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final Clock clock;

  SessionTimeClaims(Clock clock) {
    this.clock = clock;
  }

  @Override
  public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
    Instant latest = clock.instant().plus(CLOCK_SKEW);
    return notAfter(claims.get(Claims.NOT_BEFORE), latest) && notAfter(claims.get(Claims.ISSUED_AT), latest);
  }

  /** An absent claim holds; one that is no time, or later than {@code latest}, does not. */
  private static boolean notAfter(@Nullable Object claim, Instant latest) {
    if (claim == null) {
      return true;
    }
    Instant at;
    if (claim instanceof Date date) {
      at = date.toInstant();
    } else if (claim instanceof Instant instant) {
      at = instant;
    } else if (claim instanceof Number seconds) {
      at = Instant.ofEpochSecond(seconds.longValue());
    } else {
      return false;
    }
    return !at.isAfter(latest);
  }
}
