package io.waxalert.app.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.DeliveryRefusedException;
import io.waxalert.core.spi.Notifier;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code telegram} channel: each alert as a message from the service's bot to the user's chat,
 * through the Bot API's {@code sendMessage} ({@code POST {api-url}/bot{token}/sendMessage}). A chat
 * that does not exist or a bot the user blocked (400, 403) is refused for good; other failures are
 * retried. The bot token is a secret: it is in the request path only, never in a message or log.
 */
public final class TelegramNotifier implements Notifier {

  public static final String CHANNEL = "telegram";

  /** A numeric chat id (groups and channels are negative) or a public channel's {@code @username}. */
  private static final Pattern CHAT_ID = Pattern.compile("-?[0-9]{1,16}|@[A-Za-z][A-Za-z0-9_]{3,31}");
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_LENGTH = 4096;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI sendMessage;
  private final String token;
  private final AlertFacts facts;
  private final AlertLinks links;

  /** @param apiUrl the Bot API, {@code https://api.telegram.org} */
  public TelegramNotifier(String apiUrl, String botToken, AlertFacts facts, AlertLinks links) {
    this.token = Objects.requireNonNull(botToken, "botToken");
    String base = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
    this.sendMessage = URI.create(base + "/bot" + botToken + "/sendMessage");
    this.facts = facts;
    this.links = links;
  }

  /** Why {@code chatId} is no Telegram chat the bot can write to; empty when it is one. */
  public static Optional<String> refusal(String chatId) {
    return CHAT_ID.matcher(chatId.trim()).matches() ? Optional.empty()
        : Optional.of("must be a numeric Telegram chat id (such as 123456789 or -1001234567890)"
            + " or a public channel such as @my_channel");
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public void send(Recipient recipient, List<Alert> alerts) throws IOException, InterruptedException {
    String chat = recipient.address(CHANNEL).orElseThrow(() -> new IOException("no Telegram chat"));
    for (Alert alert : alerts) {
      post(chat, message(alert, recipient.currency()));
    }
  }

  /**
   * The alert in the Bot API's HTML mode ({@code <b>}, {@code <a href>}), within Telegram's 4,096
   * characters: the reasons are left out of a message that would be longer.
   */
  String message(Alert alert, Currency userCurrency) {
    String full = message(alert, userCurrency, true);
    return full.length() <= MAX_LENGTH ? full : message(alert, userCurrency, false);
  }

  private String message(Alert alert, Currency userCurrency, boolean withReasons) {
    StringBuilder text = new StringBuilder();
    text.append("<b>").append(escape(AlertFacts.oneLine(alert.title()))).append("</b>\n")
        .append(escape(AlertWording.lead(alert))).append('\n');
    facts.facts(alert, AlertDetails.none(), userCurrency)
        .forEach(fact -> text.append(escape(fact.label() + ": " + fact.value())).append('\n'));
    if (withReasons) {
      section(text, "What WaxAlert checked:", AlertWording.judged(alert));
      section(text, "Not checked:", AlertWording.notJudged(alert));
    }
    return text.append("<a href=\"").append(escape(alert.url())).append("\">").append(AlertWording.buyLabel(alert))
        .append("</a> · <a href=\"").append(escape(links.entryUrl(alert)))
        .append("\">Your entry in WaxAlert</a>\n").append(AlertFacts.ATTRIBUTION).toString();
  }

  private static void section(StringBuilder text, String heading, List<String> lines) {
    if (!lines.isEmpty()) {
      text.append(heading).append('\n');
      lines.forEach(line -> text.append("• ").append(escape(line)).append('\n'));
    }
  }

  /** The Bot API's HTML mode: text and quoted attribute values with {@code & < > "} escaped. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private void post(String chat, String text) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    if (chat.startsWith("@")) {
      body.put("chat_id", chat);
    } else {
      body.put("chat_id", Long.parseLong(chat));
    }
    body.put("text", text).put("parse_mode", "HTML").put("disable_web_page_preview", true);
    HttpRequest request = HttpRequest.newBuilder(sendMessage).timeout(Duration.ofSeconds(15))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The client's messages may carry the URL, and with it the token.
      throw new IOException("Telegram could not be reached: " + hideToken(e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()));
    }
    answer(response.statusCode(), response.body());
  }

  private void answer(int status, String body) throws IOException {
    JsonNode json = readJson(body);
    if (status / 100 == 2 && json.path("ok").asBoolean(false)) {
      return;
    }
    String description = hideToken(json.path("description").asText("no description"));
    if (status == 400 || status == 403) {
      throw new DeliveryRefusedException("Telegram refused the message (HTTP " + status + "): " + description);
    }
    if (status == 429) {
      throw new IOException("Telegram asks to slow down, retry after "
          + json.path("parameters").path("retry_after").asInt(0) + " s");
    }
    throw new IOException("Telegram answered HTTP " + status + ": " + description);
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private String hideToken(String text) {
    return text.replace(token, "***");
  }

  @Override
  public String toString() {
    return "TelegramNotifier[" + sendMessage.getHost() + "]";
  }
}
