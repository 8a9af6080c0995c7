package io.waxalert.discogs;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import io.waxalert.discogs.internal.DiscogsErrorDecoder;
import io.waxalert.discogs.internal.ErrorBodies;
import io.waxalert.discogs.internal.OAuth1Header;
import io.waxalert.discogs.internal.OAuth1Signer;
import io.waxalert.discogs.internal.RawHttp;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * OAuth 1.0a sign-in: {@link #requestToken}, send the user to {@link #authorizeUrl}, then
 * {@link #accessToken} with the verifier Discogs hands back. Request tokens expire after 15 minutes.
 * Thread-safe.
 */
public final class DiscogsOAuthFlow {

  /**
   * A temporary token of the first step; {@code toString()} hides the secret.
   *
   * @param token the request token
   * @param secret its secret
   */
  public record RequestToken(String token, String secret) {
    /**
     * Validates the token.
     *
     * @param token the request token
     * @param secret its secret
     * @throws NullPointerException if either is null
     */
    public RequestToken {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
      return "RequestToken[token=" + token + ", secret=***]";
    }
  }

  private final RawHttp raw;
  private final DiscogsClientConfig config;
  private final ObjectMapper json;
  private final String consumerKey;
  private final String consumerSecret;
  private final OAuthSignatureMethod method;
  private final OAuth1Header signer;

  DiscogsOAuthFlow(RawHttp raw, DiscogsClientConfig config, ObjectMapper json, String consumerKey,
      String consumerSecret, OAuthSignatureMethod method) {
    this.raw = raw;
    this.config = config;
    this.json = json;
    this.consumerKey = Objects.requireNonNull(consumerKey, "consumerKey");
    this.consumerSecret = Objects.requireNonNull(consumerSecret, "consumerSecret");
    this.method = Objects.requireNonNull(method, "method");
    this.signer = new OAuth1Header(consumerKey, consumerSecret, method, config.clock(), config.nonceSupplier());
  }

  /**
   * Step 1: a request token; Discogs will send the user back to {@code callbackUrl}.
   *
   * @param callbackUrl where Discogs sends the user after authorizing, with the verifier
   * @return the request token; keep its secret for step 3
   * @throws DiscogsException when Discogs refuses or answers with no token
   */
  public RequestToken requestToken(String callbackUrl) {
    String url = config.apiBaseUrl() + "/oauth/request_token";
    String header = signer.sign("POST", url, null, null, List.of(Map.entry("oauth_callback", callbackUrl)));
    Map<String, String> form = post(url, header);
    return new RequestToken(required(form, "oauth_token"), required(form, "oauth_token_secret"));
  }

  /**
   * Step 2: where to send the user's browser.
   *
   * @param requestToken the token of step 1
   * @return the authorize URL on the Discogs website; no request is made
   */
  public String authorizeUrl(RequestToken requestToken) {
    return config.webBaseUrl() + "/oauth/authorize?oauth_token=" + OAuth1Signer.percentEncode(requestToken.token());
  }

  /**
   * Step 3: the access token, as credentials for a {@link DiscogsClient}.
   *
   * @param requestToken the token of step 1
   * @param verifier the {@code oauth_verifier} Discogs passed to the callback
   * @return the user's access token, signed with this flow's method
   * @throws DiscogsException when Discogs refuses (an expired or used request token) or answers
   *     with no token
   */
  public DiscogsCredentials.OAuth accessToken(RequestToken requestToken, String verifier) {
    String url = config.apiBaseUrl() + "/oauth/access_token";
    String header = signer.sign("POST", url, requestToken.token(), requestToken.secret(),
        List.of(Map.entry("oauth_verifier", verifier)));
    Map<String, String> form = post(url, header);
    return new DiscogsCredentials.OAuth(consumerKey, consumerSecret, required(form, "oauth_token"),
        required(form, "oauth_token_secret"), method);
  }

  private Map<String, String> post(String url, String authorization) {
    RawHttp.Answer answer = raw.send(Request.HttpMethod.POST, url,
        Map.of("Authorization", authorization, "Content-Type", "application/x-www-form-urlencoded",
            "Content-Length", "0"),
        new byte[0]);
    if (answer.status() != 200) {
      throw DiscogsErrorDecoder.typed(answer.status(), answer.headers(), answer.body(), "POST " + url, json,
          config);
    }
    Map<String, String> form = answer.body().strip().startsWith("<") ? Map.of() : parseForm(answer.body());
    if (form.isEmpty()) {
      throw new DiscogsUnreadableException(200, "Discogs' OAuth answer to POST " + url + " is no form: "
          + ErrorBodies.describe(answer.body()));
    }
    return form;
  }

  static Map<String, String> parseForm(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.strip().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        try {
          form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformedEscape) {
          // a pair that is not form-encoded is not one of ours; the required keys decide
        }
      }
    }
    return form;
  }

  private static String required(Map<String, String> form, String key) {
    String value = form.get(key);
    if (value == null || value.isBlank()) {
      throw new DiscogsUnreadableException(200, "Discogs' OAuth answer lacks " + key);
    }
    return value;
  }
}
