package io.waxalert.app.alerts;

import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-click unsubscribe tokens for the mails' {@code List-Unsubscribe} links: the entry id
 * and an HMAC-SHA256 of it under a key derived from the JWT signing secret, so the link pauses that
 * entry without a session and can not be forged for another one.
 */
@Singleton
public class UnsubscribeTokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;

  private final byte[] key;

  UnsubscribeTokens(SecretSignatureConfiguration jwt) {
    String secret = jwt.getSecret();
    byte[] raw = jwt.isBase64() ? Base64.getDecoder().decode(secret) : secret.getBytes(StandardCharsets.UTF_8);
    this.key = hmac(raw, "waxalert-unsubscribe".getBytes(StandardCharsets.UTF_8));
  }

  /** What a token pauses: one entry, or every entry of a user (digest mails). */
  public enum Scope { ENTRY, USER }

  /** A verified token: pause {@code id}, an entry or a user id. */
  public record Target(Scope scope, UUID id) {}

  public String entryToken(UUID entryId) {
    return token(Scope.ENTRY, entryId);
  }

  public String userToken(UUID userId) {
    return token(Scope.USER, userId);
  }

  private String token(Scope scope, UUID id) {
    byte[] payload = ByteBuffer.allocate(17).put((byte) scope.ordinal()).put(bytes(id)).array();
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  /** What a genuine token pauses. */
  public Optional<Target> verify(String token) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      byte[] id = DECODER.decode(token.substring(0, dot));
      byte[] given = DECODER.decode(token.substring(dot + 1));
      if (id.length != 17 || id[0] < 0 || id[0] > 1 || !MessageDigest.isEqual(mac(id), given)) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.wrap(id, 1, 16);
      return Optional.of(new Target(Scope.values()[id[0]], new UUID(buffer.getLong(), buffer.getLong())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] id) {
    return Arrays.copyOf(hmac(key, id), MAC_BYTES);
  }

  private static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
