package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class DiscogsClientAuthTest {

  @BeforeEach
  void identityEndpoint() {
    stubFor(get("/oauth/identity").willReturn(okJson(Fixtures.own("identity.json"))));
  }

  @Test
  void anonymousRequestsCarryTheDefaultUserAgentAndNoAuthorization(WireMockRuntimeInfo wm) {
    TestConfigs.client(wm).identity();

    verify(getRequestedFor(urlPathEqualTo("/oauth/identity"))
        .withHeader("User-Agent", equalTo("WaxAlert/0.1.0-SNAPSHOT +https://github.com/waxalert/waxalert"))
        .withHeader("Accept", equalTo("application/vnd.discogs.v2.discogs+json"))
        .withHeader("Authorization", absent()));
  }

  @Test
  void personalTokenIsSentAsDiscogsTokenHeader(WireMockRuntimeInfo wm) {
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.personalToken("abcTOKEN123")).userAgent("WaxAlertTest/1.0 +https://example.org")
        .build());

    Identity identity = client.identity();

    assertThat(identity).isEqualTo(new Identity(31337, "wax_collector", "WaxAlert Test"));
    verify(getRequestedFor(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=abcTOKEN123"))
        .withHeader("User-Agent", equalTo("WaxAlertTest/1.0 +https://example.org")));
  }

  @Test
  void actingAsAUserSendsTheirTokenButSpendsTheSharedBudget(WireMockRuntimeInfo wm) {
    DiscogsClient shared = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.personalToken("serviceTOKEN")).build());
    DiscogsClient asUser = shared.as(DiscogsCredentials.personalToken("userTOKEN"));

    shared.identity();
    asUser.identity();

    verify(1, getRequestedFor(urlPathEqualTo("/oauth/identity")).withHeader("Authorization", equalTo("Discogs token=serviceTOKEN")));
    verify(1, getRequestedFor(urlPathEqualTo("/oauth/identity")).withHeader("Authorization", equalTo("Discogs token=userTOKEN")));
    assertThat(shared.rateLimitStats().requests()).isEqualTo(2);
    assertThat(asUser.rateLimitStats().requests()).isEqualTo(2);
  }

  @Test
  void consumerKeyAndSecretAreSentAsDiscogsKeySecretHeader(WireMockRuntimeInfo wm) {
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.consumer("myKey", "mySecret")).build());

    client.identity();

    verify(getRequestedFor(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs key=myKey, secret=mySecret")));
  }

  @Test
  void oauthPlaintextHeaderIsReproducibleWithFixedClockAndNonce(WireMockRuntimeInfo wm) {
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.oauth("ckey", "csecret", "atoken", "asecret"))
        .clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC))
        .nonceSupplier(() -> "fixednonce42")
        .build());

    client.identity();

    verify(getRequestedFor(urlPathEqualTo("/oauth/identity")).withHeader("Authorization", equalTo(
        "OAuth oauth_consumer_key=\"ckey\", oauth_nonce=\"fixednonce42\", oauth_signature_method=\"PLAINTEXT\", "
            + "oauth_timestamp=\"1700000000\", oauth_token=\"atoken\", oauth_version=\"1.0\", "
            + "oauth_signature=\"csecret&asecret\"")));
  }

  @Test
  void oauthHmacHeaderSignsTheRequestUrl(WireMockRuntimeInfo wm) {
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.oauth("ckey", "csecret", "atoken", "asecret")
            .withSignatureMethod(OAuthSignatureMethod.HMAC_SHA1))
        .clock(Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC))
        .nonceSupplier(() -> "fixednonce42")
        .build());
    stubFor(get(urlPathEqualTo("/marketplace/stats/1001")).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));

    client.marketStats(1001, io.waxalert.core.model.Currency.EUR);

    String expected = io.waxalert.discogs.internal.OAuth1Signer.percentEncode(
        io.waxalert.discogs.internal.OAuth1Signer.hmacSha1Signature(
            "GET&" + io.waxalert.discogs.internal.OAuth1Signer.percentEncode(wm.getHttpBaseUrl() + "/marketplace/stats/1001")
                + "&" + io.waxalert.discogs.internal.OAuth1Signer.percentEncode(
                    "curr_abbr=EUR&oauth_consumer_key=ckey&oauth_nonce=fixednonce42&oauth_signature_method=HMAC-SHA1"
                        + "&oauth_timestamp=1700000000&oauth_token=atoken&oauth_version=1.0"),
            "csecret", "asecret"));
    verify(getRequestedFor(urlPathEqualTo("/marketplace/stats/1001"))
        .withHeader("Authorization", equalTo(
            "OAuth oauth_consumer_key=\"ckey\", oauth_nonce=\"fixednonce42\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1700000000\", oauth_token=\"atoken\", oauth_version=\"1.0\", "
                + "oauth_signature=\"" + expected + "\"")));
  }

  @Test
  void credentialsNeverShowSecretsInToString() {
    assertThat(DiscogsCredentials.personalToken("s3cr3t").toString()).doesNotContain("s3cr3t");
    assertThat(DiscogsCredentials.consumer("k", "s3cr3t").toString()).doesNotContain("s3cr3t");
    assertThat(DiscogsCredentials.oauth("k", "s3cr3t", "t", "s3cr3t2").toString()).doesNotContain("s3cr3t");
  }

  @Test
  void budgetDefaultsTo60WithCredentialsAnd25Without() {
    assertThat(DiscogsClientConfig.defaults().requestsPerWindow()).isEqualTo(25);
    assertThat(DiscogsClientConfig.builder().credentials(DiscogsCredentials.personalToken("t")).build()
        .requestsPerWindow()).isEqualTo(60);
    assertThat(DiscogsClientConfig.builder().credentials(DiscogsCredentials.personalToken("t")).build()
        .permitInterval()).isEqualTo(java.time.Duration.ofNanos(1_020_408_164L));
  }
}
