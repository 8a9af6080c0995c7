package io.waxalert.app.web;

import io.micronaut.http.MutableHttpResponse;

/** The headers every HTML page of the service carries: no foreign scripts, no framing, no sniffing. */
public final class SecurityHeaders {

  /** Scripts only from this service, nothing inline; covers may come from Discogs' image host. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' https: http: data:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static <T> MutableHttpResponse<T> page(MutableHttpResponse<T> response) {
    return page(response, "same-origin");
  }

  /** With a stricter {@code Referrer-Policy}, e.g. {@code no-referrer} for a page whose URL is a secret. */
  public static <T> MutableHttpResponse<T> page(MutableHttpResponse<T> response, String referrerPolicy) {
    return response.header("Content-Security-Policy", CSP)
        .header("X-Content-Type-Options", "nosniff")
        .header("Referrer-Policy", referrerPolicy)
        .header("Cache-Control", "no-store");
  }
}
