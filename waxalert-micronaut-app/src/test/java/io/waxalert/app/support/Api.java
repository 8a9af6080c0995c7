package io.waxalert.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * A plain HTTP client for the service under test: never follows redirects and never throws on
 * error statuses, so tests see exactly what a caller gets.
 */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;

  public Api(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  public record Response(int status, java.net.http.HttpHeaders headers, String text) {
    public JsonNode json() {
      try {
        return JSON.readTree(text.isEmpty() ? "null" : text);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + text, e);
      }
    }

    public List<String> cookies() {
      return headers.allValues("Set-Cookie");
    }

    @Override
    public String toString() {
      return status + " " + text;
    }
  }

  public Response get(String path, @Nullable String bearer) {
    return send("GET", path, bearer, null, null);
  }

  public Response post(String path, @Nullable String bearer, @Nullable String json) {
    return send("POST", path, bearer, json, json == null ? null : "application/json");
  }

  public Response put(String path, @Nullable String bearer, String json) {
    return send("PUT", path, bearer, json, "application/json");
  }

  public Response delete(String path, @Nullable String bearer) {
    return send("DELETE", path, bearer, null, null);
  }

  public Response send(String method, String path, @Nullable String bearer, @Nullable String body,
      @Nullable String contentType, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new AssertionError(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public static String json(String json) {
    return json.replace('\'', '"');
  }
}
