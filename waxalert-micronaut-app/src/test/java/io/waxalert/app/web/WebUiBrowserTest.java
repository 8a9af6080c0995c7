package io.waxalert.app.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web UI in a real browser (headless Chromium) against the service on a random port with the
 * fake Discogs: the collector's flows from sign-in to delete, the redirect of signed-out visitors,
 * API errors next to their fields, and escaping of Discogs content.
 */
@MicronautTest(transactional = false)
class WebUiBrowserTest extends ServiceTest {

  private Browser browser;

  /** A random port: application.yml fixes 8080, which another JVM on the machine may hold. */
  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("micronaut.server.port", "-1");
    return p;
  }

  @BeforeAll
  void startBrowser() {
    if (!Browser.installed()) {
      return;
    }
    FakeDiscogs.server().stubFor(WireMock.get(urlPathMatching("/img/.*")).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "image/png").withBody(coverPng())));
    browser = Browser.start(server.getURL().toString());
  }

  /** Every test is reported as skipped, with the reason, when Chromium or its driver is missing. */
  @BeforeEach
  void requireBrowser() {
    Browser.assumeInstalled();
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void aCollectorAddsEditsPausesChecksAndDeletesAReleaseInTheBrowser() {
    browserSignIn("web");
    long id = release(null);
    FakeDiscogs.stats(id, "EUR", "12.50", 4);

    // add by URL: the dialog shows the release and its market before saving
    browser.byId("add-open").click();
    assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("f-release");
    browser.type("f-release", "https://www.discogs.com/release/" + id + "-Rick-Astley-Never-Gonna-Give-You-Up");
    browser.byId("lookup").click();
    assertThat(browser.byId("preview-title").getText()).isEqualTo("Never Gonna Give You Up");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-price"), "12.50 EUR"));
    assertThat(browser.byId("preview-price").getText()).contains("4 for sale");
    assertThat(new Select(browser.byId("f-max_price_currency")).getFirstSelectedOption().getText()).isEqualTo("EUR");
    browser.type("f-max_price", "25");
    new Select(browser.byId("f-min_condition")).selectByValue("VG+");
    assertEveryFieldLabelled();
    browser.screenshot("add-dialog");
    browser.byId("add-save").click();

    WebElement row = row();
    assertThat(row.getText()).contains("Rick Astley – Never Gonna Give You Up", "1987", "Vinyl, 7\"",
        "≤ 25.00 EUR", "media ≥ VG+", "Monitoring", "never");
    assertThat(row.findElement(By.cssSelector("a.release-link")).getAttribute("href"))
        .isEqualTo("https://www.discogs.test/release/" + id);

    // edit the criteria
    row.findElement(By.cssSelector("button.edit")).click();
    assertThat(browser.byId("f-max_price").getAttribute("value")).isEqualTo("25.00");
    browser.type("f-max_price", "20");
    browser.type("f-location_filter", "Germany, Netherlands");
    browser.byId("edit-save").click();
    browser.await(d -> row().getText().contains("≤ 20.00 EUR"));
    browser.await(d -> "edit".equals(d.switchTo().activeElement().getAttribute("class")));
    assertThat(row().getText()).contains("from Germany, Netherlands");

    // pause and resume
    row().findElement(By.cssSelector("button.toggle")).click();
    browser.await(d -> row().getText().contains("Paused"));
    assertThat(row().findElement(By.cssSelector("button.toggle")).getText()).isEqualTo("Resume");
    row().findElement(By.cssSelector("button.toggle")).click();
    browser.await(d -> row().findElement(By.cssSelector("button.toggle")).getText().equals("Pause"));

    // check now: progress while Discogs answers slowly, then the counts and the status in the table
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/marketplace/stats/" + id)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withFixedDelay(1500)
        .withBody(FakeDiscogs.fixture("stats.json", Map.of("currency", "EUR", "price", "12.50", "count", 4)))));
    browser.byId("check-now").click();
    assertThat(browser.byId("check-now").getText()).isEqualTo("Checking…");
    assertThat(browser.byId("check-now").isEnabled()).isFalse();
    assertThat(browser.byId("check-status").getText()).contains("Checking your wanted list");
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "Check finished"));
    assertThat(browser.byId("check-status").getText()).contains("1 checked", "1 matched", "0 failed");
    browser.await(d -> !row().findElements(By.cssSelector("[data-status=price_matched]")).isEmpty());
    assertThat(row().getText()).contains("Price matched", "12.50 EUR", "4 for sale");
    assertThat(browser.byId("check-now").getText()).isEqualTo("Check now");
    browser.screenshot("wanted-list");

    browser.phone(390, 844);
    browser.open("/");
    row();
    browser.screenshot("wanted-list-phone");
    browser.desktop();

    // the alert in the history, linking to Discogs
    browser.driver.findElement(By.linkText("Alerts")).click();
    WebElement alert = browser.visible(By.cssSelector("#alerts-table tbody tr"));
    assertThat(alert.getText()).contains("Never Gonna Give You Up", "Price matched", "12.50 EUR");
    assertThat(alert.findElement(By.cssSelector("a.listing-link")).getAttribute("href"))
        .startsWith("https://www.discogs.test/");
    browser.screenshot("alerts");

    // the entry's page: its alerts and the price chart
    alert.findElement(By.partialLinkText("Never Gonna Give You Up")).click();
    browser.visible(By.cssSelector("#chart svg.chart"));
    browser.visible(By.cssSelector("#entry-alerts tbody tr"));
    assertThat(browser.byId("entry-title").getText()).contains("Never Gonna Give You Up");
    browser.screenshot("entry");

    // settings
    browser.driver.findElement(By.linkText("Settings")).click();
    browser.await(d -> !browser.byId("s-email").getAttribute("value").isEmpty());
    browser.type("s-webhook_url", "https://hooks.example.com/waxalert");
    browser.type("s-blocked_sellers", "shady-seller");
    browser.byId("settings-save").click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("settings-status"), "Settings saved."));
    assertEveryFieldLabelled();
    browser.screenshot("settings");
    browser.open("/settings");
    browser.await(d -> "shady-seller".equals(browser.byId("s-blocked_sellers").getAttribute("value")));

    // delete, with confirmation
    browser.driver.findElement(By.linkText("Wanted list")).click();
    row().findElement(By.cssSelector("button.delete")).click();
    assertThat(browser.byId("confirm-title").getText()).contains("Delete");
    browser.byId("confirm-ok").click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("wanted"), "Your wanted list is empty."));
  }

  @Test
  void signedOutVisitorsAreSentToSignInAndARefusedTokenIsExplainedAtTheField() {
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
    assertEveryFieldLabelled();
    browser.screenshot("sign-in");

    FakeDiscogs.refusedToken("refused-web-token");
    browser.type("f-token", "refused-web-token");
    browser.byId("token-submit").click();
    assertThat(browser.byId("err-f-token").getText()).contains("did not accept");
    assertThat(browser.byId("f-token").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.path()).isEqualTo("/sign-in");
  }

  @Test
  void apiErrorsAreShownNextToTheFieldTheyConcern() {
    browserSignIn("errors");
    long unknown = uniqueReleaseId();
    FakeDiscogs.unknownRelease(unknown);
    browser.byId("add-open").click();
    browser.type("f-release", String.valueOf(unknown));
    browser.byId("add-save").click();
    WebElement error = browser.byId("err-f-release");
    assertThat(error.getText()).contains("not");
    assertThat(browser.byId("f-release").getAttribute("aria-describedby")).contains("err-f-release");

    long id = release(null);
    FakeDiscogs.stats(id, "EUR", "9.00", 1);
    browser.type("f-release", String.valueOf(id));
    browser.type("f-underpriced_percentage", "150");
    browser.byId("add-save").click();
    assertThat(browser.byId("err-f-underpriced_percentage").getText()).isNotBlank();
    assertThat(browser.driver.findElements(By.id("err-f-release"))).isEmpty();

    browser.type("f-underpriced_percentage", "30");
    browser.byId("add-save").click();
    row();
    browser.byId("add-open").click();
    browser.type("f-release", "[r" + id + "]");
    browser.byId("add-save").click();
    assertThat(browser.byId("err-f-release").getText()).contains("already on your wanted list");
    browser.byId("add-cancel").click();
    browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("add-dialog")));
  }

  @Test
  void discogsContentIsShownAsTextNeverAsMarkup() {
    browserSignIn("escape");
    String evil = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"><b>bold</b>";
    long id = release(evil);
    browser.byId("add-open").click();
    browser.type("f-release", String.valueOf(id));
    browser.byId("lookup").click();
    assertThat(browser.byId("preview-title").getText()).isEqualTo(evil);
    browser.byId("add-save").click();
    WebElement row = row();
    assertThat(row.findElement(By.cssSelector(".c-release .title")).getText()).isEqualTo(evil);
    assertThat(row.findElements(By.cssSelector(".c-release script, .c-release img, .c-release b"))).isEmpty();
    assertThat(browser.driver.executeScript("return window.pwned === undefined")).isEqualTo(true);
  }

  @Test
  void aReleaseFoundBySearchCanBeChosenByKeyboardAndAFailedCheckIsExplained() {
    browserSignIn("search");
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

    open.click();
    browser.driver.findElement(By.cssSelector("details.search summary")).click();
    browser.type("f-search", "never gonna web");
    browser.byId("search").click();
    WebElement hit = browser.visible(By.cssSelector("#search-results button"));
    assertThat(hit.getText()).contains("Rick Astley - Never Gonna Give You Up (1987)");
    hit.click();
    browser.await(d -> "249504".equals(browser.byId("f-release").getAttribute("value")));
    assertThat(browser.byId("preview-title").getText()).isEqualTo("Never Gonna Give You Up");

    // a release whose market cannot be read: the check fails, and the list says so
    long id = release(null);
    FakeDiscogs.statsFailing(id);
    browser.type("f-release", String.valueOf(id));
    browser.byId("add-save").click();
    row();
    browser.byId("check-now").click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("check-status"), "Check finished"));
    assertThat(browser.byId("check-status").getText()).contains("1 checked", "1 failed");
    browser.await(d -> !row().findElements(By.cssSelector("[data-status=check_failed]")).isEmpty());
    assertThat(row().getText()).contains("Check failed", "does not mean nothing is for sale");
  }

  @Test
  void settingsImportTheWantlistExplainBadValuesAndSignOutEndsTheSession() {
    String username = browserSignIn("settings");
    FakeDiscogs.wantlist(username, uniqueReleaseId(), uniqueReleaseId());
    browser.driver.findElement(By.linkText("Settings")).click();
    browser.byId("import").click();
    browser.await(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Imported 2"));
    assertThat(browser.byId("export-csv").getAttribute("href")).endsWith("/api/wanted-list/export?format=csv");
    assertThat(browser.byId("export-json").getAttribute("href")).endsWith("/api/wanted-list/export?format=json");

    browser.await(d -> !browser.byId("s-email").getAttribute("value").isEmpty());
    browser.type("s-webhook_url", "ftp://example.com/hook");
    browser.byId("settings-save").click();
    assertThat(browser.byId("err-s-webhook_url").getText()).contains("http");

    browser.driver.findElement(By.linkText("Wanted list")).click();
    browser.await(d -> browser.driver.findElements(By.cssSelector("#wanted-table tbody tr")).size() == 2);
    assertThat(browser.byId("wanted").getText()).contains("New Order – Blue Monday");

    browser.byId("sign-out").click();
    browser.await(d -> browser.path().equals("/sign-in"));
    browser.open("/");
    assertThat(browser.path()).isEqualTo("/sign-in");
  }

  // ---------- helpers ----------

  private String browserSignIn(String prefix) {
    String username = uniqueName(prefix);
    String token = "tok-" + username;
    FakeDiscogs.user(username, token, "EUR");
    browser.open("/sign-in");
    browser.driver.manage().deleteAllCookies();
    browser.open("/sign-in");
    browser.type("f-token", token);
    browser.byId("token-submit").click();
    browser.await(d -> browser.path().equals("/"));
    browser.visible(By.cssSelector("#wanted[aria-busy=false]"));
    assertThat(browser.byId("username").getText()).isEqualTo(username);
    return username;
  }

  /** Every visible form field of the page has a label (its {@code labels} list is not empty). */
  private void assertEveryFieldLabelled() {
    Object unlabelled = browser.driver.executeScript(
        "return Array.from(document.querySelectorAll('input, select, textarea'))"
            + ".filter(function (f) { return f.type !== 'hidden' && f.labels.length === 0; })"
            + ".map(function (f) { return f.id || f.name; });");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  /** The first (only) row of the wanted-list table, once shown. */
  private WebElement row() {
    return browser.visible(By.cssSelector("#wanted-table tbody tr"));
  }

  /** A release on the fake Discogs, with its cover served by the fake too; the title optional. */
  private static long release(String title) {
    long id = uniqueReleaseId();
    String json = FakeDiscogs.fixture("release.json", Map.of("id", id))
        .replace("https://i.discogs.com/", FakeDiscogs.url() + "/img/");
    if (title != null) {
      json = json.replace("\"title\": \"Never Gonna Give You Up\", \"country\"",
          "\"title\": \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"country\"");
    }
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/releases/" + id)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("X-Discogs-Ratelimit", "60").withHeader("X-Discogs-Ratelimit-Remaining", "55")
        .withBody(json)));
    return id;
  }

  /** A small record-sleeve picture, so screenshots show covers without any outside host. */
  private static byte[] coverPng() {
    BufferedImage image = new BufferedImage(150, 150, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x1e3a8a), 150, 150, new Color(0xc2410c)));
    g.fillRect(0, 0, 150, 150);
    g.setColor(new Color(0x111111));
    g.fillOval(15, 15, 120, 120);
    g.setColor(new Color(0x333333));
    g.setStroke(new BasicStroke(1));
    for (int r = 20; r < 60; r += 8) {
      g.drawOval(75 - r, 75 - r, 2 * r, 2 * r);
    }
    g.setColor(new Color(0xf59e0b));
    g.fillOval(60, 60, 30, 30);
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
