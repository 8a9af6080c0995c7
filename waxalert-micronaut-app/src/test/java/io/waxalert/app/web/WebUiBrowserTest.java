package io.waxalert.app.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The collector's flows in a real browser (headless Chromium), at 1366×768 and at 390×844:
 * adding by URL and by search, editing, pausing, checking, deleting with undo, errors in the
 * collector's words, settings, and escaping of Discogs content.
 */
@MicronautTest(transactional = false)
class WebUiBrowserTest extends BrowserTest {

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void aCollectorAddsEditsPausesChecksAndDeletesAReleaseAndUndoesTheDelete(Browser.Screen screen) {
    browserSignIn("web", screen);
    long id = release(null);
    FakeDiscogs.stats(id, "EUR", "12.50", 4);

    // add by URL: the dialog shows the release and its market before saving, every criterion, and its save button
    browser.click("add-open");
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-release");
    browser.type("f-release", "https://www.discogs.com/release/" + id + "-Rick-Astley-Never-Gonna-Give-You-Up");
    browser.click("lookup");
    assertThat(browser.byId("preview-title").getText()).isEqualTo("Never Gonna Give You Up");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-price"), "12.50 EUR"));
    assertThat(browser.byId("preview-price").getText()).contains("4 for sale");
    assertThat(new Select(browser.byId("f-max_price_currency")).getFirstSelectedOption().getText()).isEqualTo("EUR");
    assertSaveButtonInView("add-save");
    browser.type("f-max_price", "25");
    new Select(browser.byId("f-min_condition")).selectByValue("VG+");
    openDetails("#add-dialog details.more summary");
    for (String criterion : List.of("f-price_basis", "f-unknown_shipping", "f-location_filter", "f-location_exclude",
        "f-min_seller_rating", "f-min_seller_feedback", "f-blocked_sellers", "f-underpriced_percentage",
        "f-min_sleeve_condition")) {
      assertThat(browser.driver.findElements(By.id(criterion))).as(criterion).hasSize(1);
    }
    assertThat(browser.byId("f-unknown_shipping").isEnabled()).as("only with item plus shipping").isFalse();
    browser.type("f-location_exclude", "United States");
    browser.type("f-min_seller_feedback", "50");
    browser.type("f-blocked_sellers", "bad-seller");
    PageChecks.pageIsFine(browser, "add dialog");
    assertSaveButtonInView("add-save");
    browser.screenshot("add-dialog");
    browser.click("add-save");

    // the new row: its first check is pending, the price the lookup showed, no "Monitoring" yet
    WebElement row = row();
    assertThat(row.getText()).contains("Rick Astley – Never Gonna Give You Up", "1987", "Vinyl, 7\"",
        "≤ 25.00 EUR", "media ≥ VG+", "First check pending", "12.50 EUR", "when added, before the first check")
        .doesNotContain("Monitoring", "never");
    assertThat(row.findElement(By.cssSelector("a.release-link")).getAttribute("href"))
        .isEqualTo("https://www.discogs.test/release/" + id);
    assertThat(toast()).contains("Added Rick Astley – Never Gonna Give You Up");
    assertCriteriaKeptOrReported(bearerOfBrowser(), row.getAttribute("data-entry-id"),
        Map.of("location_exclude", "countries never to ship from", "min_seller_feedback", "minimum number of seller ratings",
            "blocked_sellers", "list of ignored sellers"));

    // edit the criteria: a confirmation, and the focus back on the row's Edit button
    browser.click(row().findElement(By.cssSelector("button.edit")));
    assertThat(browser.byId("f-max_price").getAttribute("value")).isEqualTo("25.00");
    browser.type("f-max_price", "19,50"); // a decimal comma, as a European collector types it
    openDetails("#edit-dialog details.more summary");
    browser.type("f-location_filter", "Germany, Netherlands");
    assertSaveButtonInView("edit-save");
    browser.click("edit-save");
    browser.await(d -> row().getText().contains("≤ 19.50 EUR"));
    browser.await(d -> "edit".equals(d.switchTo().activeElement().getAttribute("class")));
    assertThat(row().getText()).contains("from Germany, Netherlands");
    assertThat(toast()).contains("Saved the criteria of Rick Astley – Never Gonna Give You Up.");

    // pause: only "Paused", then resume
    browser.click(row().findElement(By.cssSelector("button.toggle")));
    browser.await(d -> row().getText().contains("Paused"));
    assertThat(row().findElement(By.cssSelector(".c-status")).getText()).isEqualTo("Paused");
    assertThat(toast()).contains("Paused Rick Astley");
    assertThat(row().findElement(By.cssSelector("button.toggle")).getText()).isEqualTo("Resume");
    browser.click(row().findElement(By.cssSelector("button.toggle")));
    browser.await(d -> row().findElement(By.cssSelector("button.toggle")).getText().equals("Pause"));

    // check now: progress while Discogs answers slowly, then the counts and the status in the table
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/marketplace/stats/" + id)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withFixedDelay(1500)
        .withBody(FakeDiscogs.fixture("stats.json", Map.of("currency", "EUR", "price", "12.50", "count", 4)))));
    browser.click("check-now");
    assertThat(browser.byId("check-now").getText()).isEqualTo("Checking…");
    assertThat(browser.byId("check-now").isEnabled()).isFalse();
    assertThat(browser.byId("check-status").getText()).contains("Checking your wanted list");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "Check finished"));
    assertThat(browser.byId("check-status").getText()).contains("1 checked", "1 matched", "0 failed");
    assertThat(browser.byId("check-status").getAttribute("class")).contains("done");
    browser.await(d -> !row().findElements(By.cssSelector("[data-status=price_matched]")).isEmpty());
    assertThat(row().getText()).contains("Price matched", "12.50 EUR", "4 for sale", "Last alert").doesNotContain("Monitoring");
    assertThat(browser.byId("check-now").getText()).isEqualTo("Check now");
    PageChecks.pageIsFine(browser, "wanted list");
    browser.screenshot("wanted-list");

    // a maximum below the lowest price is judged again at once against that check: no stale "Price matched"
    browser.click(row().findElement(By.cssSelector("button.edit")));
    browser.type("f-max_price", "10");
    browser.click("edit-save");
    browser.await(d -> row().getText().contains("≤ 10.00 EUR"));
    assertThat(row().findElement(By.cssSelector(".c-status")).getText()).startsWith("Monitoring").doesNotContain("Price matched");
    assertThat(toast()).contains("Against its last check it is now: Monitoring.");

    // delete, with confirmation, then undo: the same entry is back with its criteria and history
    String entryId = row().getAttribute("data-entry-id");
    browser.click(row().findElement(By.cssSelector("button.delete")));
    assertThat(browser.byId("confirm-title").getText()).contains("Delete");
    assertThat(browser.byId("confirm-text").getText()).contains("You can undo this for 10 minutes");
    browser.click("confirm-ok");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("wanted"), "Your wanted list is empty."));
    assertThat(toast()).contains("Deleted Rick Astley – Never Gonna Give You Up.");
    browser.click("toast-undo");
    browser.await(d -> !rows().isEmpty());
    assertThat(row().getText()).contains("Never Gonna Give You Up", "≤ 10.00 EUR", "media ≥ VG+", "from Germany, Netherlands");
    assertThat(toast()).contains("back on your wanted list, with its criteria and alert history");
    assertThat(row().getAttribute("data-entry-id")).as("the same entry, not a copy").isEqualTo(entryId);
    assertThat(row().getText()).contains("Monitoring", "12.50 EUR", "Last alert");
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void aReleaseFoundBySearchIsAddedAndACheckThatFailedEverywhereIsShownAsAFailure(Browser.Screen screen) {
    browserSignIn("search", screen);
    FakeDiscogs.search("never gonna web");
    FakeDiscogs.release(249504);

    // the dialog opens from the keyboard, takes the focus and gives it back on Escape
    WebElement open = browser.byId("add-open");
    open.sendKeys(Keys.ENTER);
    browser.byId("add-dialog");
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-release");
    browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("add-dialog")));
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("add-open");

    browser.click(open);
    openDetails("details.search summary");
    browser.type("f-search", "never gonna web");
    browser.click("search");
    WebElement hit = browser.visible(By.cssSelector("#search-results button"));
    assertThat(hit.getText()).contains("Rick Astley - Never Gonna Give You Up (1987)");
    browser.click(hit);
    browser.await(d -> "249504".equals(browser.byId("f-release").getAttribute("value")));
    assertThat(browser.byId("preview-title").getText()).isEqualTo("Never Gonna Give You Up");

    // a release whose market cannot be read: every check fails, and the page says so in red
    long id = release(null);
    FakeDiscogs.statsFailing(id);
    browser.type("f-release", String.valueOf(id));
    browser.click("add-save");
    row();
    browser.click("check-now");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "The check failed"));
    assertThat(browser.byId("check-status").getText()).contains("1 checked", "1 failed", "does not mean nothing is for sale");
    assertThat(browser.byId("check-status").getAttribute("class")).contains("error").doesNotContain("done");
    browser.await(d -> !row().findElements(By.cssSelector("[data-status=check_failed]")).isEmpty());
    assertThat(row().getText()).contains("Check failed", "does not mean nothing is for sale").doesNotContain("http");
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void apiErrorsAreShownInTheCollectorsWordsNextToTheFieldTheyConcern(Browser.Screen screen) {
    browserSignIn("errors", screen);
    long unknown = uniqueReleaseId();
    FakeDiscogs.unknownRelease(unknown);
    browser.click("add-open");
    browser.type("f-release", String.valueOf(unknown));
    browser.click("add-save");
    assertThat(browser.byId("err-f-release").getText()).isEqualTo("Discogs has no release or master with this number. Check the link or id.");
    assertThat(browser.byId("f-release").getAttribute("aria-describedby")).contains("err-f-release");

    browser.type("f-release", "not a release at all");
    browser.click("add-save");
    assertThat(browser.byId("err-f-release").getText()).startsWith("Paste a Discogs release or master link");

    long id = release(null);
    FakeDiscogs.stats(id, "EUR", "9.00", 1);
    browser.type("f-release", String.valueOf(id));
    browser.type("f-underpriced_percentage", "150");
    browser.click("add-save");
    assertThat(browser.byId("err-f-underpriced_percentage").getText())
        .isEqualTo("The underpriced percentage must be between 1 and 99.");
    assertThat(browser.driver.findElements(By.id("err-f-release"))).isEmpty();

    browser.type("f-underpriced_percentage", "30");
    browser.type("f-max_price", "-5");
    browser.click("add-save");
    assertThat(browser.byId("err-f-max_price").getText()).isEqualTo("The maximum price must be greater than 0.");

    browser.byId("f-max_price").clear();
    browser.click("add-save");
    row();
    browser.click("add-open");
    browser.type("f-release", "[r" + id + "]");
    browser.click("add-save");
    assertThat(browser.byId("err-f-release").getText()).isEqualTo("That release is already on your wanted list.");
    PageChecks.pageIsFine(browser, "add dialog with errors");
    browser.click("add-cancel");
    browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("add-dialog")));
  }

  @Test
  void discogsContentIsShownAsTextNeverAsMarkup() {
    browserSignIn("escape", Browser.Screen.DESKTOP);
    String evil = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"><b>bold</b>";
    long id = release(evil);
    browser.click("add-open");
    browser.type("f-release", String.valueOf(id));
    browser.click("lookup");
    assertThat(browser.byId("preview-title").getText()).isEqualTo(evil);
    browser.click("add-save");
    WebElement row = row();
    assertThat(row.findElement(By.cssSelector(".c-release .title")).getText()).isEqualTo(evil);
    assertThat(row.findElements(By.cssSelector(".c-release script, .c-release img, .c-release b"))).isEmpty();
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void settingsImportTheWantlistExplainBadValuesAndSignOutEndsTheSession(Browser.Screen screen) {
    String username = browserSignIn("settings", screen);
    FakeDiscogs.wantlist(username, uniqueReleaseId(), uniqueReleaseId());
    browser.click(browser.driver.findElement(By.linkText("Settings")));
    // watching at once without a price or a condition is refused at the field: every offer would alert
    browser.click("i-mode-criteria");
    browser.click("import");
    assertThat(browser.byId("err-i-max_price").getText()).contains("Set a maximum price or a condition");
    browser.click("i-mode-paused");
    assertThat(browser.byId("i-max_price").isEnabled()).isFalse();
    browser.click("import");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Imported 2"));
    assertThat(browser.byId("import-status").getText()).contains("They are paused");
    assertThat(browser.byId("export-csv").getAttribute("href")).endsWith("/api/wanted-list/export?format=csv");
    assertThat(browser.byId("export-json").getAttribute("href")).endsWith("/api/wanted-list/export?format=json");

    browser.await(d -> !browser.byId("s-email").getAttribute("value").isEmpty());
    browser.type("s-webhook_url", "ftp://example.com/hook");
    browser.click("settings-save");
    assertThat(browser.byId("err-s-webhook_url").getText()).startsWith("The webhook address").doesNotContain("webhook_url");
    browser.type("s-webhook_url", "");
    browser.type("s-telegram_chat_id", "my group");
    browser.click("settings-save");
    assertThat(browser.byId("err-s-telegram_chat_id").getText()).startsWith("The Telegram chat id")
        .contains("numeric Telegram chat id");

    browser.type("s-webhook_url", "https://hooks.example.com/waxalert");
    browser.type("s-telegram_chat_id", "@waxalert_alerts");
    browser.type("s-blocked_sellers", "shady-seller");
    browser.click("settings-save");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-status"), "Settings saved."));
    PageChecks.pageIsFine(browser, "settings");
    browser.screenshot("settings");
    browser.open("/settings");
    browser.await(d -> "shady-seller".equals(browser.byId("s-blocked_sellers").getAttribute("value")));
    assertThat(browser.byId("s-telegram_chat_id").getAttribute("value")).isEqualTo("@waxalert_alerts");

    browser.click(browser.driver.findElement(By.linkText("Wanted list")));
    browser.await(d -> rows().size() == 2);
    assertThat(browser.byId("wanted").getText()).contains("New Order – Blue Monday");
    assertThat(rows()).allSatisfy(r -> assertThat(r.getText()).contains("Paused").doesNotContain("Monitoring"));

    browser.click("sign-out");
    browser.await(d -> browser.path().equals("/sign-in"));
    browser.open("/");
    assertThat(browser.path()).isEqualTo("/sign-in");
  }

  // ---------- helpers ----------

  /** The save button is on screen and not covered, without scrolling the dialog. */
  private void assertSaveButtonInView(String id) {
    Object inView = browser.script("var b = document.getElementById(arguments[0]); var r = b.getBoundingClientRect();"
        + "var el = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
        + "return r.top >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth && (el === b || b.contains(el));", id);
    assertThat(inView).as("%s visible without scrolling at %s", id, browser.screen()).isEqualTo(true);
  }

  /**
   * Every criterion the collector set is either kept by the service (the entry carries it) or named
   * in the warning the page showed: the page never pretends a criterion is in use.
   */
  private void assertCriteriaKeptOrReported(String bearer, String entryId, Map<String, String> criteria) {
    JsonNode entry = api().get("/api/wanted-list/" + entryId, bearer).json();
    List<String> warnings = browser.driver.findElements(By.cssSelector("#toasts .toast.warn .toast-text")).stream()
        .map(WebElement::getText).toList();
    criteria.forEach((field, words) -> {
      if (entry.has(field)) {
        assertThat(entry.get(field).toString()).as(field).isNotIn("null", "[]");
      } else {
        assertThat(String.join(" ", warnings)).as("warning naming %s", field).contains("not kept", words);
      }
    });
  }
}
