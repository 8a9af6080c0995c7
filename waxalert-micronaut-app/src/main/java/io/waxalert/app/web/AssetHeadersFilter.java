package io.waxalert.app.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Headers of the static assets: never sniffed, and cached for a year when asked for with the
 * current fingerprint (the URLs the pages use), else revalidated on every use. {@code Expires} is
 * set to match, since Micronaut's file writer would otherwise add its own one-minute one.
 */
@ServerFilter(Assets.PREFIX + "**")
final class AssetHeadersFilter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";
  private static final Duration YEAR = Duration.ofDays(365);

  private final Assets assets;
  private final Clock clock;

  AssetHeadersFilter(Assets assets, Clock clock) {
    this.assets = assets;
    this.clock = clock;
  }

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    response.header("X-Content-Type-Options", "nosniff");
    if (response.code() != 200 && response.code() != 304) {
      return;
    }
    String name = request.getPath().substring(Assets.PREFIX.length());
    String asked = request.getParameters().get("v");
    boolean current = asked != null && assets.fingerprint(name).map(asked::equals).orElse(false);
    Instant expires = current ? clock.instant().plus(YEAR) : Instant.EPOCH;
    response.header(HttpHeaders.CACHE_CONTROL, current ? IMMUTABLE : REVALIDATE);
    response.header(HttpHeaders.EXPIRES, DateTimeFormatter.RFC_1123_DATE_TIME.format(expires.atOffset(ZoneOffset.UTC)));
  }
}
