package io.waxalert.app;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.waxalert.app.config.Launcher;
import io.waxalert.app.config.LogFormat;

/** Starts the WaxAlert service. */
/*
 * The OpenAPI document (/swagger/waxalert-0.1.yml, browsed at /swagger-ui): every route needs one of
 * the two schemes below unless its operation says security = {} (sign-in, mail links, health).
 */
@OpenAPIDefinition(info = @Info(title = "waxalert", version = "0.1",
    description = "Watches the Discogs marketplace for the records collectors want. Sign in with POST"
        + " /api/auth/token (or Sign in with Discogs in a browser): the answer sets the session cookie and"
        + " carries the same session as a bearer token. Every error answers {\"message\", \"field\"}."),
    security = {@SecurityRequirement(name = Application.SESSION_COOKIE), @SecurityRequirement(name = Application.BEARER)})
@SecurityScheme(name = Application.SESSION_COOKIE, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
    paramName = "JWT", description = "The session cookie (micronaut.security.token.cookie), set by the sign-ins")
@SecurityScheme(name = Application.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
    description = "The access_token of POST /api/auth/token, as Authorization: Bearer <access_token>")
public final class Application {

  /** The security scheme names of the OpenAPI document. */
  static final String SESSION_COOKIE = "session_cookie";
  static final String BEARER = "bearer_token";

  private Application() {}

  public static void main(String[] args) {
    // Before anything logs: LogSetup reads the same setting and falls back to text.
    LogFormat format = LogFormat.configured(System.getProperties(), System.getenv());
    Launcher.of(args) // a refused setting is one line naming it, not a stack trace
        .mainClass(Application.class)
        .banner(format == LogFormat.TEXT) // the banner's lines are not JSON
        .start();
  }
}
