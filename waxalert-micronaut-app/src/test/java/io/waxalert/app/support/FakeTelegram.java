package io.waxalert.app.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Telegram's Bot API as a local JDK HttpServer, one per test JVM: {@code POST /bot<token>/sendMessage}
 * with the Bot API's answers. It refuses any other token (401, as Telegram does), checks the payload
 * the way the Bot API does (a chat, a text, a known parse mode), keeps every message it accepted, and
 * can be told to fail like an outage (500) or to refuse a chat for good (400 "chat not found").
 */
public final class FakeTelegram {

  /** The only token this bot API knows. */
  public static final String TOKEN = "123456:TEST-fake-bot-token";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeTelegram instance;

  /** A message the bot sent. */
  public record Sent(JsonNode chatId, String text, String parseMode, boolean noPreview) {}

  private final HttpServer server;
  private final List<Sent> sent = new ArrayList<>();
  private final List<String> unknownChats = new ArrayList<>();
  private int failuresLeft;

  private FakeTelegram() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public static synchronized FakeTelegram get() {
    if (instance == null) {
      try {
        instance = new FakeTelegram();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> instance.server.stop(0)));
    }
    return instance;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next {@code count} messages fail with 500, the description echoing the path (with the token). */
  public synchronized void failNext(int count) {
    failuresLeft = count;
  }

  /** Messages to {@code chatId} are refused for good: 400 "Bad Request: chat not found". */
  public synchronized void unknownChat(String chatId) {
    unknownChats.add(chatId);
  }

  /** The messages accepted for {@code chatId}, oldest first. */
  public synchronized List<Sent> sentTo(String chatId) {
    return sent.stream().filter(s -> s.chatId().asText().equals(chatId)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    byte[] body = exchange.getRequestBody().readAllBytes();
    synchronized (this) {
      if (!exchange.getRequestMethod().equals("POST") || !path.endsWith("/sendMessage")) {
        answer(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        return;
      }
      if (!path.equals("/bot" + TOKEN + "/sendMessage")) {
        answer(exchange, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      if (failuresLeft > 0) {
        failuresLeft--;
        answer(exchange, 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error at "
            + path + "\"}");
        return;
      }
      JsonNode message = JSON.readTree(body);
      JsonNode chat = message.path("chat_id");
      String text = message.path("text").asText("");
      String mode = message.path("parse_mode").asText("");
      if (chat.isMissingNode() || text.isBlank() || text.length() > 4096
          || !(mode.isEmpty() || mode.equals("HTML") || mode.equals("MarkdownV2"))) {
        answer(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message is invalid\"}");
        return;
      }
      if (unknownChats.contains(chat.asText())) {
        answer(exchange, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");
        return;
      }
      sent.add(new Sent(chat, text, mode, message.path("disable_web_page_preview").asBoolean(false)));
      answer(exchange, 200, "{\"ok\":true,\"result\":{\"message_id\":" + sent.size() + ",\"chat\":{\"id\":"
          + (chat.isNumber() ? chat.asText() : "-100") + "},\"text\":\"…\"}}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
