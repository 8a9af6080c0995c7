package io.waxalert.app.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.cors.CorsFilter;

/**
 * Gives every API error a JSON body: some answers are made before any controller or error handler
 * runs and carry none, notably the 403 of Micronaut's CORS filter for a request from a foreign
 * origin. Ordered around that filter so it sees its answer.
 */
@ServerFilter("/api/**")
final class ErrorBodyFilter implements Ordered {

  @Override
  public int getOrder() {
    return CorsFilter.CORS_FILTER_ORDER - 1;
  }

  @ResponseFilter
  void addMissingBody(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.code() < 400 || response.getBody().isPresent()) {
      return;
    }
    String message = response.code() == HttpStatus.FORBIDDEN.getCode() && request.getHeaders().contains("Origin")
        ? "Requests from another origin are refused; use WaxAlert's own pages or an API client."
        : JsonErrorBodies.byStatus(response);
    response.body(new ApiError(message, null)).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
