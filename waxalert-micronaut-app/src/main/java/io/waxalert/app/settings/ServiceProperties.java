package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * {@code waxalert.*} itself: where the service is reached and keeps its files.
 *
 * @param appUrl the service's own base URL, for links in mails and messages
 * @param dataDir the H2 file and generated secrets
 * @param credentialsKey base64 AES-256 key of the stored Discogs credentials; none: the key
 *     generated into the data folder. Never shown by {@link #toString()}.
 */
@Context
@ConfigurationProperties("waxalert")
public record ServiceProperties(
    @HttpUrl(property = "waxalert.app-url") String appUrl,
    @NotBlank(message = "waxalert.data-dir must not be empty") String dataDir,
    @Nullable String credentialsKey) {

  public ServiceProperties {
    appUrl = appUrl != null && appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
  }

  @Override
  public String toString() {
    return "ServiceProperties[appUrl=" + appUrl + ", dataDir=" + dataDir + ", credentialsKey="
        + (credentialsKey == null || credentialsKey.isBlank() ? "generated" : "***") + "]";
  }
}
