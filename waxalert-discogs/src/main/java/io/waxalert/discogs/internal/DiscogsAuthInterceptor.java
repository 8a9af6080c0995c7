package io.waxalert.discogs.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsCredentials;
import java.util.List;

/** Adds User-Agent, Accept and the Authorization header of the configured credentials to API calls. */
public final class DiscogsAuthInterceptor implements RequestInterceptor {

  static final String ACCEPT = "application/vnd.discogs.v2.discogs+json";

  private final DiscogsClientConfig config;
  private final OAuth1Header oauthHeader;

  public DiscogsAuthInterceptor(DiscogsClientConfig config) {
    this.config = config;
    this.oauthHeader = config.credentials() instanceof DiscogsCredentials.OAuth o
        ? new OAuth1Header(o.consumerKey(), o.consumerSecret(), o.signatureMethod(), config.clock(), config.nonceSupplier())
        : null;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.header("User-Agent", config.userAgent());
    template.header("Accept", ACCEPT);
    String authorization = authorization(template);
    if (authorization != null) {
      template.header("Authorization", authorization);
    }
  }

  private String authorization(RequestTemplate template) {
    DiscogsCredentials credentials = config.credentials();
    if (credentials instanceof DiscogsCredentials.PersonalToken t) {
      return "Discogs token=" + t.token();
    }
    if (credentials instanceof DiscogsCredentials.Consumer c) {
      return "Discogs key=" + c.key() + ", secret=" + c.secret();
    }
    if (credentials instanceof DiscogsCredentials.OAuth o) {
      // Interceptors run before the target URL is applied, so the template holds a relative URL.
      String url = template.url().startsWith("http") ? template.url() : template.feignTarget().url() + template.url();
      return oauthHeader.sign(template.method(), url, o.token(), o.tokenSecret(), List.of());
    }
    return null;
  }
}
