package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Base64;

/**
 * {@code waxalert.unsubscribe.*}: the one-click unsubscribe links of alert mails. Their key is theirs
 * alone (not the session secret): replacing it revokes every link ever mailed and ends no session.
 * The key is a secret: {@link #toString()} never shows it.
 *
 * @param key base64 of 32 random bytes that sign the links; none: the key generated into the data
 *     folder ({@code unsubscribe.key})
 * @param linkLifetime how long a mailed link works
 */
@Context
@ConfigurationProperties("waxalert.unsubscribe")
public record UnsubscribeProperties(
    @Nullable String key,
    @PositiveDuration(property = "waxalert.unsubscribe.link-lifetime") Duration linkLifetime) {

  public UnsubscribeProperties {
    key = key == null || key.isBlank() ? null : key.trim();
    if (key != null) {
      Secrets.requireBase64Key("waxalert.unsubscribe.key", key, 32);
    }
  }

  /** The configured key, decoded; null for the one generated into the data folder. */
  public @Nullable byte[] keyBytes() {
    return key == null ? null : Base64.getDecoder().decode(key);
  }

  @Override
  public String toString() {
    return "UnsubscribeProperties[linkLifetime=" + linkLifetime + ", key=" + (key == null ? "generated" : "***") + "]";
  }
}
