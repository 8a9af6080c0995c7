package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The alert mail as GreenMail received it, opened in Chromium at desktop and phone width. */
@MicronautTest(transactional = false)
class AlertMailBrowserTest extends BrowserTest {

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void theAlertMailShowsTheReleaseAndItsBuyButtonWithoutSidewaysScroll(Browser.Screen screen) throws Exception {
    String username = browserSignIn("mailview", screen);
    long id = release(uniqueReleaseId(), "Blue Monday", "New Order");
    FakeDiscogs.stats(id, "EUR", "12.50", 4);
    addByApi(bearerOfBrowser(), "{\"release\": \"" + id + "\", \"max_price\": \"20.00\", \"min_condition\": \"VG+\"}");
    checkAllByApi(bearerOfBrowser());

    List<MimeMessage> mails = TestSmtp.to(username + "@example.com");
    assertThat(mails).hasSize(1);
    String html = TestSmtp.parts(mails.get(0)).stream().filter(p -> p.startsWith("text/html")).findFirst()
        .orElseThrow().substring("text/html\n".length());
    // served from the fake's host, where its cover is too (Chromium keeps a data: page from loading
    // pictures off a local address)
    FakeDiscogs.server().stubFor(WireMock.get(WireMock.urlPathEqualTo("/mail/" + id)).willReturn(WireMock.aResponse()
        .withStatus(200).withHeader("Content-Type", "text/html; charset=utf-8").withBody(html)));
    browser.driver.get(FakeDiscogs.url() + "/mail/" + id);

    WebElement cover = browser.visible(By.cssSelector("img.cover"));
    assertThat(cover.getAttribute("alt")).isEqualTo("Cover of New Order – Blue Monday");
    assertThat(cover.getAttribute("src")).startsWith(FakeDiscogs.url() + "/img/cover-" + id);
    browser.await(d -> Boolean.TRUE.equals(browser.script(
        "return arguments[0].complete && arguments[0].naturalWidth > 0;", cover))); // the cover loads
    assertThat(browser.driver.findElement(By.tagName("h2")).getText()).isEqualTo("New Order – Blue Monday");
    assertThat(browser.driver.findElement(By.cssSelector(".release")).getText()).contains("PB 41447", "1987");
    WebElement buy = browser.driver.findElement(By.cssSelector("a.buy"));
    assertThat(buy.getText()).isEqualTo("See the offers on Discogs");
    assertThat(buy.getAttribute("href")).isEqualTo("https://www.discogs.test/sell/release/" + id);
    assertThat(buy.getRect().getY() + buy.getRect().getHeight()).as("the buy button above the fold")
        .isLessThanOrEqualTo(((Number) browser.script("return window.innerHeight;")).intValue());
    PageChecks.noSidewaysScroll(browser, "alert mail");
    browser.screenshot("alert-mail");
  }
}
