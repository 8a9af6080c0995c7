package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.TestSmtp;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Mails go over kept SMTP connections (issue 15), against a real SMTP server (GreenMail): many mails
 * share a connection; a kept connection the server dropped is replaced, and while the server is
 * down no mail is marked sent, each goes out once when it is back.
 */
@MicronautTest(transactional = false)
class KeptSmtpConnectionTest extends ServiceTest {

  @Inject
  SmtpConnections connections;

  private record User(String username, String bearer, String email) {}

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("waxalert.monitor.market-max-age", "0s");
    return p;
  }

  private User user(String prefix) {
    String username = uniqueName(prefix);
    return new User(username, signInAs(username, "tok-" + username), username + "@example.com");
  }

  private void matchingEntries(User user, int count) {
    for (int i = 0; i < count; i++) {
      long id = uniqueReleaseId();
      FakeDiscogs.release(id);
      FakeDiscogs.stats(id, "EUR", "9.00", 2);
      assertThat(api().post("/api/wanted-list/add", user.bearer(), "{\"release\":\"" + id + "\",\"max_price\":\"20.00\"}")
          .status()).isEqualTo(201);
    }
  }

  private JsonNode checkAll(User user) {
    return api().post("/api/wanted-list/check-all", user.bearer(), null).json();
  }

  private static Set<String> notificationIds(List<MimeMessage> mails) {
    return mails.stream().map(m -> {
      try {
        return m.getHeader("X-Waxalert-Notification-Id")[0];
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).collect(Collectors.toSet());
  }

  @Test
  void oneRecipientsMailsShareOneSmtpConnection() {
    User user = user("kept");
    matchingEntries(user, 6);
    long before = connections.opened();

    JsonNode result = checkAll(user);

    assertThat(result.path("notified").asInt()).as(result.toString()).isEqualTo(6);
    assertThat(TestSmtp.to(user.email())).hasSize(6);
    // one recipient's mails are sent one after another: at most one new connection for all six
    assertThat(connections.opened() - before).isLessThanOrEqualTo(1);
  }

  @Test
  void aKeptConnectionTheServerDroppedIsReplacedAndEveryMailGoesOutOnce() {
    User user = user("dropped");
    matchingEntries(user, 2);
    assertThat(checkAll(user).path("notified").asInt()).isEqualTo(2);
    TestSmtp.stop(); // drops every connection kept open
    TestSmtp.start();
    User other = user("dropped-after");
    matchingEntries(other, 3);

    JsonNode result = checkAll(other);

    assertThat(result.path("notified").asInt()).as(result.toString()).isEqualTo(3);
    List<MimeMessage> mails = TestSmtp.to(other.email());
    assertThat(mails).hasSize(3);
    assertThat(notificationIds(mails)).hasSize(3);
  }

  @Test
  void whileTheServerIsDownNoMailIsMarkedSentAndEachGoesOutOnceItIsBack() throws Exception {
    User user = user("down");
    matchingEntries(user, 1);
    assertThat(checkAll(user).path("notified").asInt()).isEqualTo(1); // a connection is kept now
    matchingEntries(user, 3);
    JsonNode failed;
    TestSmtp.stop();
    try {
      failed = checkAll(user);
      JsonNode notifications = api().get("/api/notifications", user.bearer()).json().path("notifications");
      assertThat(notifications).hasSize(4);
      long unsent = 0;
      for (JsonNode n : notifications) {
        unsent += n.path("email_sent_at").isNull() ? 1 : 0;
      }
      assertThat(unsent).isEqualTo(3);
    } finally {
      TestSmtp.start();
    }
    Thread.sleep(20); // past the (test) back-off
    JsonNode retried = checkAll(user);

    assertThat(failed.path("notified").asInt()).isZero();
    assertThat(retried.path("notified").asInt()).as(retried.toString()).isEqualTo(3);
    List<MimeMessage> mails = TestSmtp.to(user.email());
    assertThat(mails).hasSize(3); // since the restart: the three that failed, each once
    assertThat(notificationIds(mails)).hasSize(3);
  }
}
