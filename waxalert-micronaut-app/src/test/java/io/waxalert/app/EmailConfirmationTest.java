package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.ShiftedClock;
import io.waxalert.app.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A new mail address is used only once the link mailed to it is followed (issue 13): mail to
 * strangers is impossible, the Discogs profile's address counts as confirmed, and links expire.
 */
@MicronautTest(transactional = false)
class EmailConfirmationTest extends ServiceTest {

  private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+(/confirm-email/[A-Za-z0-9_-]{43})");
  private final ShiftedClock clock = new ShiftedClock();

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
  }

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private record User(String username, String bearer, String email) {}

  private User user(String prefix) {
    String username = uniqueName(prefix);
    return new User(username, signInAs(username, "tok-" + username), username + "@example.com");
  }

  /** The confirmation link's path in the one mail {@code address} got. */
  private static String linkMailedTo(String address) throws Exception {
    List<MimeMessage> mails = TestSmtp.to(address);
    assertThat(mails).hasSize(1);
    String text = String.join("\n", TestSmtp.parts(mails.get(0)));
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    return link.group(1);
  }

  @Test
  void aNewAddressIsPendingUntilItsLinkIsFollowedAndAlertsGoToTheConfirmedOneMeanwhile() throws Exception {
    User user = user("confirm");
    String wanted = uniqueName("new") + "@example.org";

    Api.Response put = api().put("/api/me", user.bearer(), "{\"email\":\"" + wanted + "\"}");

    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.json().path("email").asText()).isEqualTo(user.email());
    assertThat(put.json().path("email_pending").asText()).isEqualTo(wanted);
    assertThat(api().get("/api/me", user.bearer()).json().path("email_pending").asText()).isEqualTo(wanted);
    MimeMessage mail = TestSmtp.to(wanted).get(0);
    assertThat(mail.getSubject()).contains("confirm");
    assertThat(mail.getHeader("List-Unsubscribe")).isNull();
    assertThat(TestSmtp.parts(mail)).anyMatch(p -> p.startsWith("text/plain") && p.contains(user.username()))
        .anyMatch(p -> p.startsWith("text/html"));
    String link = linkMailedTo(wanted);

    // an alert found meanwhile goes to the confirmed address only
    long release = uniqueReleaseId();
    FakeDiscogs.release(release);
    FakeDiscogs.stats(release, "EUR", "9.00", 2);
    api().post("/api/wanted-list/add", user.bearer(), "{\"release\":\"" + release + "\",\"max_price\":\"25.00\"}");
    assertThat(api().post("/api/wanted-list/check-all", user.bearer(), null).json().path("notified").asInt()).isEqualTo(1);
    assertThat(TestSmtp.to(user.email())).hasSize(1);
    assertThat(TestSmtp.to(wanted)).hasSize(1);

    // a GET (a mail scanner following the link) only asks
    Api.Response page = api().get(link, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains(wanted, "<form method=\"post\"", "Confirm address");
    assertThat(api().get("/api/me", user.bearer()).json().path("email").asText()).isEqualTo(user.email());

    Api.Response confirmed = api().send("POST", link, null, "", "application/x-www-form-urlencoded");

    assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
    assertThat(confirmed.text()).contains("Address confirmed", wanted);
    JsonNode me = api().get("/api/me", user.bearer()).json();
    assertThat(me.path("email").asText()).isEqualTo(wanted);
    assertThat(me.path("email_pending").isNull()).isTrue();
    assertThat(api().send("POST", link, null, "", "application/x-www-form-urlencoded").status())
        .as("a link works once").isEqualTo(404);
  }

  @Test
  void theProfilesAddressCountsAsConfirmedAndSettingItAgainDropsAPendingOne() {
    User user = user("again");
    JsonNode fresh = api().get("/api/me", user.bearer()).json();
    assertThat(fresh.path("email").asText()).isEqualTo(user.email());
    assertThat(fresh.has("email_pending")).isTrue();
    assertThat(fresh.path("email_pending").isNull()).isTrue();
    api().put("/api/me", user.bearer(), "{\"email\":\"" + uniqueName("typo") + "@example.org\"}");

    JsonNode back = api().put("/api/me", user.bearer(), "{\"email\":\"" + user.email().toUpperCase() + "\"}").json();

    assertThat(back.path("email").asText()).isEqualTo(user.email());
    assertThat(back.path("email_pending").isNull()).isTrue();
  }

  @Test
  void nullClearsTheAddressAndThePendingOne() {
    User user = user("clear");
    api().put("/api/me", user.bearer(), "{\"email\":\"" + uniqueName("pending") + "@example.org\"}");

    JsonNode cleared = api().put("/api/me", user.bearer(), "{\"email\":null}").json();

    assertThat(cleared.path("email").isNull()).isTrue();
    assertThat(cleared.path("email_pending").isNull()).isTrue();
  }

  @Test
  void aLinkExpiresAfterTheConfirmationLifetime() throws Exception {
    User user = user("expiry");
    String wanted = uniqueName("late") + "@example.org";
    api().put("/api/me", user.bearer(), "{\"email\":\"" + wanted + "\"}");
    String link = linkMailedTo(wanted);

    clock.advance(Duration.ofHours(24).plusMinutes(1));

    assertThat(api().get(link, null).status()).isEqualTo(404);
    Api.Response late = api().send("POST", link, null, "", "application/x-www-form-urlencoded");
    assertThat(late.status()).isEqualTo(404);
    assertThat(late.text()).contains("expired");
    JsonNode me = api().get("/api/me", user.bearer()).json();
    assertThat(me.path("email").asText()).isEqualTo(user.email());
    assertThat(me.path("email_pending").isNull()).isTrue();
  }

  @Test
  void anAccountMailsAtMostOneNewAddressAMinute() {
    User user = user("flood");
    String first = uniqueName("one") + "@example.org";
    String second = uniqueName("two") + "@example.org";
    api().put("/api/me", user.bearer(), "{\"email\":\"" + first + "\"}");

    Api.Response again = api().put("/api/me", user.bearer(), "{\"email\":\"" + first + "\",\"currency\":\"GBP\"}");
    Api.Response other = api().put("/api/me", user.bearer(), "{\"email\":\"" + second + "\"}");

    assertThat(again.status()).as("the same address again: the link on its way works").isEqualTo(200);
    assertThat(TestSmtp.to(first)).hasSize(1);
    assertThat(other.status()).isEqualTo(429);
    assertThat(other.json().path("field").asText()).isEqualTo("email");
    assertThat(other.headers().firstValue("Retry-After")).isPresent();
    assertThat(TestSmtp.to(second)).isEmpty();

    clock.advance(Duration.ofMinutes(1));
    assertThat(api().put("/api/me", user.bearer(), "{\"email\":\"" + second + "\"}").json()
        .path("email_pending").asText()).isEqualTo(second);
    assertThat(TestSmtp.to(second)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b.de,x@y.de", "x@y.de, a@b.de", "<b>bold</b>@example.org", "Name <name@example.org>",
      "name@example", "name example@example.org", "name@example.org\\r\\nBcc: x@y.de", "\\\"a\\\"@example.org",
      "@example.org", "name@.example.org", "name(comment)@example.org"})
  void anythingButOneBareAddressIsRefusedNamingTheField(String email) {
    User user = user("invalid");

    Api.Response refused = api().put("/api/me", user.bearer(), "{\"email\":\"" + email + "\"}");

    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().path("field").asText()).isEqualTo("email");
    assertThat(refused.json().path("message").asText()).startsWith("The e-mail address must be one mail address such as");
    assertThat(api().get("/api/me", user.bearer()).json().path("email_pending").isNull()).isTrue();
  }

  @Test
  void anOverlongAddressIsRefused() {
    User user = user("long");
    String local = "a".repeat(60);
    String email = local + "@" + "b".repeat(190) + ".org";

    Api.Response refused = api().put("/api/me", user.bearer(), "{\"email\":\"" + email + "\"}");

    assertThat(email.length()).isGreaterThan(254);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("message").asText()).isEqualTo("The e-mail address must be at most 254 characters.");
  }

  @Test
  void aLinkThatIsNotGenuineShowsTheSitesPage() {
    Api.Response page = api().get("/confirm-email/" + "A".repeat(43), null);

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.text()).contains("This link does not work", "/assets/app.css");
  }
}
