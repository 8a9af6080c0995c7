package io.waxalert.discogs.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain requests outside the JSON API (website pages, OAuth token steps) through the same
 * rate-limited {@link Client}, so they share the budget and the User-Agent.
 */
public final class RawHttp {

  /** A buffered answer. */
  public record Answer(int status, Map<String, Collection<String>> headers, String body) {}

  private static final int MAX_BYTES = 8 * 1024 * 1024;

  private final Client client;
  private final DiscogsClientConfig config;
  private final Request.Options options;

  public RawHttp(Client client, DiscogsClientConfig config, Request.Options options) {
    this.client = client;
    this.config = config;
    this.options = options;
  }

  public Answer send(Request.HttpMethod method, String url, Map<String, String> headers, byte[] body) {
    Map<String, Collection<String>> all = new LinkedHashMap<>();
    all.put("User-Agent", List.of(config.userAgent()));
    headers.forEach((k, v) -> all.put(k, List.of(v)));
    Request request = Request.create(method, url, all, body, StandardCharsets.UTF_8, null);
    try (Response response = client.execute(request, options)) {
      return new Answer(response.status(), response.headers(), body(response));
    } catch (IOException e) {
      throw new DiscogsUnavailableException("no answer for " + method + " " + Redaction.url(url) + ": " + e, e);
    }
  }

  private static String body(Response response) throws IOException {
    if (response.body() == null) {
      return "";
    }
    Charset charset = response.charset() == null ? StandardCharsets.UTF_8 : response.charset();
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readNBytes(MAX_BYTES), charset);
    }
  }
}
