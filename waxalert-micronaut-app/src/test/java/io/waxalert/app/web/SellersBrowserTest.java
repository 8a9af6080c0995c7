package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.support.FakeInventories;
import io.waxalert.app.support.FakeInventories.Item;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Issue 14 in the browser: follow and unfollow on the Sellers page, the bundle with its links, at both sizes. */
@MicronautTest(transactional = false)
class SellersBrowserTest extends BrowserTest {

  @Inject
  SellerChecks checks;

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void aCollectorFollowsAShopSeesItsStatusAndTheBundleItMakesThenUnfollows(Browser.Screen screen) {
    browserSignIn("shopper", screen);
    String bearer = bearerOfBrowser();
    long a = release(uniqueReleaseId(), "Night Shift", "Example Band");
    long b = release(uniqueReleaseId(), "Day Shift", "Example Band");
    addByApi(bearer, "{\"release\": \"" + a + "\", \"max_price\": \"20.00\"}");
    addByApi(bearer, "{\"release\": \"" + b + "\", \"max_price\": \"20.00\"}");
    String seller = uniqueName("RecordShop");
    FakeInventories.list(seller, List.of(Item.of(5_980_001, a, "12.00"), Item.of(5_980_002, b, "8.00")));

    browser.open("/sellers");
    browser.visible(By.cssSelector("#sellers[aria-busy=false]"));
    browser.type("f-username", "two words");
    browser.click("follow-submit");
    assertThat(browser.visible(By.id("err-f-username")).getText()).contains("Discogs username");
    browser.type("f-username", seller);
    browser.click("follow-submit");
    assertThat(toast()).contains("You follow " + seller);
    // the shop's link pasted names the same seller; the refusal is the service's sentence
    browser.type("f-username", "https://www.discogs.com/seller/" + seller + "/profile");
    browser.click("follow-submit");
    assertThat(browser.visible(By.id("err-f-username")).getText()).isEqualTo("You already follow " + seller + ".");
    WebElement row = browser.visible(By.cssSelector("#sellers-table tbody tr"));
    assertThat(row.getText()).contains(seller, "Reading", "never");
    PageChecks.pageIsFine(browser, "sellers");
    browser.screenshot("sellers");

    checks.check(seller);
    browser.open("/sellers");
    assertThat(browser.visible(By.cssSelector("#sellers-table tbody tr")).getText()).contains("OK", "2 listings");

    browser.open("/bundles");
    WebElement bundle = browser.visible(By.cssSelector("#bundles .bundle"));
    assertThat(bundle.getText()).contains(seller, "2 wants", "Ships from Germany", "20.00 EUR");
    assertThat(bundle.findElements(By.cssSelector("a.listing-link")).stream().map(l -> l.getAttribute("href")))
        .containsExactlyInAnyOrder("https://www.discogs.test/sell/item/5980001",
            "https://www.discogs.test/sell/item/5980002");
    PageChecks.pageIsFine(browser, "bundles");
    browser.screenshot("bundles");

    browser.open("/sellers");
    browser.click(browser.visible(By.cssSelector("#sellers-table button.danger")));
    browser.click("confirm-ok");
    browser.visible(By.cssSelector("#sellers .empty"));
    browser.open("/bundles");
    assertThat(browser.visible(By.cssSelector("#bundles .empty")).getText()).contains("Follow the shops");
  }
}
