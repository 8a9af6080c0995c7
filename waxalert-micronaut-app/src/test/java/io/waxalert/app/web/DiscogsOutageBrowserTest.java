package io.waxalert.app.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Discogs down (the fake closes the connection or answers 503): every page says that Discogs did
 * not answer, never that what the collector typed was wrong, and a check that could not be made is
 * a failure.
 */
@MicronautTest(transactional = false)
class DiscogsOutageBrowserTest extends BrowserTest {

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void aDiscogsOutageAtSignInDoesNotMarkTheTokenAsWrong(Browser.Screen screen) {
    String token = "tok-" + uniqueName("down");
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=" + token))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    String unavailable = "tok-" + uniqueName("unavailable");
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/oauth/identity"))
        .withHeader("Authorization", equalTo("Discogs token=" + unavailable))
        .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
    browser.use(screen);
    browser.open("/sign-in");
    browser.driver.manage().deleteAllCookies();
    browser.open("/sign-in");

    for (String attempt : new String[] {token, unavailable}) {
      browser.type("f-token", attempt);
      browser.click("token-submit");
      browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("token-form-error"), "Discogs did not answer"));
      assertThat(browser.byId("token-form-error").getText()).isEqualTo("Discogs did not answer; try again in a minute.");
      assertThat(browser.byId("f-token").getAttribute("aria-invalid")).isNull();
      assertThat(browser.driver.findElements(By.id("err-f-token"))).isEmpty();
      assertThat(browser.path()).isEqualTo("/sign-in");
      assertThat(browser.byId("token-submit").isEnabled()).isTrue();
    }
    PageChecks.pageIsFine(browser, "sign-in with Discogs down");
    browser.screenshot("sign-in-outage");
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void lookupSearchAddAndCheckSayThatDiscogsDidNotAnswer(Browser.Screen screen) {
    browserSignIn("outage", screen);
    long working = release(null);
    FakeDiscogs.statsFailing(working);
    browser.click("add-open");
    browser.type("f-release", String.valueOf(working));
    browser.click("add-save");
    row();

    long down = uniqueReleaseId();
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/releases/" + down))
        .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/database/search")).withQueryParam("q", equalTo("down for everyone"))
        .willReturn(aResponse().withStatus(503).withBody("<html>Service Unavailable</html>")));
    browser.click("add-open");
    browser.type("f-release", String.valueOf(down));
    browser.click("lookup");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#add-form .form-error"), "Discogs did not answer"));
    assertThat(browser.byId("f-release").getAttribute("aria-invalid")).isNull();
    browser.click("add-save");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#add-form .form-error"), "Discogs did not answer"));
    assertThat(browser.byId("f-release").getAttribute("aria-invalid")).isNull();
    assertThat(browser.byId("add-dialog").getText()).doesNotContain("http", "502", "release:");

    openDetails("details.search summary");
    browser.type("f-search", "down for everyone");
    browser.click("search");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("search-results"), "Discogs did not answer"));
    assertThat(browser.byId("f-search").getAttribute("aria-invalid")).isNull();
    browser.click("add-cancel");

    browser.click("check-now");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "The check failed"));
    assertThat(browser.byId("check-status").getAttribute("class")).contains("error");
    assertThat(rows()).hasSize(1);
    PageChecks.pageIsFine(browser, "wanted list with Discogs down");
  }
}
