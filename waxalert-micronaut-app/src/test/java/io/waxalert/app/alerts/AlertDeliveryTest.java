package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Alerts found by check-all, delivered by the outbox relay to a real SMTP server (GreenMail). */
@MicronautTest(transactional = false)
class AlertDeliveryTest extends ServiceTest {

  private record User(String username, String bearer, String email) {}

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("waxalert.monitor.market-max-age", "0s"); // each check-all sees the market as the test sets it
    return p;
  }

  private User user(String prefix) {
    String username = uniqueName(prefix);
    return new User(username, signInAs(username, "tok-" + username), username + "@example.com");
  }

  private String matchingEntry(User user, String price) {
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", price, 3);
    return api().post("/api/wanted-list/add", user.bearer(), "{\"release\":\"" + id + "\",\"max_price\":\"25.00\",\"min_condition\":\"VG+\"}")
        .json().path("id").asText();
  }

  private JsonNode checkAll(User user) {
    return api().post("/api/wanted-list/check-all", user.bearer(), null).json();
  }

  @Test
  void aMatchIsMailedOnceWithBothPartsLinksAttributionAndOneClickUnsubscribe() throws Exception {
    User user = user("mailed");
    String entryId = matchingEntry(user, "12.50");

    JsonNode first = checkAll(user);
    JsonNode second = checkAll(user);

    assertThat(first.path("notified").asInt()).as(first.toString()).isEqualTo(1);
    assertThat(second.path("notified").asInt()).isZero();
    List<MimeMessage> mails = TestSmtp.to(user.email());
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).contains("Never Gonna Give You Up", "12.50 EUR");
    assertThat(mail.getFrom()[0].toString()).contains("alerts@localhost");
    List<String> parts = TestSmtp.parts(mail);
    assertThat(parts).anyMatch(p -> p.startsWith("text/plain")).anyMatch(p -> p.startsWith("text/html"));
    for (String part : parts) {
      // the release as the lookup stored it: cover, format, catalogue number and year
      assertThat(part).contains("Rick Astley – Never Gonna Give You Up", "Vinyl, 7\", Single, 45 RPM",
          "PB 41447", "1987", "12.50 EUR", "The lowest price fits your maximum.",
          "Price: lowest price 12.50 EUR, you asked for at most 25.00 EUR.",
          "Condition, seller and shipping origin were not checked", "You asked for media condition at least VG+",
          "See the offers on Discogs", "https://www.discogs.test/sell/release/", "/entries/" + entryId,
          "Data provided by Discogs.")
          .doesNotContain("Price match", "Media condition:", "market summary");
    }
    assertThat(parts).filteredOn(p -> p.startsWith("text/html")).singleElement().satisfies(html ->
        assertThat(html).contains("<img class=\"cover\" src=\"https://i.discogs.com/cover-"));
    assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
    assertThat(unsubscribe).matches("<https?://.+/unsubscribe/.+>");
    assertThat(api().get("/api/notifications", user.bearer()).json().path("notifications").get(0)
        .path("email_sent_at").asText()).isNotBlank();

    // one click: a GET only asks, the POST (as mail clients send it, no session) pauses the entry
    String path = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getPath();
    Api.Response page = api().get(path, null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("<form method=\"post\"", "Never Gonna Give You Up");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("frame-ancestors 'none'"));
    // same-origin: no other site sees the link, and the page's own form post keeps its origin
    assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
    assertThat(api().get("/api/wanted-list/" + entryId, user.bearer()).json().path("is_active").asBoolean()).isTrue();
    Api.Response click = api().send("POST", path, null, "List-Unsubscribe=One-Click",
        "application/x-www-form-urlencoded");
    assertThat(click.status()).as(click.toString()).isEqualTo(200);
    assertThat(click.text()).contains("Alerts paused");
    assertThat(api().get("/api/wanted-list/" + entryId, user.bearer()).json().path("is_active").asBoolean()).isFalse();
    assertThat(api().send("POST", path, null, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded")
        .text()).as("a second click").contains("paused already");
    assertThat(api().send("POST", path + "x", null, "List-Unsubscribe=One-Click",
        "application/x-www-form-urlencoded").status()).isEqualTo(404);
  }

  @Test
  void aDigestUserGetsOneMailForTheMatchesOfARun() throws Exception {
    User user = user("digest");
    assertThat(api().put("/api/me", user.bearer(), "{\"notify_mode\":\"digest\"}").status()).isEqualTo(200);
    matchingEntry(user, "10.00");
    matchingEntry(user, "11.00");

    JsonNode result = checkAll(user);

    assertThat(result.path("notified").asInt()).isEqualTo(2);
    List<MimeMessage> mails = TestSmtp.to(user.email());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).startsWith("WaxAlert: 2 offers: Rick Astley – Never Gonna Give You Up");
    assertThat(TestSmtp.parts(mails.get(0))).allMatch(p -> p.contains("10.00 EUR") && p.contains("11.00 EUR"));
  }

  @Test
  void aPriceThatCameDownIsMailedWithThePriceOfTheCheckBefore() throws Exception {
    User user = user("dropped");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "12.50", 3);
    api().post("/api/wanted-list/add", user.bearer(), "{\"release\":\"" + id + "\",\"max_price\":\"10.00\"}");
    assertThat(checkAll(user).path("matched").asInt()).as("12.50 is over the maximum").isZero();

    FakeDiscogs.stats(id, "EUR", "9.00", 2);
    JsonNode result = checkAll(user);

    assertThat(result.path("notified").asInt()).as(result.toString()).isEqualTo(1);
    for (String part : TestSmtp.parts(TestSmtp.to(user.email()).get(0))) {
      assertThat(part).contains("Down from", "12.50 EUR at the check before", "9.00 EUR");
    }
  }

  @Test
  void aDigestsOneClickLinkPausesEveryEntryOfTheUser() throws Exception {
    User user = user("digestpause");
    api().put("/api/me", user.bearer(), "{\"notify_mode\":\"digest\"}");
    String first = matchingEntry(user, "10.00");
    String second = matchingEntry(user, "11.00");
    checkAll(user);
    String unsubscribe = TestSmtp.to(user.email()).get(0).getHeader("List-Unsubscribe")[0];
    String path = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)).getPath();

    Api.Response click = api().send("POST", path, null, "List-Unsubscribe=One-Click",
        "application/x-www-form-urlencoded");

    assertThat(click.text()).contains("Alerts paused");
    for (String entry : List.of(first, second)) {
      assertThat(api().get("/api/wanted-list/" + entry, user.bearer()).json().path("is_active").asBoolean()).isFalse();
    }
  }

  @Test
  void aMailThatCouldNotBeSentStaysPendingAndIsSentOnceTheServerIsBack() throws Exception {
    User user = user("retry");
    matchingEntry(user, "9.00");
    JsonNode failed;
    TestSmtp.stop();
    try {
      failed = checkAll(user);
      assertThat(api().get("/api/notifications", user.bearer()).json().path("notifications").get(0)
          .path("email_sent_at").isNull()).isTrue();
    } finally {
      TestSmtp.start();
    }
    Thread.sleep(20); // past the (test) backoff
    JsonNode retried = checkAll(user);
    JsonNode nothingLeft = checkAll(user);

    assertThat(failed.path("matched").asInt()).isEqualTo(1);
    assertThat(failed.path("notified").asInt()).isZero();
    assertThat(retried.path("notified").asInt()).isEqualTo(1);
    assertThat(nothingLeft.path("notified").asInt()).isZero();
    assertThat(TestSmtp.to(user.email())).hasSize(1);
    assertThat(api().get("/prometheus", null).text()).contains("waxalert_mails_sent_total",
        "waxalert_mails_failed_total", "waxalert_outbox_backlog");
  }

  @Test
  void aUserWithoutAnAddressGetsNoMailButTheAlertStaysRecorded() {
    User user = user("nomail");
    Api.Response cleared = api().put("/api/me", user.bearer(), "{\"email\":null}");
    assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
    matchingEntry(user, "8.00");

    JsonNode result = checkAll(user);

    assertThat(result.path("matched").asInt()).isEqualTo(1);
    assertThat(result.path("notified").asInt()).isZero();
    assertThat(TestSmtp.to(user.email())).isEmpty();
    assertThat(api().get("/api/notifications", user.bearer()).json().path("notifications")).hasSize(1);
  }
}
