package io.waxalert.app.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers of the static assets: never sniffed, and cached for a year when asked for with the
 * current fingerprint (the URLs the pages use), else revalidated on every use.
 */
@ServerFilter(Assets.PREFIX + "**")
final class AssetHeadersFilter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  private final Assets assets;

  AssetHeadersFilter(Assets assets) {
    this.assets = assets;
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
    response.getHeaders().remove(HttpHeaders.EXPIRES);
    response.header(HttpHeaders.CACHE_CONTROL, current ? IMMUTABLE : REVALIDATE);
  }
}
