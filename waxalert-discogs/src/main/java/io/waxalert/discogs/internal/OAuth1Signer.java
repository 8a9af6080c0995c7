package io.waxalert.discogs.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 5849 building blocks: percent-encoding, the signature base string and both signatures. */
public final class OAuth1Signer {

  private OAuth1Signer() {}

  /** RFC 5849 §3.6: everything but {@code ALPHA DIGIT - . _ ~} as {@code %XX} of the UTF-8 bytes. */
  public static String percentEncode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  /**
   * RFC 5849 §3.4.1: {@code METHOD&enc(base URI)&enc(sorted, encoded parameters)}.
   *
   * @param parameters decoded query, form and oauth_* parameters (without oauth_signature)
   */
  public static String signatureBaseString(String method, URI uri, List<Map.Entry<String, String>> parameters) {
    List<String[]> encoded = new ArrayList<>();
    for (Map.Entry<String, String> p : parameters) {
      encoded.add(new String[] {percentEncode(p.getKey()), percentEncode(p.getValue())});
    }
    encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    String normalized = encoded.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    return method.toUpperCase(Locale.ROOT) + "&" + percentEncode(baseUri(uri)) + "&" + percentEncode(normalized);
  }

  /** RFC 5849 §3.4.1.2: scheme and host in lower case, default ports dropped, no query or fragment. */
  static String baseUri(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
  }

  /** RFC 5849 §3.4.4: the PLAINTEXT signature, {@code enc(consumer secret)&enc(token secret)}. */
  public static String plaintextSignature(String consumerSecret, String tokenSecret) {
    return percentEncode(consumerSecret) + "&" + percentEncode(tokenSecret == null ? "" : tokenSecret);
  }

  /** RFC 5849 §3.4.2: base64 of HMAC-SHA1 over the base string, keyed with the PLAINTEXT value. */
  public static String hmacSha1Signature(String baseString, String consumerSecret, String tokenSecret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      byte[] key = plaintextSignature(consumerSecret, tokenSecret).getBytes(StandardCharsets.US_ASCII);
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is not available", e);
    }
  }

  /**
   * {@code OAuth k1="v1", k2="v2", oauth_signature="…"}: values percent-encoded in the given order,
   * the signature appended as given (the caller encodes it where needed).
   */
  public static String authorizationHeader(List<Map.Entry<String, String>> oauthParameters, String signatureValue) {
    return "OAuth " + oauthParameters.stream()
        .map(p -> percentEncode(p.getKey()) + "=\"" + percentEncode(p.getValue()) + "\"")
        .collect(Collectors.joining(", ")) + ", oauth_signature=\"" + signatureValue + "\"";
  }
}
