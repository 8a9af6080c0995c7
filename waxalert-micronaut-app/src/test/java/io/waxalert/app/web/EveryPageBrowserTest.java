package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every page, signed out and signed in, with long unbroken Discogs titles: no sideways scroll at
 * phone width, one h1, labelled fields, images with alt text; a branded page for unknown addresses.
 */
@MicronautTest(transactional = false)
class EveryPageBrowserTest extends BrowserTest {

  private static final String LONG_TITLE =
      "Symphonie-Nr.5-c-Moll-Op.67-Schicksalssinfonie-Gesamtaufnahme-Remastered-Edition-" + "x".repeat(40);

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void signedOutVisitorsAreSentToSignInWhichExplainsTokens(Browser.Screen screen) {
    browser.use(screen);
    browser.open("/help");
    browser.driver.manage().deleteAllCookies();
    for (String page : List.of("/", "/alerts", "/settings", "/help")) {
      browser.open(page);
      assertThat(browser.path()).as(page).isEqualTo("/sign-in");
    }
    assertThat(browser.driver.findElements(By.id("discogs-login"))).as("no consumer key configured").isEmpty();
    assertThat(browser.byId("token-hint").getText()).contains("Developers", "Generate new token");
    assertThat(browser.driver.findElement(By.cssSelector("footer")).getText())
        .contains("Data provided by Discogs.", "not affiliated with");
    PageChecks.pageIsFine(browser, "sign-in");
    browser.screenshot("sign-in");

    FakeDiscogs.refusedToken("refused-web-token");
    browser.type("f-token", "refused-web-token");
    browser.click("token-submit");
    assertThat(browser.byId("err-f-token").getText()).contains("did not accept");
    assertThat(browser.byId("f-token").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.path()).isEqualTo("/sign-in");
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void noPageScrollsSidewaysAndEveryPagePassesTheBasicAccessibilityChecks(Browser.Screen screen) {
    browserSignIn("pages", screen);
    String bearer = bearerOfBrowser();
    long id = release(uniqueReleaseId(), LONG_TITLE, "Orchester-der-Beethovenhalle-Bonn-und-" + "y".repeat(30));
    FakeDiscogs.stats(id, "EUR", "12.50", 4);
    String entry = addByApi(bearer, "{\"release\": \"" + id + "\", \"max_price\": \"20.00\","
        + " \"location_filter\": [\"Germany\", \"Netherlands\", \"Belgium\", \"Luxembourg\"], \"min_condition\": \"VG+\"}");
    checkAllByApi(bearer);

    browser.open("/");
    browser.visible(By.cssSelector("#wanted-table tbody tr"));
    PageChecks.pageIsFine(browser, "wanted list");
    browser.open("/alerts");
    browser.visible(By.cssSelector("#alerts-table tbody tr"));
    PageChecks.pageIsFine(browser, "alerts");
    browser.open("/entries/" + entry);
    browser.visible(By.cssSelector("#chart svg.chart, #chart p"));
    browser.visible(By.cssSelector("#entry-alerts tbody tr"));
    PageChecks.pageIsFine(browser, "entry");
    browser.open("/settings");
    browser.await(d -> !browser.byId("s-email").getAttribute("value").isEmpty());
    PageChecks.pageIsFine(browser, "settings");
    browser.open("/help");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Help");
    PageChecks.pageIsFine(browser, "help");

    browser.open("/no-such-page");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    assertThat(browser.driver.getTitle()).isEqualTo("Page not found · WaxAlert");
    assertThat(browser.driver.findElement(By.linkText("Go to your wanted list")).getAttribute("href")).endsWith("/");
    PageChecks.pageIsFine(browser, "not found");
    browser.screenshot("not-found");
    browser.open("/entries/not-an-entry-id");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    PageChecks.pageIsFine(browser, "entry not found");
    // an id of no entry (deleted, or another user's): one message, no chart or alerts waiting for ever
    browser.open("/entries/00000000-0000-0000-0000-000000000000");
    assertThat(browser.visible(By.id("entry-error")).getText()).contains("no longer exists");
    browser.await(d -> !d.findElement(By.id("chart")).isDisplayed() && !d.findElement(By.id("entry-alerts")).isDisplayed());
    assertThat(browser.driver.findElements(By.cssSelector(".error")).stream().filter(WebElement::isDisplayed))
        .hasSize(1);
  }
}
