package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.ServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages and assets over plain HTTP (no browser needed): redirects, headers, escaping. */
@MicronautTest(transactional = false)
class PagesTest extends ServiceTest {

  /** What Chromium sends when it navigates to a page. */
  static final String BROWSER_ACCEPT =
      "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

  /** A random port: application.yml fixes 8080, which another JVM on the machine may hold. */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("micronaut.server.port", "-1");
    return p;
  }

  @Test
  void signedOutVisitorsOfEveryPageAreRedirectedToSignIn() {
    for (String page : new String[] {"/", "/alerts", "/settings", "/help", "/sellers", "/bundles",
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
    for (String page : new String[] {"/", "/alerts", "/settings", "/help", "/sellers", "/bundles"}) {
      Api.Response response = api().get(page, bearer);
      assertThat(response.status()).as(page).isEqualTo(200);
      assertThat(response.text()).as(page).contains("href=\"/alerts\"", "href=\"/settings\"",
          "href=\"/help\"", "id=\"sign-out\"", "Data provided by", "/assets/core.js?v=");
      assertThat(response.text()).as(page).containsOnlyOnce("aria-current=\"page\"");
    }
    assertThat(api().get("/sign-in", bearer).status()).as("already signed in").isEqualTo(303);
  }

  @Test
  void assetsAreServedWithTheirTypesAndNothingElseIs() {
    Api.Response js = api().get("/assets/core.js", null);
    assertThat(js.status()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type").orElse("")).matches("(text|application)/javascript.*");
    assertThat(js.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(api().get("/assets/app.css", null).headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/css");
    assertThat(api().get("/assets/favicon.svg", null).headers().firstValue("Content-Type").orElse(""))
        .startsWith("image/svg+xml");
    assertThat(api().get("/assets/missing.js", null).status()).isEqualTo(404);
    assertThat(api().get("/assets/..%2Fapplication.yml", null).status()).isEqualTo(404);
    assertThat(api().get("/assets/../application.yml", null).status()).isEqualTo(404);
  }

  @Test
  void noScriptWritesMarkupFromStrings() {
    for (String script : new String[] {"core.js", "criteria.js", "add.js", "wanted-view.js", "bulk.js",
        "wanted.js", "alerts-table.js", "alerts.js", "chart.js", "entry.js", "settings.js", "signin.js",
        "sellers.js", "bundles.js"}) {
      Api.Response js = api().get("/assets/" + script, null);
      assertThat(js.status()).as(script).isEqualTo(200);
      assertThat(js.text()).as(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
    }
  }

  @Test
  void pagesLinkFingerprintedAssetsThatMayBeCachedForAYearWhileOtherVersionsAreRevalidated() {
    String page = api().get("/sign-in", null).text();
    Matcher link = Pattern.compile("href=\"(/assets/app\\.css\\?v=[0-9a-f]{12})\"").matcher(page);
    assertThat(link.find()).as("fingerprinted stylesheet link in %s", page).isTrue();
    Api.Response css = api().get(link.group(1), null);
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    Instant expires = ZonedDateTime.parse(css.headers().firstValue("Expires").orElseThrow(),
        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    assertThat(expires).isAfter(Instant.now().plus(Duration.ofDays(300)));
    assertThat(api().get("/assets/app.css?v=000000000000", null).headers().firstValue("Cache-Control"))
        .as("an old fingerprint").hasValue("no-cache");
    Api.Response unversioned = api().get("/assets/app.css", null);
    assertThat(unversioned.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(unversioned.headers().firstValue("Expires")).hasValue("Thu, 1 Jan 1970 00:00:00 GMT");
    assertThat(page).containsPattern("<script src=\"/assets/core\\.js\\?v=[0-9a-f]{12}\" defer></script>");
  }

  @Test
  void anUnknownPageIsABrandedNotFoundPageWhileTheApiAnswersJson() {
    Api.Response page = api().send("GET", "/no-such-page", null, null, null, "Accept", BROWSER_ACCEPT);
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.text()).contains("<h1>Page not found</h1>", "WaxAlert", "href=\"/\"", "Data provided by");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    Api.Response api = api().send("GET", "/api/no-such-route", signIn("notfound"), null, null, "Accept", BROWSER_ACCEPT);
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(api.json().path("message").asText()).isNotBlank();

    Api.Response script = api().send("GET", "/no-such-page", null, null, null, "Accept", "application/json");
    assertThat(script.status()).isEqualTo(404);
    assertThat(script.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
  }

  @Test
  void anEntryAddressThatCannotBeAnEntryIsTheNotFoundPage() {
    Api.Response page = api().send("GET", "/entries/not-an-id", signIn("badentry"), null, null, "Accept", BROWSER_ACCEPT);
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.text()).contains("<h1>Page not found</h1>", "id=\"sign-out\"");
  }

}
