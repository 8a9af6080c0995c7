package io.waxalert.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.discogs.OAuthSignatureMethod;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OAuth1SignerTest {

  // OAuth Core 1.0a, Appendix A.5 ("photos.example.net"): the published HMAC-SHA1 example.
  private static final String CONSUMER_KEY = "dpf43f3p2l4k3l03";
  private static final String CONSUMER_SECRET = "kd94hf93k423kf44";
  private static final String TOKEN = "nnch734d00sl2jdk";
  private static final String TOKEN_SECRET = "pfkkdhi9sl3r4s00";
  private static final String NONCE = "kllo9940pd9333jh";
  private static final long TIMESTAMP = 1191242096L;
  private static final String URL = "http://photos.example.net/photos?file=vacation.jpg&size=original";

  @Test
  void buildsThePublishedSignatureBaseString() {
    List<Map.Entry<String, String>> params = List.of(
        Map.entry("file", "vacation.jpg"), Map.entry("size", "original"),
        Map.entry("oauth_consumer_key", CONSUMER_KEY), Map.entry("oauth_token", TOKEN),
        Map.entry("oauth_signature_method", "HMAC-SHA1"), Map.entry("oauth_timestamp", Long.toString(TIMESTAMP)),
        Map.entry("oauth_nonce", NONCE), Map.entry("oauth_version", "1.0"));

    String base = OAuth1Signer.signatureBaseString("GET", URI.create(URL), params);

    assertThat(base).isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg"
        + "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh"
        + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096"
        + "%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal");
    assertThat(OAuth1Signer.hmacSha1Signature(base, CONSUMER_SECRET, TOKEN_SECRET))
        .isEqualTo("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
  }

  @Test
  void hmacHeaderCarriesThePublishedSignatureEncoded() {
    Clock clock = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP), ZoneOffset.UTC);
    OAuth1Header header = new OAuth1Header(CONSUMER_KEY, CONSUMER_SECRET, OAuthSignatureMethod.HMAC_SHA1, clock, () -> NONCE);

    String value = header.sign("GET", URL, TOKEN, TOKEN_SECRET, List.of());

    assertThat(value).startsWith("OAuth ")
        .contains("oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\"")
        .contains("oauth_signature_method=\"HMAC-SHA1\"")
        .contains("oauth_timestamp=\"1191242096\"");
  }

  @Test
  void plaintextSignatureIsBothSecretsEncodedAndJoined() {
    assertThat(OAuth1Signer.plaintextSignature("cs&1", "ts")).isEqualTo("cs%261&ts");
    assertThat(OAuth1Signer.plaintextSignature("cs", null)).isEqualTo("cs&");
  }

  @Test
  void percentEncodingFollowsRfc3986() {
    assertThat(OAuth1Signer.percentEncode("a b+c/~é*")).isEqualTo("a%20b%2Bc%2F~%C3%A9%2A");
  }

  @Test
  void baseUriDropsDefaultPortsAndQuery() {
    assertThat(OAuth1Signer.baseUri(URI.create("HTTPS://Api.Discogs.com:443/oauth/identity?x=1")))
        .isEqualTo("https://api.discogs.com/oauth/identity");
    assertThat(OAuth1Signer.baseUri(URI.create("http://localhost:8089/a"))).isEqualTo("http://localhost:8089/a");
  }
}
