package io.waxalert.app.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.waxalert.app.http.ApiError;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site state changes on {@code /api/**}: a browser's cross-site form post carries a
 * form content type and a foreign {@code Origin} / {@code Sec-Fetch-Site: cross-site}, none of which a
 * JSON client sends. Bodies must be {@code application/json} (415 otherwise); a foreign origin gets 403.
 */
@ServerFilter("/api/**")
class CrossSiteRequestFilter implements Ordered {

  /** Before the security filter, so a cross-site post is refused whoever it claims to be. */
  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }

  private static final Set<HttpMethod> CHANGING =
      Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  @RequestFilter
  @Nullable MutableHttpResponse<ApiError> check(HttpRequest<?> request) {
    if (!CHANGING.contains(request.getMethod())) {
      return null;
    }
    String site = request.getHeaders().get("Sec-Fetch-Site");
    if (site != null && site.toLowerCase(Locale.ROOT).equals("cross-site")) {
      return refuse(HttpStatus.FORBIDDEN, "cross-site requests may not change anything");
    }
    String origin = request.getHeaders().get("Origin");
    if (origin != null && !sameHost(origin, request.getHeaders().get("Host"))) {
      return refuse(HttpStatus.FORBIDDEN, "requests from another origin may not change anything");
    }
    MediaType type = request.getContentType().orElse(null);
    if (type != null && !type.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
      return refuse(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "request bodies must be application/json");
    }
    return null;
  }

  private static boolean sameHost(String origin, @Nullable String host) {
    if (origin.equals("null") || host == null) {
      return false;
    }
    try {
      // Browsers leave a scheme's default port out of both Origin and Host, so the two authorities
      // match exactly; a port on one side only is another origin on the same host.
      URI uri = URI.create(origin);
      if (uri.getHost() == null) {
        return false;
      }
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return authority.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static MutableHttpResponse<ApiError> refuse(HttpStatus status, String message) {
    return HttpResponse.<ApiError>status(status).body(new ApiError(message, null));
  }
}
