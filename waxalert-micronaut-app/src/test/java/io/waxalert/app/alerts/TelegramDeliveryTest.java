package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.FakeTelegram;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.TestSmtp;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The Telegram channel against a local fake of the Bot API. */
@MicronautTest(transactional = false)
class TelegramDeliveryTest extends ServiceTest {

  private static final AtomicLong CHATS = new AtomicLong(900_000_000L);
  private final FakeTelegram telegram = FakeTelegram.get();

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.telegram.bot-token", FakeTelegram.TOKEN);
    p.put("waxalert.telegram.api-url", telegram.url());
    return p;
  }

  private record User(String username, String bearer, String chat) {}

  private User userWithChat(String prefix) {
    String username = uniqueName(prefix);
    String bearer = signInAs(username, "tok-" + username);
    String chat = String.valueOf(CHATS.incrementAndGet());
    Api.Response set = api().put("/api/me", bearer, "{\"telegram_chat_id\":\"" + chat + "\"}");
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    return new User(username, bearer, chat);
  }

  private String matchingEntry(User user, String price) {
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", price, 3);
    return api().post("/api/wanted-list/add", user.bearer(),
        "{\"release\":\"" + id + "\",\"max_price\":\"25.00\",\"min_condition\":\"VG+\"}").json().path("id").asText();
  }

  private JsonNode checkAll(User user) {
    return api().post("/api/wanted-list/check-all", user.bearer(), null).json();
  }

  private JsonNode delivery(User user, String channel) {
    for (JsonNode d : api().get("/api/notifications", user.bearer()).json().path("notifications").get(0)
        .path("deliveries")) {
      if (d.path("channel").asText().equals(channel)) {
        return d;
      }
    }
    throw new AssertionError("no " + channel + " delivery");
  }

  @Test
  void aMatchIsSentToTheUsersChatByTheBotBesidesTheMail() {
    User user = userWithChat("tg");
    String entryId = matchingEntry(user, "12.50");

    JsonNode result = checkAll(user);

    assertThat(result.path("notified").asInt()).isEqualTo(1);
    assertThat(telegram.sentTo(user.chat())).singleElement().satisfies(message -> {
      assertThat(message.chatId().isNumber()).as("a numeric chat id is sent as a number").isTrue();
      assertThat(message.parseMode()).isEqualTo("HTML");
      assertThat(message.noPreview()).isTrue();
      assertThat(message.text()).contains("<b>Rick Astley – Never Gonna Give You Up</b>",
          "The lowest price fits your maximum.", "Lowest price: 12.50 EUR", "Price: lowest price 12.50 EUR",
          "Not checked:\n• Condition, seller and shipping origin were not checked",
          "https://www.discogs.test/sell/release/", "/entries/" + entryId, "Data provided by Discogs.");
    });
    assertThat(TestSmtp.to(user.username() + "@example.com")).hasSize(1);
    assertThat(delivery(user, "telegram").path("state").asText()).isEqualTo("sent");
    assertThat(delivery(user, "mail").path("state").asText()).isEqualTo("sent");
    assertThat(checkAll(user).path("notified").asInt()).as("nothing twice").isZero();
    assertThat(telegram.sentTo(user.chat())).hasSize(1);
  }

  @Test
  void aBotApiOutageIsRetriedAndTheTokenReachesNeitherTheLogNorTheHistory() throws Exception {
    User user = userWithChat("tgdown");
    matchingEntry(user, "11.00");
    // the service logs through SLF4J, the core through System.Logger (java.util.logging here)
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    root.addAppender(captured);
    List<String> coreLog = new CopyOnWriteArrayList<>();
    Handler core = new Handler() {
      @Override
      public void publish(LogRecord record) {
        coreLog.add(new SimpleFormatter().formatMessage(record));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger.getLogger("").addHandler(core);
    JsonNode failedDelivery;
    try {
      telegram.failNext(1);
      checkAll(user);
      failedDelivery = delivery(user, "telegram");
    } finally {
      root.detachAppender(captured);
      java.util.logging.Logger.getLogger("").removeHandler(core);
    }
    Thread.sleep(20); // past the (test) back-off
    JsonNode retried = checkAll(user);

    assertThat(failedDelivery.path("state").asText()).isEqualTo("pending");
    assertThat(failedDelivery.path("attempts").asInt()).isEqualTo(1);
    assertThat(failedDelivery.path("last_error").asText()).contains("HTTP 500").doesNotContain(FakeTelegram.TOKEN);
    List<String> logged = new java.util.ArrayList<>(coreLog);
    captured.list.forEach(event -> logged.add(event.getFormattedMessage()));
    assertThat(logged).anyMatch(line -> line.contains("telegram delivery"))
        .noneMatch(line -> line.contains("TEST-fake-bot-token"));
    assertThat(retried.path("notified").asInt()).as("the retry").isEqualTo(1);
    assertThat(telegram.sentTo(user.chat())).hasSize(1);
    assertThat(delivery(user, "telegram").path("state").asText()).isEqualTo("sent");
  }

  @Test
  void aChatTheBotCannotReachIsGivenUpAtOnceAndShownUndeliverable() {
    User user = userWithChat("tggone");
    telegram.unknownChat(user.chat());
    matchingEntry(user, "10.00");

    checkAll(user);

    JsonNode telegramDelivery = delivery(user, "telegram");
    assertThat(telegramDelivery.path("state").asText()).isEqualTo("undeliverable");
    assertThat(telegramDelivery.path("last_error").asText()).contains("chat not found");
    assertThat(delivery(user, "mail").path("state").asText()).as("mail is not held back").isEqualTo("sent");
  }

  @Test
  void aUserWithoutAChatIsSkippedOnTelegramOnly() {
    String username = uniqueName("tgnone");
    User user = new User(username, signInAs(username, "tok-" + username), null);
    matchingEntry(user, "9.00");

    JsonNode result = checkAll(user);

    assertThat(result.path("notified").asInt()).isEqualTo(1);
    assertThat(delivery(user, "telegram").path("state").asText()).isEqualTo("skipped");
    assertThat(delivery(user, "telegram").path("last_error").asText()).isEqualTo("no telegram address");
  }

  @Test
  void theChatIdIsANumberOrAPublicChannelAndIsValidatedNamingTheField() {
    String bearer = signIn("tgset");

    Api.Response bad = api().put("/api/me", bearer, "{\"telegram_chat_id\":\"my chat\"}");
    Api.Response channel = api().put("/api/me", bearer, "{\"telegram_chat_id\":\"@waxalert_news\"}");
    Api.Response group = api().put("/api/me", bearer, "{\"telegram_chat_id\":\"-1001234567890\"}");
    JsonNode shown = api().get("/api/me", bearer).json();
    Api.Response cleared = api().put("/api/me", bearer, "{\"telegram_chat_id\":null}");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("telegram_chat_id");
    assertThat(bad.json().path("message").asText()).startsWith("The Telegram chat id ").doesNotContain("telegram_chat_id");
    assertThat(channel.status()).isEqualTo(200);
    assertThat(channel.json().path("telegram_chat_id").asText()).isEqualTo("@waxalert_news");
    assertThat(group.status()).isEqualTo(200);
    assertThat(shown.path("telegram_chat_id").asText()).isEqualTo("-1001234567890");
    assertThat(cleared.json().has("telegram_chat_id")).isTrue();
    assertThat(cleared.json().path("telegram_chat_id").isNull()).isTrue();
  }
}
