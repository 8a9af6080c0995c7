package io.waxalert.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class OAuthSignInTest extends ServiceTest {

  @Inject
  UserStore users;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.discogs.consumer-key", "ckey");
    p.put("waxalert.discogs.consumer-secret", "csecret");
    p.put("waxalert.app-url", "http://waxalert.test");
    return p;
  }

  @Test
  void signInWithDiscogsRedirectsToAuthorizeThenSignsTheUserInOnCallback() {
    String username = uniqueName("oauth");
    var discogs = FakeDiscogs.server();
    discogs.stubFor(post(urlPathEqualTo("/oauth/request_token"))
        .withHeader("Authorization", containing("oauth_consumer_key=\"ckey\""))
        .withHeader("Authorization", matching(".*oauth_signature=\"csecret(&|%26)\".*"))
        .withHeader("Authorization", containing("oauth_callback=\"http%3A%2F%2Fwaxalert.test%2Fauth%2Fdiscogs%2Fcallback\""))
        .willReturn(aResponse().withHeader("Content-Type", "application/x-www-form-urlencoded")
            .withBody("oauth_token=rt-" + username + "&oauth_token_secret=rts&oauth_callback_confirmed=true")));
    discogs.stubFor(post(urlPathEqualTo("/oauth/access_token"))
        .withHeader("Authorization", containing("oauth_token=\"rt-" + username + "\""))
        .withHeader("Authorization", containing("oauth_verifier=\"ver\""))
        .withHeader("Authorization", matching(".*oauth_signature=\"csecret(&|%26)rts\".*"))
        .willReturn(aResponse().withBody("oauth_token=at-" + username + "&oauth_token_secret=ats")));
    discogs.stubFor(WireMock.get(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", containing("oauth_token=\"at-" + username + "\""))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody(FakeDiscogs.fixture("identity.json", Map.of("username", username)))));
    discogs.stubFor(WireMock.get(urlPathEqualTo("/users/" + username))
        .withHeader("Authorization", matching(".*oauth_signature=\"csecret(&|%26)ats\".*"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody(FakeDiscogs.fixture("user.json", Map.of("username", username, "currency", "SEK")))));

    Api.Response login = api().get("/auth/discogs/login", null);

    assertThat(login.status()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue(
        "https://www.discogs.test/oauth/authorize?oauth_token=rt-" + username);

    Api.Response callback = api().get("/auth/discogs/callback?oauth_token=rt-" + username
        + "&oauth_verifier=ver", null);

    assertThat(callback.status()).as(callback.toString()).isEqualTo(303);
    assertThat(callback.headers().firstValue("Location")).hasValue("/");
    String cookie = callback.cookies().get(0).split(";")[0];
    assertThat(api().send("GET", "/api/me", null, null, null, "Cookie", cookie).json()
        .path("username").asText()).isEqualTo(username);
    assertThat(users.findByUsername(username).orElseThrow().currency().name()).isEqualTo("SEK");
  }

  @Test
  void callbackWithAnUnknownRequestTokenIsRefused() {
    Api.Response callback = api().get("/auth/discogs/callback?oauth_token=never-issued&oauth_verifier=v", null);

    assertThat(callback.status()).isEqualTo(400);
    assertThat(callback.json().path("field").asText()).isEqualTo("oauth_token");
    assertThat(callback.cookies()).isEmpty();
  }
}
