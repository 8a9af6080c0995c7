package io.waxalert.discogs.internal;

import io.waxalert.core.Nullable;
import io.waxalert.discogs.OAuthSignatureMethod;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Builds the {@code Authorization: OAuth …} header of one request; clock and nonce are injected. */
public final class OAuth1Header {

  private final String consumerKey;
  private final String consumerSecret;
  private final OAuthSignatureMethod method;
  private final Clock clock;
  private final Supplier<String> nonces;

  public OAuth1Header(
      String consumerKey, String consumerSecret, OAuthSignatureMethod method, Clock clock, Supplier<String> nonces) {
    this.consumerKey = consumerKey;
    this.consumerSecret = consumerSecret;
    this.method = method;
    this.clock = clock;
    this.nonces = nonces;
  }

  /**
   * The header value for {@code httpMethod url}.
   *
   * @param token the request or access token, null for the request-token step
   * @param extra further oauth_* parameters such as oauth_callback or oauth_verifier
   */
  public String sign(
      String httpMethod, String url, @Nullable String token, @Nullable String tokenSecret,
      List<Map.Entry<String, String>> extra) {
    List<Map.Entry<String, String>> oauth = new ArrayList<>();
    oauth.add(Map.entry("oauth_consumer_key", consumerKey));
    oauth.add(Map.entry("oauth_nonce", nonces.get()));
    oauth.add(Map.entry("oauth_signature_method", method.oauthName()));
    oauth.add(Map.entry("oauth_timestamp", Long.toString(clock.instant().getEpochSecond())));
    if (token != null) {
      oauth.add(Map.entry("oauth_token", token));
    }
    oauth.add(Map.entry("oauth_version", "1.0"));
    oauth.addAll(extra);
    String signature;
    if (method == OAuthSignatureMethod.PLAINTEXT) {
      // Already "enc(secret)&enc(secret)"; sent with a literal '&' as Discogs' docs show it.
      signature = OAuth1Signer.plaintextSignature(consumerSecret, tokenSecret);
    } else {
      URI uri = URI.create(url);
      List<Map.Entry<String, String>> all = new ArrayList<>(oauth);
      all.addAll(queryParameters(uri));
      signature = OAuth1Signer.percentEncode(OAuth1Signer.hmacSha1Signature(
          OAuth1Signer.signatureBaseString(httpMethod, uri, all), consumerSecret, tokenSecret));
    }
    return OAuth1Signer.authorizationHeader(oauth, signature);
  }

  static List<Map.Entry<String, String>> queryParameters(URI uri) {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    String query = uri.getRawQuery();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.add(Map.entry(decode(key), decode(value)));
    }
    return params;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
