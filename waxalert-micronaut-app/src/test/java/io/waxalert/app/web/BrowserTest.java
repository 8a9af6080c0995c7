package io.waxalert.app.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.waxalert.app.support.Api;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Base of the browser tests: the service on a random port with the fake Discogs, one headless
 * Chromium per class (skipped with the reason when it is not installed), and the collector's usual
 * steps. Subclasses are {@code @MicronautTest(transactional = false)}.
 */
abstract class BrowserTest extends ServiceTest {

  protected Browser browser;

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

  /** Signs a new collector in through the page, on {@code screen}; returns the username. */
  protected String browserSignIn(String prefix, Browser.Screen screen) {
    String username = uniqueName(prefix);
    String token = "tok-" + username;
    FakeDiscogs.user(username, token, "EUR");
    browser.use(screen);
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

  /** The bearer token of the collector signed in in the browser, for seeding through the API. */
  protected String bearerOfBrowser() {
    return browser.driver.manage().getCookieNamed("JWT").getValue();
  }

  /** Adds an entry through the API as the collector {@code bearer}; returns its id. */
  protected String addByApi(String bearer, String body) {
    Api.Response added = api().post("/api/wanted-list/add", bearer, body);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().path("id").asText();
  }

  /** "Check now" through the API: the alerts it finds are recorded at once. */
  protected void checkAllByApi(String bearer) {
    Api.Response checked = api().post("/api/wanted-list/check-all", bearer, null);
    assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
  }

  /** The first row of the wanted-list table, once shown. */
  protected WebElement row() {
    return browser.visible(By.cssSelector("#wanted-table tbody tr"));
  }

  protected List<WebElement> rows() {
    return browser.driver.findElements(By.cssSelector("#wanted-table tbody tr"));
  }

  /** Opens the {@code <details>} that {@code summary} (a CSS selector of its summary) belongs to. */
  protected void openDetails(String summary) {
    WebElement element = browser.visible(By.cssSelector(summary));
    if (!Boolean.TRUE.equals(browser.script("return arguments[0].parentNode.open;", element))) {
      browser.click(element);
    }
  }

  /** The texts of the toasts shown, one a line, once there is one. */
  protected String toast() {
    browser.visible(By.cssSelector("#toasts .toast .toast-text"));
    return String.join("\n", browser.driver.findElements(By.cssSelector("#toasts .toast .toast-text")).stream()
        .map(WebElement::getText).toList());
  }

  /** A release on the fake Discogs, with its cover served by the fake too; title and artist optional. */
  protected static long release(String title) {
    return release(uniqueReleaseId(), title, null);
  }

  protected static long release(long id, String title, String artist) {
    String json = FakeDiscogs.fixture("release.json", Map.of("id", id))
        .replace("https://i.discogs.com/", FakeDiscogs.url() + "/img/");
    if (title != null) {
      json = json.replace("\"title\": \"Never Gonna Give You Up\", \"country\"",
          "\"title\": \"" + jsonText(title) + "\", \"country\"");
    }
    if (artist != null) {
      json = json.replace("\"name\": \"Rick Astley\"", "\"name\": \"" + jsonText(artist) + "\"");
    }
    FakeDiscogs.server().stubFor(WireMock.get(urlPathEqualTo("/releases/" + id)).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("X-Discogs-Ratelimit", "60").withHeader("X-Discogs-Ratelimit-Remaining", "55")
        .withBody(json)));
    return id;
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** A small record-sleeve picture, so screenshots show covers without any outside host. */
  static byte[] coverPng() {
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
