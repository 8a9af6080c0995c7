package io.waxalert.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * The pages mailed links open, in a real browser at both sizes: the one-click unsubscribe page names
 * the release and its button pauses it (Chromium posts the page's own origin, which the service
 * takes), and a new mail address set on the Settings page waits until its link is confirmed.
 */
@MicronautTest(transactional = false)
class LinkPagesBrowserTest extends BrowserTest {

  private static final Pattern CONFIRM = Pattern.compile("https?://[^\\s\"<>]+(/confirm-email/[A-Za-z0-9_-]{43})");

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void theUnsubscribePageNamesTheReleaseInTheSitesLookAndItsButtonPausesIt(Browser.Screen screen) throws Exception {
    browser.use(screen);
    String username = uniqueName("unsub");
    String bearer = signInAs(username, "tok-" + username);
    long release = release("Never Gonna <b>Stop</b>");
    FakeDiscogs.stats(release, "EUR", "8.00", 2);
    String entry = addByApi(bearer, "{\"release\":\"" + release + "\",\"max_price\":\"25.00\"}");
    checkAllByApi(bearer);
    MimeMessage mail = TestSmtp.to(username + "@example.com").get(0);
    String link = mail.getHeader("List-Unsubscribe")[0];
    String path = URI.create(link.substring(1, link.length() - 1)).getPath();

    browser.open(path);

    assertThat(browser.byId("link-subject").getText()).isEqualTo("Rick Astley – Never Gonna <b>Stop</b>");
    assertThat(browser.script("return getComputedStyle(document.querySelector('.card')).borderTopLeftRadius"))
        .as("the site's stylesheet").isEqualTo("10px");
    assertThat(browser.driver.findElements(By.cssSelector("nav.nav"))).as("no session, no navigation").isEmpty();
    browser.screenshot("unsubscribe");
    browser.click("link-confirm");

    browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("Alerts paused"));
    assertThat(browser.byId("link-subject").getText()).isEqualTo("Rick Astley – Never Gonna <b>Stop</b>");
    assertThat(api().get("/api/wanted-list/" + entry, bearer).json().path("is_active").asBoolean()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Browser.Screen.class)
  void aNewAddressSetOnTheSettingsPageWaitsForItsLinkUntilConfirmedThere(Browser.Screen screen) throws Exception {
    String username = browserSignIn("newmail", screen);
    String wanted = uniqueName("inbox") + "@example.org";
    browser.open("/settings");
    browser.await(d -> !browser.byId("s-email").getAttribute("value").isEmpty());

    browser.type("s-email", wanted);
    browser.click("settings-save");

    browser.await(d -> browser.byId("settings-status").getText().contains("confirmation link"));
    assertThat(browser.byId("s-email-pending-address").getText()).isEqualTo(wanted);
    assertThat(browser.byId("s-email").getAttribute("value")).isEqualTo(username + "@example.com");
    browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.byId("s-email-pending"));
    browser.screenshot("settings-email-pending");

    browser.open(link(wanted));
    assertThat(browser.byId("link-subject").getText()).isEqualTo(wanted);
    browser.click("link-confirm");
    browser.await(d -> d.findElement(By.tagName("h1")).getText().equals("Address confirmed"));

    browser.open("/settings");
    browser.await(d -> browser.byId("s-email").getAttribute("value").equals(wanted));
    assertThat(browser.driver.findElement(By.id("s-email-pending")).isDisplayed()).isFalse();
  }

  private static String link(String address) throws Exception {
    List<MimeMessage> mails = TestSmtp.to(address);
    assertThat(mails).hasSize(1);
    Matcher link = CONFIRM.matcher(String.join("\n", TestSmtp.parts(mails.get(0))));
    assertThat(link.find()).isTrue();
    return link.group(1);
  }
}
