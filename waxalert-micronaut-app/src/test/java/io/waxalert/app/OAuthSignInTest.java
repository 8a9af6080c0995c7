package io.waxalert.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.micronaut.core.annotation.Nullable;
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

  /** Discogs' side of the OAuth dance for {@code username}: request token rt-…, access token at-…. */
  private static void discogsAuthorises(String username) {
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
  }

  private Api.Response callback(String username, @Nullable String pendingCookie) {
    String path = "/auth/discogs/callback?oauth_token=rt-" + username + "&oauth_verifier=ver";
    return pendingCookie == null ? api().get(path, null)
        : api().send("GET", path, null, null, null, "Cookie", pendingCookie);
  }

  private static String pendingCookie(Api.Response login) {
    return login.cookies().stream().filter(c -> c.startsWith("waxalert_oauth=")).findFirst()
        .orElseThrow().split(";")[0];
  }

  @Test
  void signInWithDiscogsRedirectsToAuthorizeThenSignsTheUserInOnCallback() {
    String username = uniqueName("oauth");
    discogsAuthorises(username);

    Api.Response login = api().get("/auth/discogs/login", null);

    assertThat(login.status()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue(
        "https://www.discogs.test/oauth/authorize?oauth_token=rt-" + username);
    assertThat(login.cookies()).singleElement().satisfies(c -> assertThat(c)
        .startsWith("waxalert_oauth=").containsIgnoringCase("HttpOnly").contains("Path=/auth/discogs")
        .doesNotContain("rts"));

    Api.Response callback = callback(username, pendingCookie(login));

    assertThat(callback.status()).as(callback.toString()).isEqualTo(303);
    assertThat(callback.headers().firstValue("Location")).hasValue("/");
    String session = callback.cookies().stream().filter(c -> c.startsWith("JWT=")).findFirst()
        .orElseThrow().split(";")[0];
    assertThat(callback.cookies()).anySatisfy(c -> assertThat(c).startsWith("waxalert_oauth=").contains("Max-Age=0"));
    assertThat(api().send("GET", "/api/me", null, null, null, "Cookie", session).json()
        .path("username").asText()).isEqualTo(username);
    assertThat(users.findByUsername(username).orElseThrow().currency().name()).isEqualTo("SEK");
  }

  @Test
  void callbackInABrowserThatDidNotStartTheSignInIsRefused() {
    String username = uniqueName("oauth");
    discogsAuthorises(username);
    String otherSignIn = uniqueName("oauth");
    discogsAuthorises(otherSignIn);
    api().get("/auth/discogs/login", null);
    String cookieOfAnotherSignIn = pendingCookie(api().get("/auth/discogs/login", null));
    String tampered = cookieOfAnotherSignIn.substring(0, cookieOfAnotherSignIn.length() - 2) + "xx";

    for (String cookie : new String[] {null, cookieOfAnotherSignIn, tampered}) {
      Api.Response callback = callback(username, cookie);

      assertThat(callback.status()).as(String.valueOf(cookie)).isEqualTo(400);
      assertThat(callback.json().path("field").asText()).isEqualTo("oauth_token");
      assertThat(callback.cookies()).noneSatisfy(c -> assertThat(c).startsWith("JWT="));
    }
    assertThat(users.findByUsername(username)).isEmpty();
  }

  @Test
  void callbackWithAnUnknownRequestTokenIsRefused() {
    Api.Response callback = api().get("/auth/discogs/callback?oauth_token=never-issued&oauth_verifier=v", null);

    assertThat(callback.status()).isEqualTo(400);
    assertThat(callback.json().path("field").asText()).isEqualTo("oauth_token");
    assertThat(callback.cookies()).isEmpty();
  }
}
