package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@WireMockTest
class DiscogsOAuthFlowTest {

  private static DiscogsOAuthFlow flow(WireMockRuntimeInfo wm) {
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC))
        .nonceSupplier(() -> "n0nce").build());
    return client.oauthFlow("ckey", "csecret", OAuthSignatureMethod.PLAINTEXT);
  }

  @Test
  void requestTokenStepSignsWithConsumerSecretAndCallback(WireMockRuntimeInfo wm) {
    stubFor(post("/oauth/request_token").willReturn(aResponse().withHeader("Content-Type", "application/x-www-form-urlencoded")
        .withBody("oauth_token=reqTok&oauth_token_secret=reqSec&oauth_callback_confirmed=true")));

    DiscogsOAuthFlow.RequestToken token = flow(wm).requestToken("https://waxalert.example/callback");

    assertThat(token).isEqualTo(new DiscogsOAuthFlow.RequestToken("reqTok", "reqSec"));
    verify(postRequestedFor(urlPathEqualTo("/oauth/request_token"))
        .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
        .withHeader("User-Agent", equalTo(DiscogsClientConfig.DEFAULT_USER_AGENT))
        .withHeader("Authorization", equalTo("OAuth oauth_consumer_key=\"ckey\", oauth_nonce=\"n0nce\", "
            + "oauth_signature_method=\"PLAINTEXT\", oauth_timestamp=\"1700000000\", oauth_version=\"1.0\", "
            + "oauth_callback=\"https%3A%2F%2Fwaxalert.example%2Fcallback\", oauth_signature=\"csecret&\"")));
  }

  @Test
  void authorizeUrlPointsAtTheWebsite(WireMockRuntimeInfo wm) {
    assertThat(flow(wm).authorizeUrl(new DiscogsOAuthFlow.RequestToken("reqTok", "reqSec")))
        .isEqualTo(wm.getHttpBaseUrl() + "/oauth/authorize?oauth_token=reqTok");
  }

  @Test
  void accessTokenStepExchangesTheVerifierForCredentials(WireMockRuntimeInfo wm) {
    stubFor(post("/oauth/access_token").willReturn(aResponse().withBody("oauth_token=accTok&oauth_token_secret=accSec")));

    DiscogsCredentials.OAuth credentials =
        flow(wm).accessToken(new DiscogsOAuthFlow.RequestToken("reqTok", "reqSec"), "verif1");

    assertThat(credentials.token()).isEqualTo("accTok");
    assertThat(credentials.tokenSecret()).isEqualTo("accSec");
    assertThat(credentials.consumerKey()).isEqualTo("ckey");
    verify(postRequestedFor(urlPathEqualTo("/oauth/access_token"))
        .withHeader("Authorization", containing("oauth_token=\"reqTok\""))
        .withHeader("Authorization", containing("oauth_verifier=\"verif1\""))
        .withHeader("Authorization", containing("oauth_signature=\"csecret&reqSec\"")));
  }

  @Test
  void rejectedStepIsTyped(WireMockRuntimeInfo wm) {
    stubFor(post("/oauth/access_token").willReturn(aResponse().withStatus(401)
        .withBody("{\"message\": \"Invalid consumer token.\"}")));

    assertThatThrownBy(() -> flow(wm).accessToken(new DiscogsOAuthFlow.RequestToken("a", "b"), "v"))
        // The JDK drops the body of a 401 to a streamed POST, so only the status is certain here.
        .isInstanceOfSatisfying(DiscogsUnauthorizedException.class, e -> assertThat(e.status()).isEqualTo(401));
  }
}
