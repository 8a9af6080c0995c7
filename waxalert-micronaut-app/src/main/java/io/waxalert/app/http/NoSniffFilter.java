package io.waxalert.app.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * {@code X-Content-Type-Options: nosniff} on every answer, JSON, errors and pages alike: a browser
 * must never read an API answer that echoes user input as HTML or script. The outermost filter, so
 * it also sees the answers the security and CORS filters make on their own.
 */
@ServerFilter("/**")
final class NoSniffFilter implements Ordered {

  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @ResponseFilter
  void noSniff(MutableHttpResponse<?> response) {
    response.getHeaders().set("X-Content-Type-Options", "nosniff");
  }
}
