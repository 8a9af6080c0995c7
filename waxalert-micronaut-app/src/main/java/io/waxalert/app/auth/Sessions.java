package io.waxalert.app.auth;

import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import io.waxalert.app.settings.ServiceProperties;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/** Issues the signed session token (JWT, subject = Discogs username) and its cookie. */
@Singleton
public class Sessions {

  private final TokenGenerator tokens;
  private final AccessTokenConfiguration accessTokens;
  private final AccessTokenCookieConfiguration cookies;
  /** Secure unless configured otherwise when the service is reached over https. */
  private final boolean secure;

  Sessions(TokenGenerator tokens, AccessTokenConfiguration accessTokens,
      AccessTokenCookieConfiguration cookies, ServiceProperties service) {
    this.tokens = tokens;
    this.accessTokens = accessTokens;
    this.cookies = cookies;
    this.secure = cookies.isCookieSecure().orElse(service.appUrl().startsWith("https://"));
  }

  public String token(UserAccount account) {
    return tokens.generateToken(Authentication.build(account.discogsUsername(), List.of()),
            accessTokens.getExpiration())
        .orElseThrow(() -> new IllegalStateException("no session token could be signed"));
  }

  /** The session cookie: HttpOnly, SameSite=Lax (unless configured otherwise), path /, Secure over https. */
  public Cookie cookie(String token) {
    Cookie cookie = Cookie.of(cookies.getCookieName(), token)
        .httpOnly(cookies.isCookieHttpOnly().orElse(true))
        .sameSite(cookies.getCookieSameSite().orElse(SameSite.Lax))
        .path(cookies.getCookiePath().orElse("/"))
        .maxAge(Duration.ofSeconds(accessTokens.getExpiration()))
        .secure(secure);
    cookies.getCookieDomain().ifPresent(cookie::domain);
    return cookie;
  }

  /** A cookie that makes the browser forget the session. */
  public Cookie expiredCookie() {
    return Cookie.of(cookies.getCookieName(), "").httpOnly(true)
        .sameSite(cookies.getCookieSameSite().orElse(SameSite.Lax))
        .path(cookies.getCookiePath().orElse("/")).maxAge(0).secure(secure);
  }
}
