package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import java.util.Base64;
import java.util.List;

/**
 * {@code waxalert.*} itself: where the service is reached, who sits in front of it, where it keeps
 * its files.
 *
 * @param appUrl the service's own base URL, for links in mails and messages
 * @param dataDir the H2 file and generated secrets
 * @param credentialsKey base64 AES-256 key of the stored Discogs credentials; none: the key
 *     generated into the data folder. Never shown by {@link #toString()}.
 * @param trustedProxies addresses and CIDR ranges of the reverse proxies in front of the service:
 *     only a connection from one of them may name the client in {@code Forwarded} /
 *     {@code X-Forwarded-For}; none (the default): the connection's own address is the client
 * @param operatorToken the bearer token that shows operators the details of {@code /health/mail}
 *     (at least 32 characters); none: the details are shown to nobody. Never shown by {@link #toString()}.
 */
@Context
@ConfigurationProperties("waxalert")
public record ServiceProperties(
    @HttpUrl(property = "waxalert.app-url") String appUrl,
    @NotBlank(message = "waxalert.data-dir must not be empty") String dataDir,
    @Nullable String credentialsKey,
    @Nullable List<String> trustedProxies,
    @Nullable String operatorToken) {

  public ServiceProperties {
    appUrl = appUrl != null && appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    credentialsKey = credentialsKey == null || credentialsKey.isBlank() ? null : credentialsKey.trim();
    if (credentialsKey != null) {
      Secrets.requireBase64Key("waxalert.credentials-key", credentialsKey, 32);
    }
    trustedProxies = trustedProxies == null ? List.of()
        : trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    for (String proxy : trustedProxies) {
      try {
        IpRange.parse(proxy);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("waxalert.trusted-proxies: " + e.getMessage());
      }
    }
    operatorToken = operatorToken == null || operatorToken.isBlank() ? null : operatorToken.trim();
    if (operatorToken != null && operatorToken.length() < 32) {
      throw new IllegalArgumentException("waxalert.operator-token must have at least 32 characters");
    }
  }

  /** The trusted proxies as ranges; empty when none are configured. */
  public List<IpRange> trustedProxyRanges() {
    return trustedProxies.stream().map(IpRange::parse).toList();
  }

  /** The configured credentials key, decoded; null for the one generated into the data folder. */
  public @Nullable byte[] credentialsKeyBytes() {
    return credentialsKey == null ? null : Base64.getDecoder().decode(credentialsKey);
  }

  @Override
  public String toString() {
    return "ServiceProperties[appUrl=" + appUrl + ", dataDir=" + dataDir + ", credentialsKey="
        + (credentialsKey == null ? "generated" : "***") + ", trustedProxies=" + trustedProxies
        + ", operatorToken=" + (operatorToken == null ? "none" : "***") + "]";
  }
}
