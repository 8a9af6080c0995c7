package io.waxalert.discogs.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.Decoder;
import io.waxalert.discogs.DiscogsUnreadableException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads a 2xx answer as JSON, or says in a {@link DiscogsUnreadableException} why it cannot: empty
 * body, HTML (a Cloudflare page in front of the API), invalid or truncated JSON, too large. A JSON
 * {@code null} decodes to null; the client treats that as unreadable where it needs a value. Feign
 * wraps what a decoder throws in a {@code DecodeException}; the client unwraps it.
 */
public final class DiscogsDecoder implements Decoder {

  private static final int MAX_BYTES = 16 * 1024 * 1024;

  private final ObjectMapper mapper;

  public DiscogsDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    String what = response.request().httpMethod() + " " + Redaction.url(response.request().url());
    byte[] body = read(response, what);
    String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).strip();
    if (start.isEmpty()) {
      throw new DiscogsUnreadableException(response.status(),
          "Discogs answered " + response.status() + " with an empty body to " + what);
    }
    if (start.startsWith("<")) {
      throw new DiscogsUnreadableException(response.status(), "Discogs answered " + response.status() + " to "
          + what + " with " + ErrorBodies.describe(new String(body, StandardCharsets.UTF_8)) + " instead of JSON");
    }
    try {
      return mapper.readValue(body, mapper.constructType(type));
    } catch (JsonProcessingException e) {
      // Our DTOs' package is noise to whoever reads the message.
      String why = e.getOriginalMessage().replace(DiscogsDecoder.class.getPackageName() + ".", "");
      throw new DiscogsUnreadableException(response.status(), "Discogs' answer to " + what
          + " is not readable JSON: " + why + location(e), e);
    }
  }

  private static byte[] read(Response response, String what) throws IOException {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      byte[] body = in.readNBytes(MAX_BYTES + 1);
      if (body.length > MAX_BYTES) {
        throw new DiscogsUnreadableException(response.status(),
            "Discogs' answer to " + what + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
      }
      return body;
    }
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null || e.getLocation().getCharOffset() < 0 ? ""
        : " (at character " + e.getLocation().getCharOffset() + ")";
  }
}
