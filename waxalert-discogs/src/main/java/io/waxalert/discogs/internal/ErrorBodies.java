package io.waxalert.discogs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads error bodies, which may be Discogs JSON, Cloudflare HTML or nothing at all. */
public final class ErrorBodies {

  private static final int MAX_BYTES = 64 * 1024;

  private ErrorBodies() {}

  static String read(Response response) {
    if (response.body() == null) {
      return "";
    }
    try (InputStream in = response.body().asInputStream()) {
      return new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Discogs' {@code message}, or null when the body is not a JSON object carrying one. */
  static String discogsMessage(String body, ObjectMapper mapper) {
    String trimmed = body.strip();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      JsonNode message = mapper.readTree(trimmed).get("message");
      return message != null && message.isTextual() ? message.asText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** A short description of a non-JSON body for exception messages. */
  public static String describe(String body) {
    String trimmed = body.strip();
    if (trimmed.isEmpty()) {
      return "empty body";
    }
    if (trimmed.startsWith("<")) {
      return "HTML body" + (trimmed.contains("Just a moment") || trimmed.contains("_cf_chl_") ? " (Cloudflare challenge)" : "");
    }
    return "body: " + (trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed);
  }
}
