package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pages and assets over plain HTTP (no browser needed): redirects, headers, escaping. */
@MicronautTest(transactional = false)
class PagesTest extends ServiceTest {

  /** A random port: application.yml fixes 8080, which another JVM on the machine may hold. */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("micronaut.server.port", "-1");
    return p;
  }

  @Test
  void signedOutVisitorsOfEveryPageAreRedirectedToSignIn() {
    for (String page : new String[] {"/", "/alerts", "/settings", "/help",
        "/entries/00000000-0000-0000-0000-000000000000"}) {
      Api.Response response = api().get(page, null);
      assertThat(response.status()).as(page).isEqualTo(303);
      assertThat(response.headers().firstValue("Location")).as(page).hasValue("/sign-in");
    }
  }

  @Test
  void aSessionFromAnotherKeyOrAGarbageCookieIsNotSignedIn() {
    Api.Response response = api().send("GET", "/", null, null, null, "Cookie", "JWT=not-a-token");
    assertThat(response.status()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/sign-in");
  }

  @Test
  void theSignInPageExplainsTokensAndOffersDiscogsOnlyWhenConfigured() {
    Api.Response page = api().get("/sign-in", null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.text()).contains("id=\"token-form\"", "https://www.discogs.com/settings/developers",
        "Generate new token", "Data provided by", "not affiliated with");
    assertThat(page.text()).doesNotContain("/auth/discogs/login");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'", "frame-ancestors 'none'");
  }

  @Test
  void aSignedInUserGetsThePagesWithNavigationAndTheirEscapedName() {
    String bearer = signIn("pages");
    for (String page : new String[] {"/", "/alerts", "/settings", "/help"}) {
      Api.Response response = api().get(page, bearer);
      assertThat(response.status()).as(page).isEqualTo(200);
      assertThat(response.text()).as(page).contains("href=\"/alerts\"", "href=\"/settings\"",
          "href=\"/help\"", "id=\"sign-out\"", "Data provided by", "/assets/app.js");
      assertThat(response.text()).as(page).containsOnlyOnce("aria-current=\"page\"");
    }
    assertThat(api().get("/sign-in", bearer).status()).as("already signed in").isEqualTo(303);
    assertThat(api().get("/entries/not-an-id", bearer).status()).isEqualTo(404);
  }

  @Test
  void assetsAreServedWithTheirTypesAndNothingElseIs() {
    Api.Response js = api().get("/assets/app.js", null);
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    assertThat(js.text()).doesNotContain("innerHTML");
    assertThat(api().get("/assets/app.css", null).headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/css");
    assertThat(api().get("/assets/favicon.svg", null).status()).isEqualTo(200);
    assertThat(api().get("/assets/missing.js", null).status()).isEqualTo(404);
    assertThat(api().get("/assets/..%2Fapplication.yml", null).status()).isEqualTo(404);
  }

  @Test
  void htmlEscapingCoversMarkupAndQuotes() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }
}
