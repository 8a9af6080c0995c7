package io.waxalert.app.settings;

import java.util.Base64;

/** Checks of configured keys, with messages that name the property and never show the value. */
final class Secrets {

  private Secrets() {}

  /** @throws IllegalArgumentException unless {@code value} is base64 of exactly {@code bytes} bytes */
  static void requireBase64Key(String property, String value, int bytes) {
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + " must be base64 (of " + bytes + " random bytes)");
    }
    if (decoded.length != bytes) {
      throw new IllegalArgumentException(property + " must be base64 of " + bytes + " bytes ("
          + bytes * 8 + " bits), not " + decoded.length);
    }
  }
}
